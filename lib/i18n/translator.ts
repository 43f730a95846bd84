// Words outside a page's request (e-mails written by a webhook or a background job): the
// same messages as the pages, for a locale given explicitly.
import { createTranslator } from 'next-intl';
import { messagesFor } from './request';
import { routing, type Locale } from './routing';

export type PlainTranslate = (key: string, values?: Record<string, string | number>) => string;

export async function translatorFor(locale: string, namespace: string): Promise<PlainTranslate> {
  const known = (routing.locales as readonly string[]).includes(locale) ? (locale as Locale) : routing.defaultLocale;
  const t = createTranslator({ locale: known, messages: await messagesFor(known), namespace: namespace as never });
  return (key, values) => (t as unknown as PlainTranslate)(key, values);
}
