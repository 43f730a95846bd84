// Swedish embassies and consulates-general where applicants for a residence permit are
// interviewed, the countries whose residents each one serves, and, for countries without one,
// the nearest countries that have one (R-APP-04). Data only, no imports.
//
// Left out: missions that are closed or do not receive migration applicants at present
// (Kabul, Khartoum, Baghdad and Erbil, Tehran, Kyiv, Tbilisi, Bamako, Ouagadougou, Luanda,
// Minsk), and missions not known to handle residence permits.

export type CountryCode = string; // ISO 3166-1 alpha-2, upper case

export interface Mission {
  /** Stable id, lower-case kebab-case city name, e.g. 'amman', 'istanbul'. */
  id: string;
  kind: 'embassy' | 'consulate-general';
  /** The country where the mission is. */
  country: CountryCode;
  /** The city's name in Swedish, English and Arabic. */
  city: { sv: string; en: string; ar: string };
  /** Countries whose residents apply at this mission (its own country first). */
  serves: CountryCode[];
}

const mission =
  (kind: Mission['kind']) =>
  (id: string, country: CountryCode, city: Mission['city'], alsoServes: CountryCode[] = []): Mission => ({
    id,
    kind,
    country,
    city,
    serves: [country, ...alsoServes],
  });
const embassy = mission('embassy');
const consulateGeneral = mission('consulate-general');

