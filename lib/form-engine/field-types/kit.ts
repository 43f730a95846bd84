// Pieces the field types' answer schemas share: how a posted value becomes text, how an empty
// answer is told from a wrong one, and which characters can be stored.
import { z } from 'zod';
import { evaluate, isEmpty, type EvaluationContext } from '../conditions';
import type { ErrorKind } from '../error-kinds';
import type { AnswerField, Answers, FieldBase, TextKey } from '../types';

/** Form posts and react-hook-form give strings, null, undefined or false for an empty control. */
export function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

/** A zod issue whose message is the error kind. */
export const kind = (error: ErrorKind) => ({ error });

/**
 * False for text PostgreSQL refuses in text and jsonb (NUL), that is no text at all (half of a
 * UTF-16 surrogate pair, which JSON and UTF-8 cannot carry), or that holds U+FFFD, the mark a
 * browser or a decoder leaves where such a character was lost: never typed, but pasted from
 * odd software or posted by a tampered request, and a field error, not a 500 (R-X-01). With
 * the u flag a whole pair is one character, so \p{Cs} finds only a lone half.
 */
export const isStorableText = (value: string) => !/\0|\uFFFD|\p{Cs}/u.test(value);

/** A required or optional text answer checked by `check` when present; empty optional answers become undefined. */
export function textAnswer(optional: boolean | undefined, check: z.ZodType<unknown, string>) {
  return z.preprocess(text, z.string().refine(isStorableText, kind('invalidCharacters'))).pipe(
    optional
      ? // Not a union: a failed answer must keep its own error kind, not zod's "no branch matched".
        z.string().transform((value) => (value === '' ? undefined : value)).pipe(check.optional())
      : z.string().min(1, kind('required')).pipe(check),
  );
}

/** One of `values`, as a text answer. */
export function oneOf(optional: boolean | undefined, values: readonly string[]) {
  return textAnswer(optional, z.string().refine((value) => values.includes(value), kind('invalidOption')));
}

/** `object` with each of `fields`' `validIf` checked over the values beside it, once the field's own checks pass. */
export function withValidIf<T extends z.ZodObject>(object: T, fields: readonly AnswerField[], context: EvaluationContext) {
  const checked = fields.filter((field) => field.validIf);
  if (checked.length === 0) return object;
  return object.superRefine((values, ctx) => {
    for (const field of checked) {
      if (isEmpty(values[field.id] as Answers[string]) || ctx.issues.some((issue) => issue.path?.[0] === field.id)) continue;
      if (!evaluate(field.validIf!.condition, values as Answers, context)) ctx.addIssue({ code: 'custom', message: 'validIf', path: [field.id] });
    }
  });
}

/** The translation keys every answer field may declare: label, hint, short name, rule and error words. */
export function commonTextKeys(field: FieldBase): TextKey[] {
  return [field.label, field.hint, field.name, field.validIf?.error, ...Object.values(field.errors ?? {})].filter((key): key is TextKey => Boolean(key));
}

/** A field whose answer must lie between `min` and `max` cannot be answered when they cross. */
export function rangeIssues(field: { id: string; min?: number; max?: number }) {
  return field.min !== undefined && field.max !== undefined && field.min > field.max
    ? [{ code: 'impossible-answer' as const, message: `field "${field.id}" asks for at least ${field.min} and at most ${field.max}` }]
    : [];
}
