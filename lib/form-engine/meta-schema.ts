// The zod meta-schema: a definition is checked when it is loaded, so a malformed one fails
// at start (and in the tests), never in front of an applicant.
import { z } from 'zod';
import { condition, id, textKey } from './definition-parts';
import { fieldTypes } from './field-types';
import { FIELD_ROLES } from './roles';
import type { FormDefinition } from './types';

// Each field type declares its own part of the meta-schema; a content block holds no answer.
const fieldDefinitions = [
  ...Object.values(fieldTypes).map((declared) => declared.definition),
  z.strictObject({ id, type: z.literal('content'), paragraphs: z.array(textKey).min(1), showIf: condition.optional() }),
];
const knownRole = z.enum(FIELD_ROLES).optional();

// By `type` first, so that a malformed field is told its own type's problems. Its role, and
// those of a group's item fields, must be ones the service reads.
const field = z
  .discriminatedUnion('type', fieldDefinitions as unknown as [z.core.$ZodTypeDiscriminable, ...z.core.$ZodTypeDiscriminable[]])
  .superRefine((value, ctx) => {
    const { role, fields } = value as { role?: unknown; fields?: readonly { role?: unknown }[] };
    const check = (candidate: unknown, path: (string | number)[]) => {
      if (!knownRole.safeParse(candidate).success) ctx.addIssue({ code: 'custom', path, message: `a role is one of ${FIELD_ROLES.join(', ')}` });
    };
    check(role, ['role']);
    fields?.forEach((inner, index) => check(inner.role, ['fields', index, 'role']));
  });

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
