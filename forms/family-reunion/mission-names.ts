// Mission names for the messages: the city in the reader's language with its country, e.g.
// "Istanbul (Turkiet)". Country names come from the platform (Intl.DisplayNames).
import { missions } from './missions';

export type MessageLocale = 'sv' | 'en' | 'ar';

export function missionNames(locale: MessageLocale): Record<string, string> {
  const countries = new Intl.DisplayNames([locale], { type: 'region' });
  return Object.fromEntries(missions.map((mission) => [mission.id, `${mission.city[locale]} (${countries.of(mission.country)})`]));
}
