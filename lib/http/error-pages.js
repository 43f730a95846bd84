// The small pages the HTTP server (scripts/serve.js) answers by itself, before Next or in its
// place: a bad request (400), a method the service does not take (405), a body that stalled
// (408) or is too large (413). In the person's language: the address's locale segment, else
// Accept-Language, else Swedish. Plain JavaScript so that serve.js can import it; the texts are
// read from messages/*.json (RequestError, NotFound.home), the catalogues the pages use.
import { createRequire } from 'node:module';
import { escapeHtml } from './escape-html.js';

const require = createRequire(import.meta.url);

/** @type {Record<string, { RequestError: Record<string, { title: string; body: string }>; NotFound: { home: string } }>} */
const catalogues = {
  sv: require('../../messages/sv.json'),
  en: require('../../messages/en.json'),
  ar: require('../../messages/ar.json'),
};

/** The same locales as lib/i18n/routing.ts, the first the default. */
export const LOCALES = ['sv', 'en', 'ar'];
const RIGHT_TO_LEFT = new Set(['ar']);

const KIND_OF_STATUS = { 400: 'badRequest', 405: 'methodNotAllowed', 408: 'timeout', 413: 'tooLarge' };


/** The locale of the address (/en/…), else the first one Accept-Language asks for that the service has, else sv. */
export function localeOfRequest(url = '/', acceptLanguage = '') {
  const first = String(url).split(/[/?#]/)[1];
  if (LOCALES.includes(first)) return first;
  const asked = String(acceptLanguage)
    .split(',')
    .map((entry, index) => {
      const [tag = '', ...parameters] = entry.trim().split(';');
      const q = parameters.map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1]).find(Boolean);
      return { language: tag.trim().toLowerCase().split('-')[0], quality: q === undefined ? 1 : Number(q), index };
    })
    .filter(({ language, quality }) => LOCALES.includes(language) && quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return asked[0]?.language ?? LOCALES[0];
}

/**
 * The one shape of the small error pages (this server's and the route handlers'): a heading,
 * what to do, the way back to the start page, and a reference to quote to support.
 * @param {string} locale
 * @param {{ title: string; body: string; reference?: string }} page
 */
export function explanationHtml(locale, { title, body, reference }) {
  const lang = LOCALES.includes(locale) ? locale : LOCALES[0];
  const words = catalogues[lang];
  const quoted = reference ? `<p>${escapeHtml(words.RequestError.reference)} <span dir="ltr">${escapeHtml(reference)}</span></p>` : '';
  return `<!DOCTYPE html>
<html lang="${lang}" dir="${RIGHT_TO_LEFT.has(lang) ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p><p><a href="/${lang}">${escapeHtml(words.NotFound.home)}</a></p>${quoted}</main></body></html>`;
}

/**
 * The HTML page for a status this server answers itself (400, 405, 408, 413; others read as
 * 400), or for a more specific kind of it (`badAddress`: an address that cannot be decoded).
 */
export function errorPage(status, locale, kind = KIND_OF_STATUS[status] ?? 'badRequest') {
  const words = catalogues[LOCALES.includes(locale) ? locale : LOCALES[0]];
  return explanationHtml(locale, words.RequestError[kind] ?? words.RequestError.badRequest);
}
