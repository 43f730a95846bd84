// An amount in Swedish kronor, whole kronor (the sponsor's income, rent): typed with spaces or
// a unit as people write amounts, stored as its digits ("25000"), written "25 000 kr".
import { z } from 'zod';
import { fieldBase } from '../definition-parts';
import type { FieldBase } from '../types';
import type { FieldTypeDeclaration } from './declaration';
import { rangeIssues, textAnswer } from './kit';
import { wholeNumber } from './whole-number';

export interface MoneyField extends FieldBase {
  type: 'money';
  /** In whole kronor; default 0. */
  min?: number;
  /** In whole kronor. */
  max?: number;
}

/** "SEK 25 000", "25 000 kr", "25 000 kronor", "25 000:-", "25 000 كرونة". */
const KRONOR = /^sek|(kr\.?|kronor|sek|:-|كرونة( سويدية)?)$/gi;

const kronor = z.number().int().nonnegative().optional();

export const moneyType: FieldTypeDeclaration<MoneyField> = {
  definition: z.strictObject({ ...fieldBase, type: z.literal('money'), min: kronor, max: kronor }),
  value: (field) =>
    textAnswer(field.optional, wholeNumber(KRONOR, { invalid: 'invalidAmount', fraction: 'notWholeKronor', negative: 'negativeAmount' }, field.min ?? 0, field.max)),
  errorKinds: ['required', 'invalidAmount', 'notWholeKronor', 'negativeAmount', 'numberTooSmall', 'numberTooLarge', 'invalidCharacters'],
  posted: 'value',
  summary: (_field, value, words) => [words.kronor(Number(value))],
  errorWords: (field, _part, words) => ({
    values: { min: words.kronor(field.min ?? 0), max: field.max === undefined ? '' : words.kronor(field.max) },
  }),
  lint: rangeIssues,
};
