// The shape of a form definition. Definitions are data (forms/…): the engine turns one into
// pages, validation, navigation, stop pages, a summary and a diagram. Every visible text is
// a translation key (a dotted path into messages/*.json).
import type { FieldRole } from './roles';

/** A translation key, e.g. "familyReunion.applicant.email.label". */
export type TextKey = string;

export type Condition =
  /** The answer to `field` equals `value` (for checkboxes: includes it). */
  | { field: string; equals: string }
  /** The answer to `field` is one of `values`. */
  | { field: string; oneOf: readonly string[] }
  /** `field` has been answered (not empty). */
  | { field: string; answered: true }
  /** The date in `field` is at least `years` years before today. */
  | { field: string; ageAtLeast: number }
  | { not: Condition }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] };

export interface Option {
  value: string;
  label: TextKey;
  hint?: TextKey;
}

interface FieldBase {
  /** Unique in the form; also the answer's key and the input's name. */
  id: string;
  label: TextKey;
  hint?: TextKey;
  /** What error messages call the field ("Date of birth" for "What is your date of birth?"). Default: the label. */
  name?: TextKey;
  /** Answers may be left empty. Default: required. */
  optional?: boolean;
  /** Shown only when true; a hidden field's answer is dropped. */
  showIf?: Condition;
  /** Field-specific error messages instead of the generic ones, by error kind. */
  errors?: Partial<Record<ErrorKind, TextKey>>;
  /**
   * A rule the answer must meet beyond its type, with its own error (kind "validIf"). The
   * condition reads the answers beside it: the page's, or its group item's for a group's field.
   */
  validIf?: { condition: Condition; error: TextKey };
  /** What the service reads this answer as (roles.ts); the service never reads a field by its id. */
  role?: FieldRole;
}

export interface TextField extends FieldBase {
  type: 'text' | 'textarea';
  maxLength?: number;
  /** Browser autofill hint (autocomplete attribute). */
  autocomplete?: string;
}

export interface SimpleField extends FieldBase {
  type: 'email' | 'phone' | 'personnummer';
}

export interface NumberField extends FieldBase {
  type: 'number';
  min?: number;
  max?: number;
}

export interface DateField extends FieldBase {
  type: 'date';
  /** The date must be in the past (e.g. date of birth). */
  past?: boolean;
  /** The date must be today or later (e.g. passport expiry). */
  future?: boolean;
}

export interface ChoiceField extends FieldBase {
  type: 'radios' | 'checkboxes' | 'select';
  options: readonly Option[];
  /**
   * Only some options apply, depending on an earlier answer: `values[answer]` lists them
   * (e.g. the embassies serving the country the applicant lives in). No entry: none apply.
   */
  optionsBy?: { field: string; values: Readonly<Record<string, readonly string[]>> };
}

export interface YesNoField extends FieldBase {
  type: 'yesNo';
}

export interface CountryField extends FieldBase {
  type: 'country';
}

export interface AddressField extends FieldBase {
  type: 'address';
  /** The country when it is given (e.g. 'SE' for an address in Sweden); then it is not asked. */
  fixedCountry?: string;
}

/**
 * A slot for uploaded documents of one kind. Which slots are required follows from the answers
 * (R-DOC-02); a required slot must hold a document before submission, not before the
 * applicant may go on (documents can be added later from the summary).
 */
export interface DocumentField extends FieldBase {
  type: 'document';
  documentType: string;
  /** Guidance shown with the slot (R-DOC-03). */
  guidance?: readonly TextKey[];
  maxFiles?: number;
}

/** A repeatable group, e.g. family members applying together (R-APP-03). */
export interface GroupField extends FieldBase {
  type: 'group';
  /** What one item is called, e.g. "family member". */
  itemLabel: TextKey;
  fields: readonly ItemField[];
  minItems?: number;
  maxItems: number;
}

/** Text shown between questions; holds no answer. */
export interface ContentBlock {
  id: string;
  type: 'content';
  paragraphs: readonly TextKey[];
  showIf?: Condition;
}

export type ItemField = TextField | SimpleField | NumberField | DateField | ChoiceField | YesNoField | CountryField;
export type AnswerField = ItemField | AddressField | DocumentField | GroupField;
export type Field = AnswerField | ContentBlock;
export type FieldType = Field['type'];

export interface Page {
  id: string;
  section: string;
  /** The page heading; a page with one question may use the question as its heading instead. */
  title?: TextKey;
  fields: readonly Field[];
  showIf?: Condition;
}

/** Where an answer ends the web application: why, and what to do instead (R-ELIG-09). */
export interface StopPage {
  id: string;
  title: TextKey;
  paragraphs: readonly TextKey[];
  /** Shown when true, checked after the page `after` is confirmed. */
  when: Condition;
  after: string;
}

export interface Section {
  id: string;
  title: TextKey;
}

/** Fee rules: the first rule whose condition holds sets the amount (R-FEE-01). */
export interface FeeRules {
  currency: string;
  rules: readonly { id: string; when: Condition; amount: number; reason: TextKey }[];
  /** The amount when no rule matches, in the currency's minor unit (öre). */
  defaultAmount: number;
  defaultReason: TextKey;
  /** The amount is per person: the applicant plus each item of this group (family members). */
  perPersonGroup?: string;
}

/**
 * What sending a finished draft does (R-APP-08, R-SPQ-04), read by the submission and never by
 * pages:
 * - `register-cases`: after its fee (`fees`), the answers become an application with a case of
 *   `category` (one per person applying: the `familyMembers` group's items too); when the form
 *   names a sponsor, the sponsor is asked to answer the form `questionnaire` about it.
 * - `answer-case`: a draft about an existing application (its subject) attaches its answers to
 *   that application's case, with no fee.
 */
export type Submission = { kind: 'register-cases'; category: string; questionnaire?: string } | { kind: 'answer-case' };

/** A step that moves a draft from one form version to the next (R-ENG-05). */
export type MigrationStep =
  | { rename: { from: string; to: string } }
  | { drop: string }
  | { mapValue: { field: string; from: string; to: string } };

export interface FormMigration {
  from: number;
  to: number;
  steps: readonly MigrationStep[];
}

export interface FormDefinition {
  id: string;
  version: number;
  title: TextKey;
  sections: readonly Section[];
  pages: readonly Page[];
  stops: readonly StopPage[];
  fees?: FeeRules;
  submission: Submission;
  migrations?: readonly FormMigration[];
}

export type ErrorKind =
  | 'required'
  | 'tooLong'
  | 'invalidEmail'
  | 'invalidPhone'
  | 'invalidPersonnummer'
  | 'invalidNumber'
  | 'numberTooSmall'
  | 'numberTooLarge'
  | 'invalidDate'
  | 'dateNotPast'
  | 'dateNotFuture'
  | 'invalidOption'
  | 'tooFewItems'
  | 'tooManyItems'
  /** A character that cannot be stored (NUL, a lone surrogate). */
  | 'invalidCharacters'
  /** The field's own `validIf` does not hold. */
  | 'validIf';

export interface DateValue {
  day: string;
  month: string;
  year: string;
}

export interface AddressValue {
  street: string;
  postcode?: string;
  city: string;
  country: string;
}

export type ItemAnswers = Record<string, string | string[] | DateValue>;
export type AnswerValue = string | string[] | DateValue | AddressValue | ItemAnswers[];
export type Answers = Record<string, AnswerValue>;