/** Ordered by id. */
export const missions: readonly Mission[] = [
  embassy('abu-dhabi', 'AE', { sv: 'Abu Dhabi', en: 'Abu Dhabi', ar: 'أبوظبي' }),
  embassy('abuja', 'NG', { sv: 'Abuja', en: 'Abuja', ar: 'أبوجا' }),
  embassy('accra', 'GH', { sv: 'Accra', en: 'Accra', ar: 'أكرا' }),
  embassy('addis-abeba', 'ET', { sv: 'Addis Abeba', en: 'Addis Ababa', ar: 'أديس أبابا' }, ['DJ']),
  embassy('algiers', 'DZ', { sv: 'Alger', en: 'Algiers', ar: 'الجزائر' }),
  embassy('amman', 'JO', { sv: 'Amman', en: 'Amman', ar: 'عمّان' }),
  embassy('ankara', 'TR', { sv: 'Ankara', en: 'Ankara', ar: 'أنقرة' }),
  embassy('astana', 'KZ', { sv: 'Astana', en: 'Astana', ar: 'أستانا' }),
  embassy('athens', 'GR', { sv: 'Aten', en: 'Athens', ar: 'أثينا' }),
  embassy('baku', 'AZ', { sv: 'Baku', en: 'Baku', ar: 'باكو' }),
  embassy('bangkok', 'TH', { sv: 'Bangkok', en: 'Bangkok', ar: 'بانكوك' }),
  embassy('beijing', 'CN', { sv: 'Peking', en: 'Beijing', ar: 'بكين' }, ['MN']),
  embassy('beirut', 'LB', { sv: 'Beirut', en: 'Beirut', ar: 'بيروت' }),
  embassy('belgrade', 'RS', { sv: 'Belgrad', en: 'Belgrade', ar: 'بلغراد' }),
  embassy('berlin', 'DE', { sv: 'Berlin', en: 'Berlin', ar: 'برلين' }),
  embassy('bogota', 'CO', { sv: 'Bogotá', en: 'Bogotá', ar: 'بوغوتا' }),
  embassy('brasilia', 'BR', { sv: 'Brasília', en: 'Brasília', ar: 'برازيليا' }),
  embassy('buenos-aires', 'AR', { sv: 'Buenos Aires', en: 'Buenos Aires', ar: 'بوينس آيرس' }),
  embassy('cairo', 'EG', { sv: 'Kairo', en: 'Cairo', ar: 'القاهرة' }),
  embassy('canberra', 'AU', { sv: 'Canberra', en: 'Canberra', ar: 'كانبرا' }),
  embassy('dar-es-salaam', 'TZ', { sv: 'Dar es-Salaam', en: 'Dar es Salaam', ar: 'دار السلام' }),
  embassy('dhaka', 'BD', { sv: 'Dhaka', en: 'Dhaka', ar: 'دكا' }),
  embassy('hanoi', 'VN', { sv: 'Hanoi', en: 'Hanoi', ar: 'هانوي' }),
  embassy('harare', 'ZW', { sv: 'Harare', en: 'Harare', ar: 'هراري' }),
  consulateGeneral('hong-kong', 'HK', { sv: 'Hongkong', en: 'Hong Kong', ar: 'هونغ كونغ' }, ['MO']),
  embassy('islamabad', 'PK', { sv: 'Islamabad', en: 'Islamabad', ar: 'إسلام آباد' }),
  consulateGeneral('istanbul', 'TR', { sv: 'Istanbul', en: 'Istanbul', ar: 'إسطنبول' }),
  embassy('jakarta', 'ID', { sv: 'Jakarta', en: 'Jakarta', ar: 'جاكرتا' }),
  embassy('kampala', 'UG', { sv: 'Kampala', en: 'Kampala', ar: 'كمبالا' }),
  embassy('kigali', 'RW', { sv: 'Kigali', en: 'Kigali', ar: 'كيغالي' }),
  embassy('kinshasa', 'CD', { sv: 'Kinshasa', en: 'Kinshasa', ar: 'كينشاسا' }),
  embassy('kuala-lumpur', 'MY', { sv: 'Kuala Lumpur', en: 'Kuala Lumpur', ar: 'كوالالمبور' }),
  embassy('lima', 'PE', { sv: 'Lima', en: 'Lima', ar: 'ليما' }),
  embassy('london', 'GB', { sv: 'London', en: 'London', ar: 'لندن' }),
  embassy('lusaka', 'ZM', { sv: 'Lusaka', en: 'Lusaka', ar: 'لوساكا' }),
  embassy('madrid', 'ES', { sv: 'Madrid', en: 'Madrid', ar: 'مدريد' }),
  embassy('manila', 'PH', { sv: 'Manila', en: 'Manila', ar: 'مانيلا' }),
  embassy('maputo', 'MZ', { sv: 'Maputo', en: 'Maputo', ar: 'مابوتو' }),
  embassy('mexico-city', 'MX', { sv: 'Mexico City', en: 'Mexico City', ar: 'مكسيكو سيتي' }),
  embassy('moscow', 'RU', { sv: 'Moskva', en: 'Moscow', ar: 'موسكو' }),
  embassy('nairobi', 'KE', { sv: 'Nairobi', en: 'Nairobi', ar: 'نيروبي' }),
  embassy('new-delhi', 'IN', { sv: 'New Delhi', en: 'New Delhi', ar: 'نيودلهي' }),
  embassy('ottawa', 'CA', { sv: 'Ottawa', en: 'Ottawa', ar: 'أوتاوا' }),
  embassy('paris', 'FR', { sv: 'Paris', en: 'Paris', ar: 'باريس' }),
  embassy('pretoria', 'ZA', { sv: 'Pretoria', en: 'Pretoria', ar: 'بريتوريا' }, ['BW', 'LS', 'NA', 'SZ']),
  embassy('rabat', 'MA', { sv: 'Rabat', en: 'Rabat', ar: 'الرباط' }),
  embassy('riyadh', 'SA', { sv: 'Riyadh', en: 'Riyadh', ar: 'الرياض' }),
  embassy('rome', 'IT', { sv: 'Rom', en: 'Rome', ar: 'روما' }),
  embassy('santiago', 'CL', { sv: 'Santiago de Chile', en: 'Santiago', ar: 'سانتياغو' }),
  embassy('sarajevo', 'BA', { sv: 'Sarajevo', en: 'Sarajevo', ar: 'سراييفو' }),
  embassy('seoul', 'KR', { sv: 'Seoul', en: 'Seoul', ar: 'سيول' }),
  consulateGeneral('shanghai', 'CN', { sv: 'Shanghai', en: 'Shanghai', ar: 'شنغهاي' }),
  embassy('singapore', 'SG', { sv: 'Singapore', en: 'Singapore', ar: 'سنغافورة' }),
  // Also receives residents of Ukraine and Georgia, whose embassies do not handle migration.
  embassy('skopje', 'MK', { sv: 'Skopje', en: 'Skopje', ar: 'سكوبيه' }, ['UA', 'GE']),
  embassy('tel-aviv', 'IL', { sv: 'Tel Aviv', en: 'Tel Aviv', ar: 'تل أبيب' }),
  embassy('tirana', 'AL', { sv: 'Tirana', en: 'Tirana', ar: 'تيرانا' }),
  embassy('tokyo', 'JP', { sv: 'Tokyo', en: 'Tokyo', ar: 'طوكيو' }),
  embassy('tunis', 'TN', { sv: 'Tunis', en: 'Tunis', ar: 'تونس' }),
  embassy('warsaw', 'PL', { sv: 'Warszawa', en: 'Warsaw', ar: 'وارسو' }),
  embassy('washington', 'US', { sv: 'Washington', en: 'Washington', ar: 'واشنطن' }),
];

