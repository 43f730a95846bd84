// How an answer reads on the check-your-answers page, in the page's language.
import { optionsFor, toCalendarDate, type AnswerField, type Answers, type DateValue, type ItemField } from '@/lib/form-engine';
import { formatDate } from '@/lib/i18n/format';
import type { Translate } from './error-text';


export function formatAnswer(field: AnswerField | ItemField, value: unknown, answers: Answers, t: Translate, locale: string): string[] {
  if (value === undefined || value === null || value === '') return [];
  switch (field.type) {
    case 'yesNo':
      return [t(value === 'yes' ? 'Form.yes' : 'Form.no')];
    case 'radios':
    case 'select':
    case 'checkboxes': {
      const options = optionsFor(field, answers);
      const values = Array.isArray(value) ? (value as string[]) : [String(value)];
      return values.map((chosen) => {
        const option = options.find((candidate) => candidate.value === chosen);
        return option ? t(option.label) : chosen;
      });
    }
    case 'country':
      return [new Intl.DisplayNames([locale], { type: 'region' }).of(String(value)) ?? String(value)];
    case 'date': {
      const date = toCalendarDate(value as DateValue);
      return date ? [formatDate(locale, date, 'UTC')] : [];
    }
    case 'personnummer': {
      const digits = String(value);
      return [`${digits.slice(0, 8)}-${digits.slice(8)}`];
    }
    case 'address': {
      const address = value as Record<string, string | undefined>;
      const country = address.country ? new Intl.DisplayNames([locale], { type: 'region' }).of(address.country) : undefined;
      return [address.street, [address.postcode, address.city].filter(Boolean).join(' '), country].filter((line): line is string => Boolean(line));
    }
    case 'document':
      return Array.isArray(value) ? [String(value.length)] : [];
    case 'group':
      return (value as Record<string, unknown>[]).map((item) =>
        field.fields.flatMap((inner) => formatAnswer(inner, item[inner.id], answers, t, locale)).join(', '),
      );
    default:
      return [String(value)];
  }
}
