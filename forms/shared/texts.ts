// How a form names its texts: every key of a question lives under `<namespace>.fields.<id>`,
// its options under `<namespace>.options.<id>`. One set of helpers for every form, so that a
// definition reads as its questions.
import type { Condition, Field } from '../../lib/form-engine';

export function textsOf(namespace: string) {
  const label = (id: string) => ({ id, label: `${namespace}.fields.${id}.label` });
  const hint = (id: string) => `${namespace}.fields.${id}.hint`;
  /** A question: its label, the short name its error messages use, and its own words when it is left empty. */
  const field = (id: string) => ({
    ...label(id),
    name: `${namespace}.fields.${id}.name`,
    errors: { required: `${namespace}.fields.${id}.errors.required` },
  });
  const withHint = (id: string) => ({ ...field(id), hint: hint(id) });
  const options = (fieldId: string, values: string[]) => values.map((value) => ({ value, label: `${namespace}.options.${fieldId}.${value}` }));
  const yesNo = (id: string, withItsHint = false): Field => ({ ...(withItsHint ? withHint(id) : field(id)), type: 'yesNo' });
  return { label, hint, field, withHint, options, yesNo };
}

export const yes = (field: string): Condition => ({ field, equals: 'yes' });
export const no = (field: string): Condition => ({ field, equals: 'no' });
