import { forms } from '@/forms';
import { currentOrNewDraft } from '@/lib/drafts/current';
import { documentSlotOf } from './drafts';
import type { Slot } from './intake';

/**
 * The visitor's own draft's document slot `fieldId`, for an upload (either way in), and the
 * page it is on; null when the form has no such slot.
 */
export async function currentDocumentSlot(fieldId: string): Promise<{ slot: Slot; pageId: string } | null> {
  const { draft, form } = await currentOrNewDraft(forms['family-reunion']!);
  const found = documentSlotOf(form, fieldId);
  return found ? { slot: { draftId: draft.id, fieldId: found.field.id, documentType: found.field.documentType }, pageId: found.pageId } : null;
}
