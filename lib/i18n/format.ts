// The one way dates, times and money are written, per language, on every page and in every
// e-mail: Swedish "2 december 2026" and "2 000 kr", English (GOV.UK style) "2 December 2026"
// and "SEK 2,000", Arabic "2 ديسمبر 2026" and "2,000 كرونة سويدية": Arabic month names with
// Western digits, as the Swedish authorities' Arabic pages write them.
import { routing, type Locale } from './routing';

const intlLocales: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB', ar: 'ar-u-nu-latn' };

/** Where the service's moments are told: Sweden. Calendar days (stored as UTC midnight) pass 'UTC'. */
export const SWEDISH_TIME = 'Europe/Stockholm';

const known = (locale: string): Locale => ((routing.locales as readonly string[]).includes(locale) ? (locale as Locale) : routing.defaultLocale);

// Formatters are costly to make and safe to share: one per locale and options.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(kind: string, locale: string, make: (intlLocale: string) => T): T {
  const key = `${kind}|${locale}`;
  let found = formatters.get(key) as T | undefined;
  if (!found) {
    found = make(intlLocales[known(locale)]);
    formatters.set(key, found);
  }
  return found;
}

const dayOptions = { day: 'numeric', month: 'long', year: 'numeric' } as const;
const timeOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;

/** A day: "2 December 2026". `timeZone` 'UTC' for calendar days stored as UTC midnight. */
export function formatDate(locale: string, date: Date, timeZone: string = SWEDISH_TIME): string {
  return formatter(`date|${timeZone}`, locale, (intl) => new Intl.DateTimeFormat(intl, { ...dayOptions, timeZone })).format(date);
}

/** A time of day in Sweden: "14:05". */
export function formatTime(locale: string, date: Date): string {
  return formatter('time', locale, (intl) => new Intl.DateTimeFormat(intl, { ...timeOptions, timeZone: SWEDISH_TIME })).format(date);
}

/** A moment in Sweden: the day and the time, "2 December 2026, 14:05" (Arabic with its own comma). */
export function formatDateTime(locale: string, date: Date): string {
  return `${formatDate(locale, date)}${known(locale) === 'ar' ? '،' : ','} ${formatTime(locale, date)}`;
}

/** A number as the language groups its digits: "1 200", "1,200". */
export function formatNumber(locale: string, value: number): string {
  return formatter('number', locale, (intl) => new Intl.NumberFormat(intl, { maximumFractionDigits: 0 })).format(value);
}

/** An amount given in the currency's minor unit (öre for SEK), in whole units: "SEK 2,000". */
export function formatMoney(locale: string, minorUnits: number, currency = 'SEK'): string {
  const money = formatter(`money|${currency}`, locale, (intl) =>
    new Intl.NumberFormat(intl, {
      style: 'currency',
      currency,
      // Arabic readers get the currency's name in words rather than a Latin code beside Arabic text.
      currencyDisplay: intl.startsWith('ar') ? 'name' : 'symbol',
      maximumFractionDigits: 0,
    }),
  );
  return money.format(minorUnits / 100);
}
