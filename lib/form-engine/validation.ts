// One declaration, one schema: the zod schema of a page's visible fields is what the browser
// (react-hook-form) and the server action both validate with (R-ENG-02). Error messages are
// error kinds ("required", "invalidEmail", …); the page turns them into text in its language.
import { z } from 'zod';
import { evaluate, fieldsReadBy, isEmpty, toCalendarDate, type EvaluationContext } from './conditions';
import { isCountryCode } from './countries';
import { parsePersonnummer } from './personnummer';
import type { AnswerField, Answers, ChoiceField, DocumentField, ErrorKind, Field, FormDefinition, ItemField, Option, Page } from './types';

/** `object` with each of `fields`' `validIf` checked over the values beside it, once the field's own checks pass. */
function withValidIf<T extends z.ZodObject>(object: T, fields: readonly AnswerField[], context: EvaluationContext) {
  const checked = fields.filter((field) => field.validIf);
  if (checked.length === 0) return object;
  return object.superRefine((values, ctx) => {
    for (const field of checked) {
      if (isEmpty(values[field.id] as Answers[string]) || ctx.issues.some((issue) => issue.path?.[0] === field.id)) continue;
      if (!evaluate(field.validIf!.condition, values as Answers, context)) ctx.addIssue({ code: 'custom', message: 'validIf', path: [field.id] });
    }
  });
}

export const DEFAULT_MAX_LENGTH = { text: 200, textarea: 2000 } as const;
export const ADDRESS_MAX_LENGTH = { street: 200, postcode: 20, city: 100 } as const;
const EMAIL_MAX_LENGTH = 254;

/** Form posts and react-hook-form give strings, null, undefined or false for an empty control. */
function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

const kind = (error: ErrorKind) => ({ error });

/**
 * False for text PostgreSQL refuses in text and jsonb (NUL), that is no text at all (half of a
 * UTF-16 surrogate pair, which JSON and UTF-8 cannot carry), or that holds U+FFFD, the mark a
 * browser or a decoder leaves where such a character was lost: never typed, but pasted from
 * odd software or posted by a tampered request, and a field error, not a 500 (R-X-01). With
 * the u flag a whole pair is one character, so \p{Cs} finds only a lone half.
 */
export const isStorableText = (value: string) => !/\0|\uFFFD|\p{Cs}/u.test(value);

/**
 * `value` with each such character, in keys too, as U+FFFD: a post kept to be shown again
 * marks where they were, and is refused again until they are gone.
 */
export function withStorableText(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\0|\p{Cs}/gu, '\uFFFD');
  if (Array.isArray(value)) return value.map(withStorableText);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [withStorableText(key), withStorableText(inner)]));
  return value;
}

/** A required or optional text answer checked by `check` when present; empty optional answers become undefined. */
function textAnswer(optional: boolean | undefined, check: z.ZodType<unknown, string>) {
  return z.preprocess(text, z.string().refine(isStorableText, kind('invalidCharacters'))).pipe(
    optional
      ? // Not a union: a failed answer must keep its own error kind, not zod's "no branch matched".
        z.string().transform((value) => (value === '' ? undefined : value)).pipe(check.optional())
      : z.string().min(1, kind('required')).pipe(check),
  );
}

function choice(optional: boolean | undefined, values: readonly string[]) {
  return textAnswer(optional, z.string().refine((value) => values.includes(value), kind('invalidOption')));
}

