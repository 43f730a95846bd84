// A slot for uploaded documents of one kind. The answer is the ids of the documents in it, set
// by the upload and never by a posted form.
import { z } from 'zod';
import { fieldBase, id, textKey } from '../definition-parts';
import type { FieldBase, TextKey } from '../types';
import type { FieldTypeDeclaration } from './declaration';
import { isStorableText, kind } from './kit';

/**
 * Which slots are required follows from the answers (R-DOC-02); a required slot must hold a
 * document before submission, not before the applicant may go on (documents can be added
 * later from the summary).
 */
export interface DocumentField extends FieldBase {
  type: 'document';
  documentType: string;
  /** Guidance shown with the slot (R-DOC-03). */
  guidance?: readonly TextKey[];
  maxFiles?: number;
}

export const documentType: FieldTypeDeclaration<DocumentField> = {
  definition: z.strictObject({
    ...fieldBase,
    type: z.literal('document'),
    documentType: id,
    guidance: z.array(textKey).optional(),
    maxFiles: z.number().int().positive().optional(),
  }),
  // Required slots are checked before submission (missingDocuments), not here.
  value: () => z.preprocess((value) => (Array.isArray(value) ? value : []), z.array(z.string().refine(isStorableText, kind('invalidCharacters')))),
  errorKinds: ['invalidCharacters'],
  posted: 'list',
  summary: (_field, value) => (Array.isArray(value) ? [String(value.length)] : []),
  textKeys: (field) => [...(field.guidance ?? [])],
};
