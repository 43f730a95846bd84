import { db } from '@/lib/db/client';
import { isUuid } from '@/lib/ids';
import { documentSlotOf } from '@/lib/documents/drafts';
import { documentStorage } from '@/lib/documents/storage';
import { route } from '@/lib/http/route';
import { seeOther } from '@/lib/http/see-other';
import { currentDraft } from '@/lib/drafts/current';
import { returnToQuery } from '@/lib/applications/return-to';
import { applicationWizard, pagePath } from '@/lib/wizard';

/** Removes one of the draft's own documents from a slot, bytes and all. */
export const POST = route<{ fieldId: string }>({ name: 'document.remove', access: 'anyone' }, async ({ request, params, locale }) => {
  const wizard = applicationWizard(locale);
  const { draft, form } = await currentDraft(wizard);
  const slot = documentSlotOf(form, params.fieldId);
  if (!draft || !slot) return seeOther(wizard.base);
  const documentId = String((await request.formData().catch(() => null))?.get('document') ?? '');
  const document = isUuid(documentId) ? await db().document.findFirst({ where: { id: documentId, draftId: draft.id, fieldId: slot.field.id } }) : null;
  if (document) {
    await db().document.delete({ where: { id: document.id } });
    await documentStorage().delete(document.storageKey);
  }
  const returnTo = returnToQuery(new URL(request.url).searchParams.get('returnTo'), '&');
  return seeOther(`${pagePath(wizard, slot.pageId)}?upload=${document ? 'removed' : 'no-file'}${returnTo}`);
});
