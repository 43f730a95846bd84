// A country, chosen from the list of countries; stored as its ISO 3166 code.
import { z } from 'zod';
import { isCountryCode } from '../countries';
import { fieldBase } from '../definition-parts';
import type { FieldBase } from '../types';
import type { FieldTypeDeclaration } from './declaration';
import { kind, textAnswer } from './kit';

export interface CountryField extends FieldBase {
  type: 'country';
}

export const countryType: FieldTypeDeclaration<CountryField> = {
  definition: z.strictObject({ ...fieldBase, type: z.literal('country') }),
  value: (field) => textAnswer(field.optional, z.string().refine(isCountryCode, kind('invalidOption'))),
  errorKinds: ['required', 'invalidOption', 'invalidCharacters'],
  posted: 'value',
  summary: (_field, value, words) => [words.country(String(value))],
  errorWords: () => ({ keys: { required: 'Form.errors.requiredChoice' } }),
};
