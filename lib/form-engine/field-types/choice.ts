// A choice among the options the form lists: one (radios, select) or several (checkboxes).
import { z } from 'zod';
import { fieldBase, id, textKey } from '../definition-parts';
import type { LintIssue } from '../lint';
import type { Answers, FieldBase, Option, TextKey } from '../types';
import type { AnswerWords, FieldTypeDeclaration, ValueScope } from './declaration';
import { kind, oneOf } from './kit';

interface ChoiceBase extends FieldBase {
  options: readonly Option[];
  /**
   * Only some options apply, depending on an earlier answer: `values[answer]` lists them
   * (e.g. the embassies serving the country the applicant lives in). No entry: none apply.
   */
  optionsBy?: { field: string; values: Readonly<Record<string, readonly string[]>> };
}

export interface RadiosField extends ChoiceBase {
  type: 'radios';
}

export interface CheckboxesField extends ChoiceBase {
  type: 'checkboxes';
}

export interface SelectField extends ChoiceBase {
  type: 'select';
}

export type ChoiceField = RadiosField | CheckboxesField | SelectField;

/** The options that apply for these answers (all of them, in order, unless the field declares `optionsBy`). */
export function optionsFor(field: ChoiceField, answers: Answers): readonly Option[] {
  if (!field.optionsBy) return field.options;
  const answer = answers[field.optionsBy.field];
  const allowed = typeof answer === 'string' ? (field.optionsBy.values[answer] ?? []) : [];
  // In the order the map gives (e.g. nearest embassy first), not the order of all options.
  return allowed.flatMap((value) => field.options.filter((option) => option.value === value));
}

const option = z.strictObject({ value: z.string().min(1), label: textKey, hint: textKey.optional() });

const choiceProperties = {
  ...fieldBase,
  options: z.array(option).min(1),
  optionsBy: z.strictObject({ field: id, values: z.record(z.string(), z.array(z.string())) }).optional(),
};

/** Each chosen value by its option's words; a value no longer listed as itself. */
function chosenLabels(field: ChoiceField, value: unknown, words: AnswerWords, answers: Answers): string[] {
  const options = optionsFor(field, answers);
  const values = Array.isArray(value) ? (value as string[]) : [String(value)];
  return values.map((chosen) => {
    const found = options.find((candidate) => candidate.value === chosen);
    return found ? words.t(found.label) : chosen;
  });
}

function repeatedValues(field: ChoiceField): LintIssue[] {
  const values = field.options.map((candidate) => candidate.value);
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))].map((value) => ({
    code: 'duplicate-id',
    message: `field "${field.id}" lists the option "${value}" twice`,
  }));
}

const choiceKit = {
  summary: chosenLabels,
  errorWords: () => ({ keys: { required: 'Form.errors.requiredChoice' } }),
  textKeys: (field: ChoiceField) => field.options.flatMap((candidate) => [candidate.label, candidate.hint]).filter((key): key is TextKey => Boolean(key)),
  choices: (field: ChoiceField) => field.options.map((candidate) => candidate.value),
  lint: repeatedValues,
};

/** Radios and a select take one of the options that apply, as a text answer. */
const oneChoiceKit = {
  ...choiceKit,
  value: (field: RadiosField | SelectField, { answers }: ValueScope) => oneOf(field.optional, optionsFor(field, answers).map((candidate) => candidate.value)),
  errorKinds: ['required', 'invalidOption', 'invalidCharacters'],
  posted: 'value',
} as const;

export const radiosType: FieldTypeDeclaration<RadiosField> = {
  ...oneChoiceKit,
  definition: z.strictObject({ ...choiceProperties, type: z.literal('radios') }),
  reveals: true,
};

export const selectType: FieldTypeDeclaration<SelectField> = {
  ...oneChoiceKit,
  definition: z.strictObject({ ...choiceProperties, type: z.literal('select') }),
};

export const checkboxesType: FieldTypeDeclaration<CheckboxesField> = {
  ...choiceKit,
  definition: z.strictObject({ ...choiceProperties, type: z.literal('checkboxes') }),
  value: (field, { answers }) => {
    const values = optionsFor(field, answers).map((candidate) => candidate.value);
    const list = z
      .preprocess((value) => (Array.isArray(value) ? value : typeof value === 'string' && value ? [value] : []), z.array(z.string()))
      .refine((chosen) => chosen.every((value) => values.includes(value)), kind('invalidOption'));
    return field.optional ? list : list.refine((chosen) => chosen.length > 0, kind('required'));
  },
  errorKinds: ['required', 'invalidOption'],
  posted: 'list',
  reveals: true,
};
