// The words for a form engine error, in the page's language: the field's own message when the
// definition gives one, else a short generic message that names the field ("Date of birth must
// be a real date"), by its short name or else its label.
import { routing } from '@/lib/i18n/routing';
import { errorKindsOf, typeOf, type AnswerField, type ErrorKind, type FieldError, type ItemField } from '@/lib/form-engine';
import { answerWords } from './format';

/** Any next-intl translator over the whole message tree. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The field an error is about, and the part of it ("street" of an address): an error on one
 * item of a repeatable group is about that item's field.
 */
function placeOf(field: AnswerField, path: string): { target: AnswerField; part: string | undefined } {
  const [, index, itemFieldId, ...rest] = path.split('.');
  if (field.type === 'group') {
    const inner = field.fields.find((candidate) => candidate.id === itemFieldId);
    return inner ? { target: inner, part: rest[0] } : { target: field, part: undefined };
  }
  return { target: field, part: index };
}

/**
 * `locale` writes the numbers a message names (an amount's least and most) as the page does;
 * the service's default language when left out.
 */
export function errorText(t: Translate, field: AnswerField, error: FieldError, locale: string = routing.defaultLocale): string {
  const { target, part } = placeOf(field, error.path);
  if (error.kind === 'validIf' && target.validIf) return t(target.validIf.error);
  const own = target.errors?.[error.kind];
  if (own) return t(own);
  const declared = typeOf(target);
  // Only parts with words of their own: a date's day shares the date's.
  const ownPart = part && declared.parts?.includes(part) ? part : undefined;
  const words = declared.errorWords?.(target, ownPart, answerWords(t, locale)) ?? {};
  const name = t(words.name ?? target.name ?? target.label);
  return t(words.keys?.[error.kind] ?? `Form.errors.${error.kind}`, { min: '', max: '', ...words.values, name });
}

/** Error words by field ("email") or group item field ("familyMembers.givenName"), then by kind. */
export type ErrorTexts = Record<string, Partial<Record<ErrorKind, string>>>;

/**
 * The words for an error at `path`: those of an address part ("sponsorAddress.city"), else of
 * the field ("birthDate" for "birthDate.month"), or of a group's item field
 * ("familyMembers.givenName" for "familyMembers.0.givenName").
 */
export function errorTextFor(texts: ErrorTexts, path: string, kind: ErrorKind): string | undefined {
  const [fieldId = '', index, itemFieldId] = path.split('.');
  const key = index !== undefined && /^\d+$/.test(index) && itemFieldId ? `${fieldId}.${itemFieldId}` : fieldId;
  return texts[path]?.[kind] ?? texts[key]?.[kind];
}

/**
 * Every error text a page's fields can need, so that the browser shows the server's very words.
 * `locale` as errorText's.
 */
export function errorTextsOf(t: Translate, fields: readonly AnswerField[], locale: string = routing.defaultLocale): ErrorTexts {
  const texts: ErrorTexts = {};
  const add = (key: string, field: AnswerField, path: string, kinds: ErrorKind[]) => {
    texts[key] = Object.fromEntries(kinds.map((kind) => [kind, errorText(t, field, { fieldId: field.id, path, kind }, locale)]));
  };
  const addField = (field: AnswerField | ItemField, key: string, path: string, owner: AnswerField = field) => {
    add(key, owner, path, errorKindsOf(field));
    // A part with words of its own (an address's street has its own length limit).
    for (const part of typeOf(field).parts ?? []) add(`${key}.${part}`, owner, `${path}.${part}`, errorKindsOf(field));
  };
  for (const field of fields) {
    addField(field, field.id, field.id);
    if (field.type === 'group') for (const inner of field.fields) addField(inner, `${field.id}.${inner.id}`, `${field.id}.0.${inner.id}`, field);
  }
  return texts;
}
