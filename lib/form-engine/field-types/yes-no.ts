// Yes or no.
import { z } from 'zod';
import { fieldBase } from '../definition-parts';
import type { FieldBase } from '../types';
import type { FieldTypeDeclaration } from './declaration';
import { oneOf } from './kit';

export interface YesNoField extends FieldBase {
  type: 'yesNo';
}

const YES_NO = ['yes', 'no'] as const;

export const yesNoType: FieldTypeDeclaration<YesNoField> = {
  definition: z.strictObject({ ...fieldBase, type: z.literal('yesNo') }),
  value: (field) => oneOf(field.optional, YES_NO),
  errorKinds: ['required', 'invalidOption', 'invalidCharacters'],
  posted: 'value',
  summary: (_field, value, words) => [words.t(value === 'yes' ? 'Form.yes' : 'Form.no')],
  errorWords: () => ({ keys: { required: 'Form.errors.requiredChoice' } }),
  choices: () => YES_NO,
  reveals: true,
};