/**
 * For countries with no Swedish mission that handles residence permits: the neighbouring
 * countries, nearest first, that do have one (or the nearest ones where no neighbour has one).
 * The applicant must be permitted to enter the country they choose (they confirm this in the form).
 */
export const neighbourFallbacks: Readonly<Record<CountryCode, readonly CountryCode[]>> = {
  // Middle East
  SY: ['LB', 'JO', 'TR'],
  IQ: ['JO', 'TR', 'SA'],
  IR: ['AZ', 'TR', 'PK'],
  PS: ['JO', 'EG'],
  YE: ['SA', 'AE'],
  OM: ['AE', 'SA'],
  QA: ['SA', 'AE'],
  KW: ['SA'],
  BH: ['SA', 'AE'],
  // Asia
  AF: ['PK', 'IN'],
  NP: ['IN'],
  BT: ['IN', 'BD'],
  LK: ['IN'],
  MV: ['IN'],
  MM: ['TH', 'BD', 'IN'],
  LA: ['TH', 'VN'],
  KH: ['TH', 'VN'],
  TL: ['ID'],
  BN: ['MY', 'SG'],
  KP: ['CN', 'KR'],
  UZ: ['KZ'],
  KG: ['KZ'],
  TJ: ['KZ'],
  TM: ['AZ', 'KZ'],
  // North Africa and the Horn
  LY: ['TN', 'EG', 'DZ'],
  SD: ['EG', 'ET'],
  SS: ['UG', 'KE', 'ET'],
  ER: ['ET'],
  SO: ['KE', 'ET'],
  MR: ['MA', 'DZ'],
  // West and Central Africa
  SN: ['GH', 'MA'],
  GM: ['GH', 'MA'],
  GN: ['GH'],
  SL: ['GH'],
  LR: ['GH'],
  CI: ['GH'],
  BF: ['GH'],
  ML: ['GH', 'DZ'],
  TG: ['GH'],
  BJ: ['NG', 'GH'],
  NE: ['NG', 'DZ'],
  TD: ['NG'],
  CM: ['NG'],
  GQ: ['NG'],
  CF: ['CD'],
  CG: ['CD'],
  GA: ['CD'],
  // East and Southern Africa
  BI: ['RW', 'TZ'],
  AO: ['CD', 'NA', 'ZM'],
  MW: ['ZM', 'MZ', 'TZ'],
  MG: ['MZ'],
  // Europe
  BY: ['PL', 'RU'],
  IE: ['GB'],
  // Americas
  VE: ['CO', 'BR'],
  EC: ['CO', 'PE'],
  BO: ['PE', 'CL', 'AR', 'BR'],
  PY: ['AR', 'BR'],
  UY: ['AR', 'BR'],
  GT: ['MX'],
  BZ: ['MX'],
  HN: ['MX'],
  SV: ['MX'],
  CU: ['MX'],
  PA: ['CO'],
  // Oceania
  NZ: ['AU'],
  PG: ['AU', 'ID'],
  FJ: ['AU'],
};

/** Missions serving residents of `country`, in the order to offer them. Empty when none. */
export function missionsServing(country: CountryCode): Mission[] {
  return missions.filter((candidate) => candidate.serves.includes(country));
}

/**
 * The missions to offer someone living in `country`: those serving it; otherwise those
 * in its fallback neighbours (nearest first), each marked `viaNeighbour: true`.
 */
export function missionChoicesFor(country: CountryCode): { mission: Mission; viaNeighbour: boolean }[] {
  const own = missionsServing(country);
  if (own.length > 0) return own.map((found) => ({ mission: found, viaNeighbour: false }));
  const offered: Mission[] = [];
  for (const neighbour of neighbourFallbacks[country] ?? []) {
    for (const found of missionsServing(neighbour)) {
      if (!offered.includes(found)) offered.push(found);
    }
  }
  return offered.map((found) => ({ mission: found, viaNeighbour: true }));
}
