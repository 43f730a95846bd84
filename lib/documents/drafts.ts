// A draft's documents: the slot they belong to, as the wizard and the submission see them.
import type { Database } from '@/lib/db/client';
import type { Answers, DocumentField, FormDefinition } from '@/lib/form-engine';

/** The document slot `fieldId` of the form and the page it is on, if there is one. */
export function documentSlotOf(form: FormDefinition, fieldId: string): { field: DocumentField; pageId: string } | null {
  for (const page of form.pages) {
    const field = page.fields.find((candidate) => candidate.id === fieldId);
    if (field?.type === 'document') return { field, pageId: page.id };
  }
  return null;
}

export async function documentsOf(db: Pick<Database, 'document'>, draftId: string, fieldId?: string) {
  return db.document.findMany({ where: { draftId, ...(fieldId ? { fieldId } : {}) }, orderBy: { createdAt: 'asc' } });
}

/**
 * The answers with each document slot holding the ids of the documents actually uploaded to
 * it: the database, not a posted form, says which documents there are.
 */
export async function answersWithDocuments(db: Pick<Database, 'document'>, draftId: string, form: FormDefinition, answers: Answers): Promise<Answers> {
  const documents = await documentsOf(db, draftId);
  const slots = form.pages.flatMap((page) => page.fields).filter((field) => field.type === 'document');
  return {
    ...answers,
    ...Object.fromEntries(slots.map((slot) => [slot.id, documents.filter((document) => document.fieldId === slot.id).map((document) => document.id)])),
  };
}
