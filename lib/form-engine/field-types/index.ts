// The registry of field types: each type's declaration (declaration.ts) by the `type` a form
// definition gives its fields. Validation, posted forms, the meta-schema, the static checks
// and the summary read a field's type here; nothing else switches on it.
import { isEmpty } from '../conditions';
import type { AnswerField, AnswerValue, Answers, ItemField } from '../types';
import { addressType } from './address';
import { areaType } from './area';
import { checkboxesType, radiosType, selectType } from './choice';
import { countryType } from './country';
import { dateType } from './date';
import type { AnswerWords, FieldTypeDeclaration } from './declaration';
import { documentType } from './document';
import { emailType } from './email';
import { groupType } from './group';
import { moneyType } from './money';
import { numberType } from './number';
import { personnummerType } from './personnummer';
import { phoneType } from './phone';
import { textareaType, textType } from './text';
import { yesNoType } from './yes-no';

type DeclarationsOf<F extends AnswerField> = { [T in F['type']]: FieldTypeDeclaration<Extract<F, { type: T }>> };

/** The types a repeatable group's item may hold. */
const itemFieldTypes = {
  text: textType,
  textarea: textareaType,
  email: emailType,
  phone: phoneType,
  personnummer: personnummerType,
  number: numberType,
  money: moneyType,
  area: areaType,
  date: dateType,
  radios: radiosType,
  checkboxes: checkboxesType,
  select: selectType,
  yesNo: yesNoType,
  country: countryType,
} satisfies DeclarationsOf<ItemField>;

export const fieldTypes = {
  ...itemFieldTypes,
  address: addressType,
  document: documentType,
  group: groupType(itemFieldTypes),
} satisfies DeclarationsOf<AnswerField>;

/** The declaration of `field`'s type. */
export function typeOf<F extends AnswerField>(field: F): FieldTypeDeclaration<F> {
  return fieldTypes[field.type] as unknown as FieldTypeDeclaration<F>;
}

/** An answer as lines on check-your-answers; none for an answer left empty. */
export function summaryOf(field: AnswerField, value: AnswerValue | undefined, words: AnswerWords, answers: Answers): string[] {
  return isEmpty(value) ? [] : typeOf(field).summary(field, value!, words, answers);
}

export type { AnswerWords, ErrorWords, FieldTypeDeclaration, ValueScope } from './declaration';
export { ADDRESS_MAX_LENGTH } from './address';
export { optionsFor } from './choice';
export { DEFAULT_MAX_LENGTH } from './text';
export { isStorableText } from './kit';
