// A repeatable group, e.g. family members applying together (R-APP-03): items of the same
// fields, each of an item field type, each item judged on its own answers.
import { z } from 'zod';
import { isEmpty } from '../conditions';
import { fieldBase, textKey } from '../definition-parts';
import type { LintIssue } from '../lint';
import type { AnswerValue, FieldBase, ItemField, TextKey } from '../types';
import type { FieldTypeDeclaration } from './declaration';
import { commonTextKeys, kind, withValidIf } from './kit';

export interface GroupField extends FieldBase {
  type: 'group';
  /** What one item is called, e.g. "family member". */
  itemLabel: TextKey;
  fields: readonly ItemField[];
  minItems?: number;
  maxItems: number;
}

type ItemFieldTypes = { [T in ItemField['type']]: FieldTypeDeclaration<Extract<ItemField, { type: T }>> };

/** The group over the types its items may hold: the registry passes them in. */
export function groupType(itemTypes: ItemFieldTypes): FieldTypeDeclaration<GroupField> {
  const typeOf = <F extends ItemField>(field: F) => itemTypes[field.type] as unknown as FieldTypeDeclaration<F>;
  const itemFields = Object.values(itemTypes).map((declared) => declared.definition);
  return {
    definition: z.strictObject({
      ...fieldBase,
      type: z.literal('group'),
      itemLabel: textKey,
      fields: z.array(z.discriminatedUnion('type', itemFields as never)).min(1),
      minItems: z.number().int().nonnegative().optional(),
      maxItems: z.number().int().positive(),
    }) as z.ZodType<GroupField>,
    value: (field, scope) => {
      const item = withValidIf(z.object(Object.fromEntries(field.fields.map((inner) => [inner.id, typeOf(inner).value(inner, scope)]))), field.fields, scope.context);
      return z
        .preprocess((value) => (Array.isArray(value) ? value : []), z.array(item))
        .refine((items) => items.length >= (field.minItems ?? (field.optional ? 0 : 1)), kind('tooFewItems'))
        .refine((items) => items.length <= field.maxItems, kind('tooManyItems'));
    },
    errorKinds: ['tooFewItems', 'tooManyItems'],
    posted: 'items',
    // One line an item: its answers, in the order of its fields.
    summary: (field, value, words, answers) =>
      (value as Record<string, AnswerValue | undefined>[]).map((item) =>
        field.fields
          .flatMap((inner) => (isEmpty(item[inner.id]) ? [] : typeOf(inner).summary(inner, item[inner.id]!, words, answers)))
          .join(', '),
      ),
    errorWords: (field) => ({ values: { min: field.minItems ?? 1, max: field.maxItems } }),
    textKeys: (field) => [field.itemLabel, ...field.fields.flatMap((inner) => [...commonTextKeys(inner), ...(typeOf(inner).textKeys?.(inner) ?? [])])],
    lint: (field) => {
      const issues: LintIssue[] = field.fields.flatMap((inner) => typeOf(inner).lint?.(inner) ?? []);
      if ((field.minItems ?? 0) > field.maxItems) {
        issues.push({ code: 'impossible-answer', message: `field "${field.id}" asks for at least ${field.minItems} and at most ${field.maxItems} items` });
      }
      return issues;
    },
  };
}
