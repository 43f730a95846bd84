// Swedish embassies and consulates-general where applicants for a residence permit are
// interviewed, the countries whose residents each one serves, and, for countries without one,
// the nearest neighbouring countries that have one (R-APP-04). Data only, no imports.

export type CountryCode = string; // ISO 3166-1 alpha-2, upper case

export interface Mission {
  /** Stable id: the city's name in kebab-case. */
  id: string;
  kind: 'embassy' | 'consulate-general';
  /** The country where the mission is. */
  country: CountryCode;
  city: { sv: string; en: string; ar: string };
  /** Countries whose residents apply at this mission (its own country first). */
  serves: CountryCode[];
}

const mission =
  (kind: Mission['kind']) =>
  (id: string, country: CountryCode, city: Mission['city'], serves: CountryCode[] = []): Mission => ({
    id,
    kind,
    country,
    city,
    serves: [country, ...serves],
  });
const embassy = mission('embassy');
const consulateGeneral = mission('consulate-general');

export const missions: readonly Mission[] = [
  embassy('abu-dhabi', 'AE', { sv: 'Abu Dhabi', en: 'Abu Dhabi', ar: 'أبوظبي' }, ['QA', 'OM']),
  embassy('abuja', 'NG', { sv: 'Abuja', en: 'Abuja', ar: 'أبوجا' }),
  embassy('accra', 'GH', { sv: 'Accra', en: 'Accra', ar: 'أكرا' }),
  embassy('astana', 'KZ', { sv: 'Astana', en: 'Astana', ar: 'أستانا' }),
  embassy('addis-abeba', 'ET', { sv: 'Addis Abeba', en: 'Addis Ababa', ar: 'أديس أبابا' }, ['DJ']),
  embassy('algiers', 'DZ', { sv: 'Alger', en: 'Algiers', ar: 'الجزائر' }),
  embassy('amman', 'JO', { sv: 'Amman', en: 'Amman', ar: 'عمّان' }),
  embassy('ankara', 'TR', { sv: 'Ankara', en: 'Ankara', ar: 'أنقرة' }),
  embassy('baghdad', 'IQ', { sv: 'Bagdad', en: 'Baghdad', ar: 'بغداد' }),
  embassy('baku', 'AZ', { sv: 'Baku', en: 'Baku', ar: 'باكو' }),
  embassy('bangkok', 'TH', { sv: 'Bangkok', en: 'Bangkok', ar: 'بانكوك' }, ['LA', 'KH', 'MM']),
  embassy('beijing', 'CN', { sv: 'Peking', en: 'Beijing', ar: 'بكين' }, ['MN']),
  embassy('beirut', 'LB', { sv: 'Beirut', en: 'Beirut', ar: 'بيروت' }),
  embassy('berlin', 'DE', { sv: 'Berlin', en: 'Berlin', ar: 'برلين' }),
  embassy('bogota', 'CO', { sv: 'Bogotá', en: 'Bogotá', ar: 'بوغوتا' }, ['EC', 'VE']),
  embassy('brasilia', 'BR', { sv: 'Brasília', en: 'Brasília', ar: 'برازيليا' }),
  embassy('buenos-aires', 'AR', { sv: 'Buenos Aires', en: 'Buenos Aires', ar: 'بوينس آيرس' }, ['UY', 'PY']),
  embassy('cairo', 'EG', { sv: 'Kairo', en: 'Cairo', ar: 'القاهرة' }),
  embassy('canberra', 'AU', { sv: 'Canberra', en: 'Canberra', ar: 'كانبرا' }, ['NZ', 'PG', 'FJ']),
  embassy('bamako', 'ML', { sv: 'Bamako', en: 'Bamako', ar: 'باماكو' }),
  embassy('dakar', 'SN', { sv: 'Dakar', en: 'Dakar', ar: 'داكار' }, ['GM', 'GN', 'GW', 'CV']),
  embassy('dar-es-salaam', 'TZ', { sv: 'Dar es-Salaam', en: 'Dar es Salaam', ar: 'دار السلام' }),
  embassy('dhaka', 'BD', { sv: 'Dhaka', en: 'Dhaka', ar: 'دكا' }),
  embassy('harare', 'ZW', { sv: 'Harare', en: 'Harare', ar: 'هراري' }),
  embassy('hanoi', 'VN', { sv: 'Hanoi', en: 'Hanoi', ar: 'هانوي' }),
  consulateGeneral('istanbul', 'TR', { sv: 'Istanbul', en: 'Istanbul', ar: 'إسطنبول' }),
  embassy('islamabad', 'PK', { sv: 'Islamabad', en: 'Islamabad', ar: 'إسلام آباد' }, ['AF']),
  embassy('jakarta', 'ID', { sv: 'Jakarta', en: 'Jakarta', ar: 'جاكرتا' }, ['TL']),
  embassy('kampala', 'UG', { sv: 'Kampala', en: 'Kampala', ar: 'كمبالا' }),
  embassy('kigali', 'RW', { sv: 'Kigali', en: 'Kigali', ar: 'كيغالي' }, ['BI']),
  embassy('kinshasa', 'CD', { sv: 'Kinshasa', en: 'Kinshasa', ar: 'كينشاسا' }, ['CG']),
  embassy('kuala-lumpur', 'MY', { sv: 'Kuala Lumpur', en: 'Kuala Lumpur', ar: 'كوالالمبور' }),
  embassy('kyiv', 'UA', { sv: 'Kiev', en: 'Kyiv', ar: 'كييف' }),
  embassy('lima', 'PE', { sv: 'Lima', en: 'Lima', ar: 'ليما' }, ['BO']),
  embassy('london', 'GB', { sv: 'London', en: 'London', ar: 'لندن' }, ['IE']),
  embassy('lusaka', 'ZM', { sv: 'Lusaka', en: 'Lusaka', ar: 'لوساكا' }, ['MW']),
  embassy('manila', 'PH', { sv: 'Manila', en: 'Manila', ar: 'مانيلا' }),
  embassy('maputo', 'MZ', { sv: 'Maputo', en: 'Maputo', ar: 'مابوتو' }),
  embassy('mexico-city', 'MX', { sv: 'Mexico City', en: 'Mexico City', ar: 'مكسيكو سيتي' }, ['GT', 'HN', 'SV', 'NI', 'CR', 'PA', 'CU']),
  embassy('monrovia', 'LR', { sv: 'Monrovia', en: 'Monrovia', ar: 'مونروفيا' }, ['SL']),
  embassy('moscow', 'RU', { sv: 'Moskva', en: 'Moscow', ar: 'موسكو' }, ['BY']),
  embassy('nairobi', 'KE', { sv: 'Nairobi', en: 'Nairobi', ar: 'نيروبي' }, ['SO', 'SS']),
  embassy('new-delhi', 'IN', { sv: 'New Delhi', en: 'New Delhi', ar: 'نيودلهي' }, ['NP', 'BT', 'LK', 'MV']),
  embassy('ottawa', 'CA', { sv: 'Ottawa', en: 'Ottawa', ar: 'أوتاوا' }),
  embassy('ouagadougou', 'BF', { sv: 'Ouagadougou', en: 'Ouagadougou', ar: 'واغادوغو' }),
  embassy('paris', 'FR', { sv: 'Paris', en: 'Paris', ar: 'باريس' }),
  embassy('pretoria', 'ZA', { sv: 'Pretoria', en: 'Pretoria', ar: 'بريتوريا' }, ['BW', 'LS', 'SZ', 'NA']),
  embassy('rabat', 'MA', { sv: 'Rabat', en: 'Rabat', ar: 'الرباط' }, ['MR']),
  embassy('riyadh', 'SA', { sv: 'Riyadh', en: 'Riyadh', ar: 'الرياض' }, ['YE', 'BH']),
  embassy('santiago', 'CL', { sv: 'Santiago de Chile', en: 'Santiago', ar: 'سانتياغو' }),
  embassy('seoul', 'KR', { sv: 'Seoul', en: 'Seoul', ar: 'سيول' }),
  embassy('singapore', 'SG', { sv: 'Singapore', en: 'Singapore', ar: 'سنغافورة' }),
  consulateGeneral('shanghai', 'CN', { sv: 'Shanghai', en: 'Shanghai', ar: 'شنغهاي' }),
  embassy('tel-aviv', 'IL', { sv: 'Tel Aviv', en: 'Tel Aviv', ar: 'تل أبيب' }),
  embassy('tashkent', 'UZ', { sv: 'Tasjkent', en: 'Tashkent', ar: 'طشقند' }, ['TJ', 'TM', 'KG']),
  embassy('tbilisi', 'GE', { sv: 'Tbilisi', en: 'Tbilisi', ar: 'تبليسي' }, ['AM']),
  embassy('tehran', 'IR', { sv: 'Teheran', en: 'Tehran', ar: 'طهران' }),
  embassy('tokyo', 'JP', { sv: 'Tokyo', en: 'Tokyo', ar: 'طوكيو' }),
  embassy('tunis', 'TN', { sv: 'Tunis', en: 'Tunis', ar: 'تونس' }),
  embassy('washington', 'US', { sv: 'Washington', en: 'Washington', ar: 'واشنطن' }),
];

