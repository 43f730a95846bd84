import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { missionNames } from '../../forms/family-reunion/mission-names';
import { routing } from './routing';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const messages = (await import(`../../messages/${locale}.json`)).default;
  return {
    locale,
    // Mission names come from the embassy dataset in forms/, in the same three languages.
    messages: { ...messages, missions: missionNames(locale) },
    timeZone: 'Europe/Stockholm',
  };
});
