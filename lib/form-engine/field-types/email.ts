// An e-mail address.
import { z } from 'zod';
import { fieldBase } from '../definition-parts';
import type { FieldBase } from '../types';
import type { FieldTypeDeclaration } from './declaration';
import { kind, textAnswer } from './kit';

export interface EmailField extends FieldBase {
  type: 'email';
}

/** The longest address SMTP carries (RFC 5321). */
const EMAIL_MAX_LENGTH = 254;

export const emailType: FieldTypeDeclaration<EmailField> = {
  definition: z.strictObject({ ...fieldBase, type: z.literal('email') }),
  value: (field) => textAnswer(field.optional, z.string().max(EMAIL_MAX_LENGTH, kind('tooLong')).pipe(z.email(kind('invalidEmail')))),
  errorKinds: ['required', 'tooLong', 'invalidEmail', 'invalidCharacters'],
  posted: 'value',
  summary: (_field, value) => [String(value)],
  errorWords: () => ({ values: { max: EMAIL_MAX_LENGTH } }),
};
