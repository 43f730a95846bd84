import { currentDraft } from '@/lib/drafts/current';
import { reachablePages } from '@/lib/form-engine';
import { applicationDrafts } from '@/lib/wizard';
import { documentSlotOf } from './drafts';
import type { Slot } from './intake';

/**
 * The visitor's own draft's document slot `fieldId`, for an upload (either way in), and the
 * page it is on. null without a draft, or when the draft's answers lead to no such slot: an
 * upload never makes a draft (each would come with a quota of its own).
 */
export async function currentDocumentSlot(fieldId: string): Promise<{ slot: Slot; pageId: string } | null> {
  const { draft, form } = await currentDraft(applicationDrafts);
  const found = draft ? documentSlotOf(form, fieldId) : null;
  if (!draft || !found || !reachablePages(form, draft.answers, { today: new Date() }).some((page) => page.id === found.pageId)) return null;
  return { slot: { draftId: draft.id, fieldId: found.field.id, documentType: found.field.documentType }, pageId: found.pageId };
}
