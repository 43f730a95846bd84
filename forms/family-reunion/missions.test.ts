import { describe, expect, test } from 'vitest';
import { missionChoicesFor, missions, missionsServing, neighbourFallbacks, type CountryCode } from './missions';

const regions = new Intl.DisplayNames(['en'], { type: 'region' });
const served = new Set(missions.flatMap((mission) => mission.serves));
const fallbackCountries = Object.keys(neighbourFallbacks);
const ids = (choices: { mission: { id: string } }[]) => choices.map((choice) => choice.mission.id);

describe('missions dataset', () => {
  test('R-APP-04 at least 40 missions, ordered by id, with unique kebab-case ids', () => {
    const missionIds = missions.map((mission) => mission.id);
    expect(missions.length).toBeGreaterThanOrEqual(40);
    expect(new Set(missionIds).size).toBe(missions.length);
    expect(missionIds).toEqual([...missionIds].sort());
    for (const id of missionIds) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  test('R-APP-04 every city is named in sv, en and ar, the Arabic name in Arabic letters', () => {
    for (const { id, city } of missions) {
      expect(city.sv.trim(), id).not.toBe('');
      expect(city.en.trim(), id).not.toBe('');
      expect(city.ar.trim(), id).not.toBe('');
      expect(city.ar, id).toMatch(/\p{Script=Arabic}/u);
    }
  });

  test('R-APP-04 every country code is a known ISO 3166-1 alpha-2 region', () => {
    const codes: CountryCode[] = [
      ...missions.flatMap((mission) => [mission.country, ...mission.serves]),
      ...fallbackCountries,
      ...Object.values(neighbourFallbacks).flat(),
    ];
    const unknown = codes.filter((code) => !/^[A-Z]{2}$/.test(code) || regions.of(code) === code);
    expect(unknown).toEqual([]);
  });

  test('R-APP-04 every embassy serves its own country, listed once', () => {
    for (const mission of missions) {
      if (mission.kind === 'embassy') expect(mission.serves[0], mission.id).toBe(mission.country);
      expect(new Set(mission.serves).size, mission.id).toBe(mission.serves.length);
    }
  });

  test('R-APP-04 no country is both served by a mission and given neighbour fallbacks', () => {
    expect(fallbackCountries.filter((country) => served.has(country))).toEqual([]);
  });

  test('R-APP-04 every fallback list is non-empty, without repeats, and leads only to served countries', () => {
    for (const [country, neighbours] of Object.entries(neighbourFallbacks)) {
      expect(neighbours.length, country).toBeGreaterThan(0);
      expect(new Set(neighbours).size, country).toBe(neighbours.length);
      for (const neighbour of neighbours) expect(served.has(neighbour), `${country} → ${neighbour}`).toBe(true);
    }
  });
});

describe('missions offered to an applicant', () => {
  test('R-APP-04 a resident of Jordan is offered Amman, not marked as a neighbour', () => {
    const choices = missionChoicesFor('JO');
    expect(ids(choices)).toEqual(['amman']);
    expect(choices.every((choice) => !choice.viaNeighbour)).toBe(true);
  });

  test('R-APP-04 a country with two missions is offered both, in dataset order', () => {
    expect(missionsServing('TR').map((mission) => mission.id)).toEqual(['ankara', 'istanbul']);
    expect(ids(missionChoicesFor('TR'))).toEqual(['ankara', 'istanbul']);
  });

  test('R-APP-04 a resident of Syria is offered only missions in its fallback countries, nearest first, all marked', () => {
    const fallbacks = neighbourFallbacks.SY ?? [];
    const choices = missionChoicesFor('SY');
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.every((choice) => choice.viaNeighbour)).toBe(true);
    const rank = choices.map((choice) => fallbacks.findIndex((country) => choice.mission.serves.includes(country)));
    expect(rank.every((index) => index >= 0)).toBe(true);
    expect(rank).toEqual([...rank].sort((a, b) => a - b));
    expect(choices.every((choice) => fallbacks.includes(choice.mission.country))).toBe(true);
    expect(ids(choices)).toEqual(['beirut', 'amman', 'ankara', 'istanbul']);
  });

  test('R-APP-04 an unknown country is offered nothing', () => {
    expect(missionsServing('ZZ')).toEqual([]);
    expect(missionChoicesFor('ZZ')).toEqual([]);
  });
});
