// The shape of a form definition. Definitions are data (forms/…): the engine turns one into
// pages, validation, navigation, stop pages, a summary and a diagram. Every visible text is
// a translation key (a dotted path into messages/*.json).
import type { ErrorKind } from './error-kinds';
import type { FieldRole } from './roles';
export type { ErrorKind } from './error-kinds';

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

export interface FieldBase {
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

// Each field type declares its own properties with the rest of the type, in field-types/.
import type { AddressField } from './field-types/address';
import type { AreaField } from './field-types/area';
import type { CheckboxesField, ChoiceField, RadiosField, SelectField } from './field-types/choice';
import type { CountryField } from './field-types/country';
import type { DateField } from './field-types/date';
import type { DocumentField } from './field-types/document';
import type { EmailField } from './field-types/email';
import type { GroupField } from './field-types/group';
import type { MoneyField } from './field-types/money';
import type { NumberField } from './field-types/number';
import type { PersonnummerField } from './field-types/personnummer';
import type { PhoneField } from './field-types/phone';
import type { TextareaField, TextField } from './field-types/text';
import type { YesNoField } from './field-types/yes-no';

export type {
  AddressField,
  AreaField,
  CheckboxesField,
  ChoiceField,
  CountryField,
  DateField,
  DocumentField,
  EmailField,
  GroupField,
  MoneyField,
  NumberField,
  PersonnummerField,
  PhoneField,
  RadiosField,
  SelectField,
  TextareaField,
  TextField,
  YesNoField,
};

/** Text shown between questions; holds no answer. */
export interface ContentBlock {
  id: string;
  type: 'content';
  paragraphs: readonly TextKey[];
  showIf?: Condition;
}

/** The fields a repeatable group's item may hold. */
export type ItemField =
  | TextField
  | TextareaField
  | EmailField
  | PhoneField
  | PersonnummerField
  | NumberField
  | MoneyField
  | AreaField
  | DateField
  | ChoiceField
  | YesNoField
  | CountryField;
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
