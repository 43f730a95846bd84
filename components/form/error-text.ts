// The words for a form engine error, in the page's language: the field's own message when the
// definition gives one, else a generic message that names the question.
import type { AnswerField, ErrorKind, FieldError, ItemField } from '@/lib/form-engine';
import { DEFAULT_MAX_LENGTH } from '@/lib/form-engine';

/** Any next-intl translator over the whole message tree. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

const CHOICE_TYPES = new Set(['radios', 'checkboxes', 'select', 'yesNo', 'country']);

/** The field an error is about: a group error on one item's field names that field. */
function fieldAt(field: AnswerField, error: FieldError): AnswerField | ItemField {
  if (field.type !== 'group') return field;
  const itemFieldId = error.path.split('.')[2];
  return field.fields.find((inner) => inner.id === itemFieldId) ?? field;
}

export function errorText(t: Translate, field: AnswerField, error: FieldError): string {
  const target = fieldAt(field, error);
  const own = target.errors?.[error.kind];
  if (own) return t(own);
  const kind: ErrorKind | 'requiredChoice' =
    error.kind === 'required' && CHOICE_TYPES.has(target.type) ? 'requiredChoice' : error.kind;
  const max =
    'maxLength' in target
      ? (target.maxLength ?? DEFAULT_MAX_LENGTH[target.type])
      : target.type === 'number'
        ? (target.max ?? '')
        : field.type === 'group'
          ? field.maxItems
          : '';
  const min = target.type === 'number' ? (target.min ?? '') : field.type === 'group' ? (field.minItems ?? 1) : '';
  return t(`Form.errors.${kind}`, { label: t(target.label), max, min });
}
