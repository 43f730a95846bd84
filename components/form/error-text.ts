// The words for a form engine error, in the page's language: the field's own message when the
// definition gives one, else a short generic message that names the field ("Date of birth must
// be a real date"), by its short name or else its label.
import type { AnswerField, ErrorKind, FieldError, ItemField } from '@/lib/form-engine';
import { ADDRESS_MAX_LENGTH, DEFAULT_MAX_LENGTH, errorKindsOf } from '@/lib/form-engine';

/** Any next-intl translator over the whole message tree. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

const CHOICE_TYPES = new Set(['radios', 'checkboxes', 'select', 'yesNo', 'country']);
const ADDRESS_PARTS = Object.keys(ADDRESS_MAX_LENGTH) as (keyof typeof ADDRESS_MAX_LENGTH)[];

/** The field an error is about: a group error on one item's field names that field. */
function fieldAt(field: AnswerField, error: FieldError): AnswerField | ItemField {
  if (field.type !== 'group') return field;
  const itemFieldId = error.path.split('.')[2];
  return field.fields.find((inner) => inner.id === itemFieldId) ?? field;
}

export function errorText(t: Translate, field: AnswerField, error: FieldError): string {
  const target = fieldAt(field, error);
  if (error.kind === 'validIf' && target.validIf) return t(target.validIf.error);
  const own = target.errors?.[error.kind];
  if (own) return t(own);
  const addressPart = ADDRESS_PARTS.find((part) => target.type === 'address' && error.path === `${target.id}.${part}`);
  if (addressPart && error.kind === 'required') return t(`Form.address.errors.${addressPart}`);
  const kind: ErrorKind | 'requiredChoice' =
    error.kind === 'required' && CHOICE_TYPES.has(target.type) ? 'requiredChoice' : error.kind;
  const max =
    'maxLength' in target
      ? (target.maxLength ?? DEFAULT_MAX_LENGTH[target.type])
      : addressPart
        ? ADDRESS_MAX_LENGTH[addressPart]
        : target.type === 'number'
          ? (target.max ?? '')
          : field.type === 'group'
            ? field.maxItems
            : '';
  const min = target.type === 'number' ? (target.min ?? '') : field.type === 'group' ? (field.minItems ?? 1) : '';
  const name = addressPart ? t(`Form.address.${addressPart}`) : t(target.name ?? target.label);
  return t(`Form.errors.${kind}`, { name, max, min });
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

/** Every error text a page's fields can need, so that the browser shows the server's very words. */
export function errorTextsOf(t: Translate, fields: readonly AnswerField[]): ErrorTexts {
  const texts: ErrorTexts = {};
  const add = (key: string, field: AnswerField, path: string, kinds: ErrorKind[]) => {
    texts[key] = Object.fromEntries(kinds.map((kind) => [kind, errorText(t, field, { fieldId: field.id, path, kind })]));
  };
  for (const field of fields) {
    add(field.id, field, field.id, errorKindsOf(field));
    // Each part of an address has its own length limit, hence its own words.
    if (field.type === 'address') for (const part of ADDRESS_PARTS) add(`${field.id}.${part}`, field, `${field.id}.${part}`, errorKindsOf(field));
    if (field.type !== 'group') continue;
    for (const inner of field.fields) add(`${field.id}.${inner.id}`, field, `${field.id}.0.${inner.id}`, errorKindsOf(inner));
  }
  return texts;
}