/** For countries no mission serves: the nearest neighbouring countries, nearest first, that have one. */
export const neighbourFallbacks: Readonly<Record<CountryCode, readonly CountryCode[]>> = {
  SY: ['LB', 'JO', 'TR', 'IQ'],
  PS: ['JO', 'EG'],
  KW: ['SA', 'IQ'],
  LY: ['TN', 'EG', 'DZ'],
  SD: ['EG', 'ET'],
  ER: ['ET'],
  TD: ['NG'],
  CM: ['NG'],
  NE: ['NG', 'ML', 'DZ'],
  CI: ['GH', 'LR', 'ML'],
  TG: ['GH'],
  BJ: ['NG'],
  GA: ['CD'],
  GQ: ['NG'],
  CF: ['CD'],
  AO: ['CD', 'ZM'],
  MG: ['MZ'],
  BN: ['MY', 'SG'],
  KP: ['CN', 'KR'],
  MD: ['UA'],
  RS: ['DE'],
  JM: ['MX'],
  HT: ['MX'],
  DO: ['MX'],
};

/** Missions serving residents of `country`, in the order to offer them; empty when none. */
export function missionsServing(country: CountryCode): Mission[] {
  return missions.filter((mission) => mission.serves.includes(country));
}

/**
 * The missions to offer someone living in `country`: those serving it; otherwise those serving
 * its fallback neighbours, nearest first, marked `viaNeighbour` (the applicant must confirm
 * they may enter that country).
 */
export function missionChoicesFor(country: CountryCode): { mission: Mission; viaNeighbour: boolean }[] {
  const own = missionsServing(country);
  if (own.length > 0) return own.map((mission) => ({ mission, viaNeighbour: false }));
  const seen = new Set<string>();
  return (neighbourFallbacks[country] ?? [])
    .flatMap(missionsServing)
    .filter((mission) => !seen.has(mission.id) && Boolean(seen.add(mission.id)))
    .map((mission) => ({ mission, viaNeighbour: true }));
}
