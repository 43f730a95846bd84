// The zod meta-schema: a definition is checked when it is loaded, so a malformed one fails
// at start (and in the tests), never in front of an applicant.
import { z } from 'zod';
import { FIELD_ROLES } from './roles';
import type { Condition, FormDefinition } from './types';

const id = z.string().regex(/^[a-z][a-zA-Z0-9-]*$/, 'ids are kebab-case or camelCase, starting with a letter');
const textKey = z.string().regex(/^[A-Za-z][\w-]*(\.[\w-]+)+$/, 'a translation key is a dotted path');

const condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ field: id, equals: z.string() }),
    z.strictObject({ field: id, oneOf: z.array(z.string()).min(1) }),
    z.strictObject({ field: id, answered: z.literal(true) }),
    z.strictObject({ field: id, ageAtLeast: z.number().int().positive() }),
    z.strictObject({ not: condition }),
    z.strictObject({ all: z.array(condition).min(1) }),
    z.strictObject({ any: z.array(condition).min(1) }),
  ]),
);

const errorKinds = z.enum([
  'required',
  'tooLong',
  'invalidEmail',
  'invalidPhone',
  'invalidPersonnummer',
  'invalidNumber',
  'numberTooSmall',
  'numberTooLarge',
  'invalidDate',
  'dateNotPast',
  'dateNotFuture',
  'invalidOption',
  'tooFewItems',
  'tooManyItems',
  'invalidCharacters',
  'validIf',
]);

// A field id is also a key in react-hook-form's error objects, whose own keys it must not take.
const RESERVED_FIELD_IDS = ['message', 'type', 'types', 'ref', 'root'];
const fieldId = id.refine((value) => !RESERVED_FIELD_IDS.includes(value), `a field id cannot be ${RESERVED_FIELD_IDS.join(', ')}`);

const fieldBase = {
  id: fieldId,
  label: textKey,
  hint: textKey.optional(),
  name: textKey.optional(),
  optional: z.boolean().optional(),
  showIf: condition.optional(),
  errors: z.partialRecord(errorKinds, textKey).optional(),
  validIf: z.strictObject({ condition, error: textKey }).optional(),
  role: z.enum(FIELD_ROLES).optional(),
};
const option = z.strictObject({ value: z.string().min(1), label: textKey, hint: textKey.optional() });

const itemFieldVariants = [
  z.strictObject({ ...fieldBase, type: z.enum(['text', 'textarea']), maxLength: z.number().int().positive().optional(), autocomplete: z.string().optional() }),
  z.strictObject({ ...fieldBase, type: z.enum(['email', 'phone', 'personnummer']) }),
  z.strictObject({ ...fieldBase, type: z.literal('number'), min: z.number().optional(), max: z.number().optional() }),
  z.strictObject({ ...fieldBase, type: z.literal('date'), past: z.boolean().optional(), future: z.boolean().optional() }),
  z.strictObject({
    ...fieldBase,
    type: z.enum(['radios', 'checkboxes', 'select']),
    options: z.array(option).min(1),
    optionsBy: z.strictObject({ field: id, values: z.record(z.string(), z.array(z.string())) }).optional(),
  }),
  z.strictObject({ ...fieldBase, type: z.literal('yesNo') }),
  z.strictObject({ ...fieldBase, type: z.literal('country') }),
] as const;

const field = z.union([
  ...itemFieldVariants,
  z.strictObject({ ...fieldBase, type: z.literal('address'), fixedCountry: z.string().regex(/^[A-Z]{2}$/).optional() }),
  z.strictObject({
    ...fieldBase,
    type: z.literal('document'),
    documentType: id,
    guidance: z.array(textKey).optional(),
    maxFiles: z.number().int().positive().optional(),
  }),
  z.strictObject({
    ...fieldBase,
    type: z.literal('group'),
    itemLabel: textKey,
    fields: z.array(z.union(itemFieldVariants)).min(1),
    minItems: z.number().int().nonnegative().optional(),
    maxItems: z.number().int().positive(),
  }),
  z.strictObject({ id, type: z.literal('content'), paragraphs: z.array(textKey).min(1), showIf: condition.optional() }),
]);

const migrationStep = z.union([
  z.strictObject({ rename: z.strictObject({ from: id, to: id }) }),
  z.strictObject({ drop: id }),
  z.strictObject({ mapValue: z.strictObject({ field: id, from: z.string(), to: z.string() }) }),
]);

export const formDefinitionSchema = z.strictObject({
  id,
  version: z.number().int().positive(),
  title: textKey,
  sections: z.array(z.strictObject({ id, title: textKey })).min(1),
  pages: z
    .array(z.strictObject({ id, section: id, title: textKey.optional(), fields: z.array(field).min(1), showIf: condition.optional() }))
    .min(1),
  stops: z.array(z.strictObject({ id, title: textKey, paragraphs: z.array(textKey).min(1), when: condition, after: id })),
  fees: z
    .strictObject({
      currency: z.string().regex(/^[A-Z]{3}$/),
      rules: z.array(z.strictObject({ id, when: condition, amount: z.number().int().nonnegative(), reason: textKey })),
      defaultAmount: z.number().int().nonnegative(),
      defaultReason: textKey,
      perPersonGroup: id.optional(),
    })
    .optional(),
  // Required by the lint (lint.ts), which names what is missing.
  submission: z
    .union([z.strictObject({ kind: z.literal('register-cases'), category: id, questionnaire: id.optional() }), z.strictObject({ kind: z.literal('answer-case') })])
    .optional(),
  migrations: z.array(z.strictObject({ from: z.number().int().positive(), to: z.number().int().positive(), steps: z.array(migrationStep).min(1) })).optional(),
});

/** Checks a definition against the meta-schema; throws with every problem listed. */
export function defineForm<const T extends FormDefinition>(definition: T): T {
  const result = formDefinitionSchema.safeParse(definition);
  if (!result.success) {
    throw new Error(`Form definition "${definition.id}" is malformed:\n${z.prettifyError(result.error)}`);
  }
  return definition;
}
