import { defineRouting } from 'next-intl/routing';

export const locales = ['sv', 'en', 'ar'] as const;
export type Locale = (typeof locales)[number];

/** Locales written right to left. */
const rightToLeft: ReadonlySet<Locale> = new Set(['ar']);
export const directionOf = (locale: Locale): 'rtl' | 'ltr' => (rightToLeft.has(locale) ? 'rtl' : 'ltr');

export const routing = defineRouting({
  locales,
  defaultLocale: 'sv',
  // Every page lives under its locale (/sv/…, /en/…, /ar/…): links and bookmarks keep the language.
  localePrefix: 'always',
  // No language cookie: the address carries the language; `/` follows the browser's
  // Accept-Language. The service sets only the cookies it needs (see the privacy page).
  localeCookie: false,
});

/** The language a request asks for with `?locale=` (routes outside /<locale>/), else the default. */
export function localeOf(request: Request): Locale {
  const asked = new URL(request.url).searchParams.get('locale');
  return locales.includes(asked as Locale) ? (asked as Locale) : routing.defaultLocale;
}

/** The locale used for dates and numbers: British conventions for English, as the agency writes. */
export const formattingLocale = (locale: string) => (locale === 'en' ? 'en-GB' : locale);
