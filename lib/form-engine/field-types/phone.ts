// A telephone number, Swedish or international.
import { z } from 'zod';
import { fieldBase } from '../definition-parts';
import type { FieldBase } from '../types';
import type { FieldTypeDeclaration } from './declaration';
import { kind, textAnswer } from './kit';

export interface PhoneField extends FieldBase {
  type: 'phone';
}

export const phoneType: FieldTypeDeclaration<PhoneField> = {
  definition: z.strictObject({ ...fieldBase, type: z.literal('phone') }),
  value: (field) =>
    textAnswer(
      field.optional,
      z.string().refine((value) => /^\+?[\d\s()-]{6,24}$/.test(value) && value.replace(/\D/g, '').length >= 6, kind('invalidPhone')),
    ),
  errorKinds: ['required', 'invalidPhone', 'invalidCharacters'],
  posted: 'value',
  summary: (_field, value) => [String(value)],
};
