// Free text: one line (text) or several (textarea), with a length limit.
import { z } from 'zod';
import { fieldBase } from '../definition-parts';
import type { FieldBase } from '../types';
import type { FieldTypeDeclaration } from './declaration';
import { kind, textAnswer } from './kit';

export interface TextField extends FieldBase {
  type: 'text';
  maxLength?: number;
  /** Browser autofill hint (autocomplete attribute). */
  autocomplete?: string;
}

export interface TextareaField extends FieldBase {
  type: 'textarea';
  maxLength?: number;
}

export const DEFAULT_MAX_LENGTH = { text: 200, textarea: 2000 } as const;

const maxLengthOf = (field: TextField | TextareaField) => field.maxLength ?? DEFAULT_MAX_LENGTH[field.type];
const maxLength = z.number().int().positive().optional();

const textKit = {
  value: (field: TextField | TextareaField) => textAnswer(field.optional, z.string().max(maxLengthOf(field), kind('tooLong'))),
  errorKinds: ['required', 'tooLong', 'invalidCharacters'],
  posted: 'value',
  summary: (_field: unknown, value: unknown) => [String(value)],
  errorWords: (field: TextField | TextareaField) => ({ values: { max: maxLengthOf(field) } }),
} as const;

export const textType: FieldTypeDeclaration<TextField> = {
  ...textKit,
  definition: z.strictObject({ ...fieldBase, type: z.literal('text'), maxLength, autocomplete: z.string().optional() }),
};

export const textareaType: FieldTypeDeclaration<TextareaField> = {
  ...textKit,
  definition: z.strictObject({ ...fieldBase, type: z.literal('textarea'), maxLength }),
};
