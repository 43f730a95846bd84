import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { missionNames } from '../../forms/family-reunion/mission-names';
import { routing, type Locale } from './routing';

// The same message object for every request in a locale, so that formatters compiled for
// it are reused. Mission names come from the embassy dataset in forms/.
const messagesByLocale = new Map<Locale, Promise<Record<string, unknown>>>();
export function messagesFor(locale: Locale) {
  let messages = messagesByLocale.get(locale);
  if (!messages) {
    messages = import(`../../messages/${locale}.json`).then((module) => ({ ...module.default, missions: missionNames(locale) }));
    messagesByLocale.set(locale, messages);
  }
  return messages;
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: await messagesFor(locale), timeZone: 'Europe/Stockholm' };
});