function dateSchema(field: { optional?: boolean; past?: boolean; future?: boolean }, context: EvaluationContext) {
  const parts = z.object({
    day: z.preprocess(text, z.string()),
    month: z.preprocess(text, z.string()),
    year: z.preprocess(text, z.string()),
  });
  // Anything but day, month and year parts (a tampered post) counts as no date.
  const asParts = (value: unknown) => (value && typeof value === 'object' && !Array.isArray(value) ? value : {});
  return z.preprocess(asParts, parts).superRefine((value, ctx) => {
    const filled = [value.day, value.month, value.year].filter(Boolean).length;
    if (filled === 0) {
      if (!field.optional) ctx.addIssue({ code: 'custom', message: 'required' });
      return;
    }
    const date = toCalendarDate(value);
    if (!date) {
      // Point at the first part that is missing or impossible, so that box is outlined.
      const wrong = !/^\d{1,2}$/.test(value.day) || Number(value.day) < 1 || Number(value.day) > 31
        ? 'day'
        : !/^\d{1,2}$/.test(value.month) || Number(value.month) < 1 || Number(value.month) > 12
          ? 'month'
          : !/^\d{4}$/.test(value.year)
            ? 'year'
            : 'day';
      ctx.addIssue({ code: 'custom', message: 'invalidDate', path: [wrong] });
      return;
    }
    const today = Date.UTC(context.today.getUTCFullYear(), context.today.getUTCMonth(), context.today.getUTCDate());
    if (field.past && date.getTime() >= today) ctx.addIssue({ code: 'custom', message: 'dateNotPast' });
    if (field.future && date.getTime() < today) ctx.addIssue({ code: 'custom', message: 'dateNotFuture' });
  });
}

/** The options that apply for these answers (all of them, in order, unless the field declares `optionsBy`). */
export function optionsFor(field: ChoiceField, answers: Answers): readonly Option[] {
  if (!field.optionsBy) return field.options;
  const answer = answers[field.optionsBy.field];
  const allowed = typeof answer === 'string' ? (field.optionsBy.values[answer] ?? []) : [];
  // In the order the map gives (e.g. nearest embassy first), not the order of all options.
  return allowed.flatMap((value) => field.options.filter((option) => option.value === value));
}

function itemFieldSchema(field: ItemField, answers: Answers, context: EvaluationContext): z.ZodType {
  const { optional } = field;
  switch (field.type) {
    case 'text':
    case 'textarea': {
      const max = field.maxLength ?? DEFAULT_MAX_LENGTH[field.type];
      return textAnswer(optional, z.string().max(max, kind('tooLong')));
    }
    case 'email':
      return textAnswer(optional, z.string().max(EMAIL_MAX_LENGTH, kind('tooLong')).pipe(z.email(kind('invalidEmail'))));
    case 'phone':
      return textAnswer(
        optional,
        z.string().refine((value) => /^\+?[\d\s()-]{6,24}$/.test(value) && value.replace(/\D/g, '').length >= 6, kind('invalidPhone')),
      );
    case 'personnummer':
      return textAnswer(
        optional,
        z.string().transform((value, ctx) => {
          const parsed = parsePersonnummer(value, context.today);
          if (!parsed) {
            ctx.addIssue({ code: 'custom', message: 'invalidPersonnummer' });
            return z.NEVER;
          }
          return parsed.normalized;
        }),
      );
    case 'number':
      return textAnswer(
        optional,
        z
          .string()
          .regex(/^-?\d+([.,]\d+)?$/, kind('invalidNumber'))
          .transform((value) => Number(value.replace(',', '.')))
          .pipe(
            z
              .number()
              .min(field.min ?? Number.MIN_SAFE_INTEGER, kind('numberTooSmall'))
              .max(field.max ?? Number.MAX_SAFE_INTEGER, kind('numberTooLarge')),
          )
          .transform(String),
      );
    case 'date':
      return dateSchema(field, context);
    case 'radios':
    case 'select':
      return choice(optional, optionsFor(field, answers).map((option) => option.value));
    case 'yesNo':
      return choice(optional, ['yes', 'no']);
    case 'country':
      return textAnswer(optional, z.string().refine(isCountryCode, kind('invalidOption')));
    case 'checkboxes': {
      const values = optionsFor(field, answers).map((option) => option.value);
      const list = z
        .preprocess((value) => (Array.isArray(value) ? value : typeof value === 'string' && value ? [value] : []), z.array(z.string()))
        .refine((chosen) => chosen.every((value) => values.includes(value)), kind('invalidOption'));
      return optional ? list : list.refine((chosen) => chosen.length > 0, kind('required'));
    }
  }
}

