// What a field type is: one declaration holds everything the engine and the pages do with
// answers of that type, so that adding a type is one module here and one renderer.
import type { z } from 'zod';
import type { EvaluationContext } from '../conditions';
import type { ErrorKind } from '../error-kinds';
import type { LintIssue } from '../lint';
import type { AnswerField, AnswerValue, Answers, TextKey } from '../types';

/** The page's language, for writing an answer or the numbers an error message names. */
export interface AnswerWords {
  locale: string;
  t: (key: TextKey, values?: Record<string, string | number>) => string;
  /** A calendar day: "2 december 2026". */
  date(day: Date): string;
  /** Whole kronor: "25 000 kr", "SEK 25,000". */
  kronor(amount: number): string;
  /** A whole number: "1 200", "1,200". */
  number(value: number): string;
  /** A country by its ISO 3166 code: "Jordanien". */
  country(code: string): string;
}

/** What an error message of the field says beside its kind. */
export interface ErrorWords {
  /** What the message calls the answer instead of the field's name: an address part ("Postcode"). */
  name?: TextKey;
  /** The type's own words for some kinds instead of Form.errors.<kind> (an empty choice: "select an answer"). */
  keys?: Partial<Record<ErrorKind, TextKey>>;
  /** The message's placeholders as the page's language writes them: {min}, {max}. */
  values?: Record<string, string | number>;
}

/** What the schema of an answer reads besides the field. */
export interface ValueScope {
  /** The answers beside the field: the options of a choice may follow one of them (optionsBy). */
  answers: Answers;
  context: EvaluationContext;
}

export interface FieldTypeDeclaration<F extends AnswerField> {
  /** The field in a form definition, as the meta-schema checks it: a strict object with its `type`. */
  definition: z.ZodType<F>;
  /**
   * The schema of its answer, the same in the browser and on the server (R-ENG-02): from what a
   * post or react-hook-form gives (strings, parts, lists) to the answer stored. Its issues'
   * messages are error kinds.
   */
  value(field: F, scope: ValueScope): z.ZodType;
  /** Every error kind `value` can give: the page hands the browser words for each. */
  errorKinds: readonly ErrorKind[];
  /**
   * How a plain form post carries its answer: one value (or named parts, "birthDate.day"), a list
   * (a name repeated, as checkboxes post), or items of a repeatable group ("members.0.name").
   */
  posted: 'value' | 'list' | 'items';
  /** The answer, never empty, as lines on check-your-answers. */
  summary(field: F, value: AnswerValue, words: AnswerWords, answers: Answers): string[];
  /** What its error messages say beside their kind, for the field or one of its `parts`. */
  errorWords?(field: F, part: string | undefined, words: AnswerWords): ErrorWords;
  /** Controls of its own whose errors have words of their own (an address's street, city, …). */
  parts?: readonly string[];
  /** Translation keys the field declares beyond its label, hint, name and error words (options, guidance). */
  textKeys?(field: F): TextKey[];
  /** The answers it can be, when it is a choice among listed values: static checks try each. */
  choices?(field: F): readonly string[];
  /** A question on its page may be revealed under one of its options (GOV.UK conditional reveal). */
  reveals?: boolean;
  /** Mistakes in its declaration that the meta-schema cannot see alone, e.g. a minimum above the maximum. */
  lint?(field: F): LintIssue[];
}
