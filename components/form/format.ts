// How an answer reads on the check-your-answers page, in the page's language: each field type
// declares its lines (lib/form-engine/field-types), written with the service's one format of
// dates, money and numbers.
import { summaryOf, type AnswerField, type Answers, type AnswerWords, type ItemField } from '@/lib/form-engine';
import { formatDate, formatMoney, formatNumber } from '@/lib/i18n/format';
import type { Translate } from './error-text';

/** The words and formats of the page's language, as the field types write answers with them. */
export function answerWords(t: Translate, locale: string): AnswerWords {
  return {
    locale,
    t,
    // Answers are calendar days, stored without a time.
    date: (day) => formatDate(locale, day, 'UTC'),
    kronor: (amount) => formatMoney(locale, amount * 100, 'SEK'),
    number: (value) => formatNumber(locale, value),
    country: (code) => new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code,
  };
}

export function formatAnswer(field: AnswerField | ItemField, value: unknown, answers: Answers, t: Translate, locale: string): string[] {
  return summaryOf(field, value as Answers[string] | undefined, answerWords(t, locale), answers);
}
