// One declaration, one schema: the zod schema of a page's visible fields is what the browser
// (react-hook-form) and the server action both validate with (R-ENG-02). Error messages are
// error kinds ("required", "invalidEmail", …); the page turns them into text in its language.
// Each field's schema comes from its type's declaration (field-types/).
import { z } from 'zod';
import { evaluate, fieldsReadBy, type EvaluationContext } from './conditions';
import { toErrorKind, type ErrorKind } from './error-kinds';
import { typeOf } from './field-types';
import { withValidIf } from './field-types/kit';
import type { AnswerField, Answers, DocumentField, Field, FormDefinition, Page } from './types';

export { isStorableText } from './field-types/kit';
export { optionsFor } from './field-types/choice';

/**
 * `value` with each character that cannot be stored (isStorableText), in keys too, as U+FFFD: a
 * post kept to be shown again marks where they were, and is refused again until they are gone.
 */
export function withStorableText(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\0|\p{Cs}/gu, '\uFFFD');
  if (Array.isArray(value)) return value.map(withStorableText);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [withStorableText(key), withStorableText(inner)]));
  return value;
}

/** The error kinds a field's schema can give: what the browser needs words for. */
export function errorKindsOf(field: AnswerField): ErrorKind[] {
  const kinds = typeOf(field).errorKinds;
  return field.validIf ? [...kinds, 'validIf'] : [...kinds];
}

export const isAnswerField = (field: Field): field is AnswerField => field.type !== 'content';

/**
 * The choice above `field` on its page whose option reveals it (a conditional reveal, shown
 * under that option), when its condition is `equals` on a radios, yes/no or checkboxes field.
 */
export function revealedBy(page: Page, field: Field): { choice: string; value: string } | undefined {
  const condition = field.showIf;
  if (!condition || !('equals' in condition)) return undefined;
  const choice = page.fields.find((candidate) => candidate.id === condition.field);
  return choice && isAnswerField(choice) && typeOf(choice).reveals ? { choice: choice.id, value: condition.equals } : undefined;
}

/** The answers a page's conditions read while it is filled in: its own fields as posted (a choice left out is unanswered), earlier ones as saved. */
export function withPageInput(page: Page, answers: Answers, input: Record<string, unknown>): Answers {
  const own = new Set(page.fields.map((field) => field.id));
  return { ...Object.fromEntries(Object.entries(answers).filter(([fieldId]) => !own.has(fieldId))), ...(input as Answers) };
}

/** The fields of a page that are shown for these answers (conditions read earlier answers). */
export function visibleFields(page: Page, answers: Answers, context: EvaluationContext): AnswerField[] {
  return page.fields.filter(isAnswerField).filter((field) => !field.showIf || evaluate(field.showIf, answers, context));
}

/** A refused post without the questions its own choices hide: what is kept to show the page again. */
export function shownInput(page: Page, answers: Answers, input: Record<string, unknown>, context: EvaluationContext): Record<string, unknown> {
  const shown = new Set(visibleFields(page, withPageInput(page, answers, input), context).map((field) => field.id));
  const hidden = new Set(page.fields.filter((field) => isAnswerField(field) && !shown.has(field.id)).map((field) => field.id));
  return Object.fromEntries(Object.entries(input).filter(([fieldId]) => !hidden.has(fieldId)));
}

/**
 * The zod schema of one page for the answers given so far, merged with the page's own
 * current values: the same in the browser and on the server.
 */
export function pageSchema(page: Page, answers: Answers, context: EvaluationContext) {
  const fields = visibleFields(page, answers, context);
  // A schema depends only on which fields show, the answers that choose options, and the day.
  const key = [
    context.today.toISOString().slice(0, 10),
    ...fields.map((field) => ('optionsBy' in field && field.optionsBy ? `${field.id}=${String(answers[field.optionsBy.field])}` : field.id)),
  ].join('|');
  let cache = schemaCache.get(page);
  if (!cache) schemaCache.set(page, (cache = new Map()));
  let schema = cache.get(key);
  if (!schema) {
    if (cache.size >= MAX_SCHEMAS_PER_PAGE) cache.clear();
    schema = withValidIf(z.object(Object.fromEntries(fields.map((field) => [field.id, typeOf(field).value(field, { answers, context })]))), fields, context);
    cache.set(key, schema);
  }
  return schema;
}

/** The earlier answers a page's schema reads (its fields' conditions and options): all the browser needs. */
export function answersReadBy(page: Page, answers: Answers): Answers {
  const read = page.fields.filter(isAnswerField).flatMap((field) => [
    ...(field.showIf ? fieldsReadBy(field.showIf) : []),
    ...('optionsBy' in field && field.optionsBy ? [field.optionsBy.field] : []),
    ...(field.type === 'group' ? field.fields.flatMap((inner) => ('optionsBy' in inner && inner.optionsBy ? [inner.optionsBy.field] : [])) : []),
  ]);
  return Object.fromEntries(read.filter((fieldId) => fieldId in answers).map((fieldId) => [fieldId, answers[fieldId]!]));
}

// Building a zod schema costs far more than using one: pages keep theirs.
const schemaCache = new WeakMap<Page, Map<string, z.ZodObject>>();
const MAX_SCHEMAS_PER_PAGE = 256;

export interface FieldError {
  /** The field the error belongs to. */
  fieldId: string;
  /** The control to focus, e.g. "birthDate.month" or "familyMembers.0.givenName". */
  path: string;
  kind: ErrorKind;
}

export type PageValidation = { ok: true; values: Answers } | { ok: false; errors: FieldError[] };

/** Validates what was posted for one page. Unknown inputs are ignored; one error per control. */
export function validatePage(
  definition: FormDefinition,
  pageId: string,
  input: Record<string, unknown>,
  answers: Answers,
  context: EvaluationContext,
): PageValidation {
  const page = definition.pages.find((candidate) => candidate.id === pageId);
  if (!page) throw new Error(`No page "${pageId}" in form "${definition.id}"`);
  // A choice on this page may reveal a question below it: visibility reads the posted choice.
  const result = pageSchema(page, withPageInput(page, answers, input), context).safeParse(input);
  if (result.success) {
    const values = Object.fromEntries(Object.entries(result.data).filter(([, value]) => value !== undefined));
    return { ok: true, values: values as Answers };
  }
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    if (seen.has(path)) continue;
    seen.add(path);
    errors.push({ fieldId: String(issue.path[0]), path, kind: toErrorKind(issue.message) });
  }
  return { ok: false, errors };
}

/** Required document slots, shown for these answers, that hold no document yet (R-DOC-02). */
export function missingDocuments(definition: FormDefinition, answers: Answers, context: EvaluationContext): DocumentField[] {
  return definition.pages
    .filter((page) => !page.showIf || evaluate(page.showIf, answers, context))
    .flatMap((page) => visibleFields(page, answers, context))
    .filter((field): field is DocumentField => field.type === 'document' && !field.optional)
    .filter((field) => !Array.isArray(answers[field.id]) || (answers[field.id] as string[]).length === 0);
}
