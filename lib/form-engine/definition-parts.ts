// The pieces of the meta-schema that every field type's declaration shares: ids, translation
// keys, conditions and the properties common to every answer field.
import { z } from 'zod';
import { ERROR_KINDS, RESERVED_FIELD_IDS } from './error-kinds';
import type { FieldRole } from './roles';
import type { Condition } from './types';

export const id = z.string().regex(/^[a-z][a-zA-Z0-9-]*$/, 'ids are kebab-case or camelCase, starting with a letter');
export const textKey = z.string().regex(/^[A-Za-z][\w-]*(\.[\w-]+)+$/, 'a translation key is a dotted path');

export const condition: z.ZodType<Condition> = z.lazy(() =>
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

const reserved: readonly string[] = RESERVED_FIELD_IDS;
const fieldId = id.refine((value) => !reserved.includes(value), `a field id cannot be ${RESERVED_FIELD_IDS.join(', ')}`);

/** What every answer field declares besides its type and the type's own properties (types.ts FieldBase). */
export const fieldBase = {
  id: fieldId,
  label: textKey,
  hint: textKey.optional(),
  name: textKey.optional(),
  optional: z.boolean().optional(),
  showIf: condition.optional(),
  errors: z.partialRecord(z.enum(ERROR_KINDS), textKey).optional(),
  validIf: z.strictObject({ condition, error: textKey }).optional(),
  // Which names are roles the meta-schema checks (meta-schema.ts): roles.ts reads fields through
  // validation.ts, which reads these parts, so they cannot read roles.ts.
  role: z.custom<FieldRole>((value) => typeof value === 'string', 'a role is a name').optional(),
};
