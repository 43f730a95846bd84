import { seeOther } from '@/lib/http/see-other';
import { db } from '@/lib/db/client';
import { resumeDraft } from '@/lib/drafts';
import { currentPerson } from '@/lib/identity/session';

/** Goes on with one of the account's saved drafts (proxy.ts admits its owner only). */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; draftId: string }> }) {
  const { locale, draftId } = await params;
  const person = await currentPerson(request.headers);
  const resumed = person ? await resumeDraft(db(), draftId, person.accountId) : false;
  return seeOther(resumed ? `/${locale}/apply` : `/${locale}/forbidden`);
}
