// A Swedish personal identity number or coordination number, stored as twelve digits (R-APP-01).
import { z } from 'zod';
import { fieldBase } from '../definition-parts';
import { parsePersonnummer } from '../personnummer';
import type { FieldBase } from '../types';
import type { FieldTypeDeclaration } from './declaration';
import { textAnswer } from './kit';

export interface PersonnummerField extends FieldBase {
  type: 'personnummer';
}

export const personnummerType: FieldTypeDeclaration<PersonnummerField> = {
  definition: z.strictObject({ ...fieldBase, type: z.literal('personnummer') }),
  value: (field, { context }) =>
    textAnswer(
      field.optional,
      z.string().transform((value, ctx) => {
        const parsed = parsePersonnummer(value, context.today);
        if (!parsed) {
          ctx.addIssue({ code: 'custom', message: 'invalidPersonnummer' });
          return z.NEVER;
        }
        return parsed.normalized;
      }),
    ),
  errorKinds: ['required', 'invalidPersonnummer', 'invalidCharacters'],
  posted: 'value',
  // As the Tax Agency writes it: 19811218-9876.
  summary: (_field, value) => [`${String(value).slice(0, 8)}-${String(value).slice(8)}`],
};
