// A number, whole or with a decimal comma or point, within optional bounds.
import { z } from 'zod';
import { fieldBase } from '../definition-parts';
import type { FieldBase } from '../types';
import type { FieldTypeDeclaration } from './declaration';
import { kind, rangeIssues, textAnswer } from './kit';

export interface NumberField extends FieldBase {
  type: 'number';
  min?: number;
  max?: number;
}

export const numberType: FieldTypeDeclaration<NumberField> = {
  definition: z.strictObject({ ...fieldBase, type: z.literal('number'), min: z.number().optional(), max: z.number().optional() }),
  value: (field) =>
    textAnswer(
      field.optional,
      z
        .string()
        .regex(/^-?\d+([.,]\d+)?$/, kind('invalidNumber'))
        .transform((value) => Number(value.replace(',', '.')))
        .pipe(
          z
            .number()
            .min(field.min ?? Number.MIN_SAFE_INTEGER, kind('numberTooSmall'))
            .max(field.max ?? Number.MAX_SAFE_INTEGER, kind('numberTooLarge')),
        )
        .transform(String),
    ),
  errorKinds: ['required', 'invalidNumber', 'numberTooSmall', 'numberTooLarge', 'invalidCharacters'],
  posted: 'value',
  summary: (_field, value) => [String(value)],
  errorWords: (field) => ({ values: { min: field.min ?? '', max: field.max ?? '' } }),
  lint: rangeIssues,
};