function fieldSchema(field: AnswerField, answers: Answers, context: EvaluationContext): z.ZodType {
  switch (field.type) {
    case 'address': {
      const { fixedCountry } = field;
      return z.preprocess(
        (value) => ({ ...(value && typeof value === 'object' ? value : {}), ...(fixedCountry ? { country: fixedCountry } : {}) }),
        z.object({
          street: textAnswer(field.optional, z.string().max(ADDRESS_MAX_LENGTH.street, kind('tooLong'))),
          postcode: textAnswer(!!field.optional || !fixedCountry, z.string().max(ADDRESS_MAX_LENGTH.postcode, kind('tooLong'))),
          city: textAnswer(field.optional, z.string().max(ADDRESS_MAX_LENGTH.city, kind('tooLong'))),
          country: textAnswer(field.optional, z.string().refine(isCountryCode, kind('invalidOption'))),
        }),
      );
    }
    case 'document':
      // Document ids are set by the upload, never by a posted form; required slots are
      // checked before submission (missingDocuments).
      return z.preprocess((value) => (Array.isArray(value) ? value : []), z.array(z.string().refine(isStorableText, kind('invalidCharacters'))));
    case 'group': {
      const item = withValidIf(z.object(Object.fromEntries(field.fields.map((inner) => [inner.id, itemFieldSchema(inner, answers, context)]))), field.fields, context);
      return z
        .preprocess((value) => (Array.isArray(value) ? value : []), z.array(item))
        .refine((items) => items.length >= (field.minItems ?? (field.optional ? 0 : 1)), kind('tooFewItems'))
        .refine((items) => items.length <= field.maxItems, kind('tooManyItems'));
    }
    default:
      return itemFieldSchema(field, answers, context);
  }
}

/** The error kinds a field's schema can give: what the browser needs words for. */
export function errorKindsOf(field: AnswerField): ErrorKind[] {
  return field.validIf ? [...typeErrorKinds(field), 'validIf'] : typeErrorKinds(field);
}

function typeErrorKinds(field: AnswerField): ErrorKind[] {
  switch (field.type) {
    case 'text':
    case 'textarea':
      return ['required', 'tooLong', 'invalidCharacters'];
    case 'email':
      return ['required', 'tooLong', 'invalidEmail', 'invalidCharacters'];
    case 'phone':
      return ['required', 'invalidPhone', 'invalidCharacters'];
    case 'personnummer':
      return ['required', 'invalidPersonnummer', 'invalidCharacters'];
    case 'number':
      return ['required', 'invalidNumber', 'numberTooSmall', 'numberTooLarge', 'invalidCharacters'];
    case 'date':
      return ['required', 'invalidDate', 'dateNotPast', 'dateNotFuture'];
    case 'address':
      return ['required', 'tooLong', 'invalidOption', 'invalidCharacters'];
    case 'group':
      return ['tooFewItems', 'tooManyItems'];
    case 'document':
      return ['invalidCharacters'];
    case 'checkboxes':
      return ['required', 'invalidOption'];
    default:
      return ['required', 'invalidOption', 'invalidCharacters'];
  }
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
  return choice && ['radios', 'yesNo', 'checkboxes'].includes(choice.type) ? { choice: choice.id, value: condition.equals } : undefined;
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
    schema = withValidIf(z.object(Object.fromEntries(fields.map((field) => [field.id, fieldSchema(field, answers, context)]))), fields, context);
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

const ERROR_KINDS = new Set<string>([
  'required', 'tooLong', 'invalidEmail', 'invalidPhone', 'invalidPersonnummer', 'invalidNumber', 'numberTooSmall',
  'numberTooLarge', 'invalidDate', 'dateNotPast', 'dateNotFuture', 'invalidOption', 'tooFewItems', 'tooManyItems',
  'invalidCharacters', 'validIf',
] satisfies ErrorKind[]);

/** zod's own messages (a wrong type from a tampered post) count as "invalidOption". */
export function toErrorKind(message: string): ErrorKind {
  return ERROR_KINDS.has(message) ? (message as ErrorKind) : 'invalidOption';
}

/** Required document slots, shown for these answers, that hold no document yet (R-DOC-02). */
export function missingDocuments(definition: FormDefinition, answers: Answers, context: EvaluationContext): DocumentField[] {
  return definition.pages
    .filter((page) => !page.showIf || evaluate(page.showIf, answers, context))
    .flatMap((page) => visibleFields(page, answers, context))
    .filter((field): field is DocumentField => field.type === 'document' && !field.optional)
    .filter((field) => !Array.isArray(answers[field.id]) || (answers[field.id] as string[]).length === 0);
}
