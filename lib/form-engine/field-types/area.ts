// A floor area in whole square metres (the sponsor's home): stored as its digits, written "62 m²".
import { z } from 'zod';
import { fieldBase } from '../definition-parts';
import type { FieldBase } from '../types';
import type { AnswerWords, FieldTypeDeclaration } from './declaration';
import { rangeIssues, textAnswer } from './kit';
import { wholeNumber } from './whole-number';

export interface AreaField extends FieldBase {
  type: 'area';
  /** In square metres; default 1: a home has some floor. */
  min?: number;
  /** In square metres. */
  max?: number;
}

/** "62 m²", "62 m2", "62 kvm", "62 م²". */
const SQUARE_METRES = /(m²|m2|kvm|م²|م2)$/i;

const squareMetres = z.number().int().positive().optional();

/** "62 m²" in the page's language. */
const written = (words: AnswerWords, area: number) => words.t('Form.area.amount', { area: words.number(area) });

export const areaType: FieldTypeDeclaration<AreaField> = {
  definition: z.strictObject({ ...fieldBase, type: z.literal('area'), min: squareMetres, max: squareMetres }),
  value: (field) =>
    textAnswer(field.optional, wholeNumber(SQUARE_METRES, { invalid: 'invalidNumber', fraction: 'notWholeSquareMetres', negative: 'numberTooSmall' }, field.min ?? 1, field.max)),
  errorKinds: ['required', 'invalidNumber', 'notWholeSquareMetres', 'numberTooSmall', 'numberTooLarge', 'invalidCharacters'],
  posted: 'value',
  summary: (_field, value, words) => [written(words, Number(value))],
  errorWords: (field, _part, words) => ({
    values: { min: written(words, field.min ?? 1), max: field.max === undefined ? '' : written(words, field.max) },
  }),
  lint: rangeIssues,
};
