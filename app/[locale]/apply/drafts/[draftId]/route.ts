import { db } from '@/lib/db/client';
import { resumeDraft } from '@/lib/drafts';
import { route } from '@/lib/http/route';
import { seeOther } from '@/lib/http/see-other';

/** Goes on with one of the account's saved drafts: its owner only. */
export const GET = route<{ locale: string; draftId: string }>(
  { name: 'draft.resume', access: ({ draftId }) => ({ record: 'apply/drafts', id: draftId }) },
  async ({ params, person, locale }) => {
    await resumeDraft(db(), params.draftId, person!.accountId);
    return seeOther(`/${locale}/apply`);
  },
);
