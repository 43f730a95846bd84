import { describe, expect, test } from 'vitest';
import { isCountryCode } from '@/lib/form-engine';
import { missionChoicesFor, missions, neighbourFallbacks } from './missions';

const served = new Set(missions.flatMap((mission) => mission.serves));

describe('R-APP-04 embassies and consulates-general', () => {
  test('at least 40 missions with unique ids and names in sv, en and ar', () => {
    expect(missions.length).toBeGreaterThanOrEqual(40);
    expect(new Set(missions.map((mission) => mission.id)).size).toBe(missions.length);
    for (const mission of missions) {
      expect(mission.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(mission.city.sv && mission.city.en).toBeTruthy();
      expect(mission.city.ar).toMatch(/[\u0600-\u06FF]/);
      expect(mission.serves[0]).toBe(mission.country);
    }
  });

  test('every country code is a real one', () => {
    const codes = [...served, ...Object.keys(neighbourFallbacks), ...Object.values(neighbourFallbacks).flat()];
    expect(codes.filter((code) => !isCountryCode(code))).toEqual([]);
  });

  test('fallbacks are for countries no mission serves, and lead to countries one does', () => {
    for (const [country, neighbours] of Object.entries(neighbourFallbacks)) {
      expect(served.has(country), country).toBe(false);
      expect(neighbours.length, country).toBeGreaterThan(0);
      for (const neighbour of neighbours) expect(served.has(neighbour), `${country} → ${neighbour}`).toBe(true);
    }
  });

  test('a country with a mission is offered its own, without neighbours', () => {
    expect(missionChoicesFor('JO')).toEqual([{ mission: expect.objectContaining({ id: 'amman' }), viaNeighbour: false }]);
    expect(missionChoicesFor('TR').map((choice) => choice.mission.id)).toEqual(['ankara', 'istanbul']);
  });

  test('a country without one is offered its neighbours’ missions, nearest first', () => {
    const choices = missionChoicesFor('SY');
    expect(choices.map((choice) => choice.mission.id)).toEqual(['beirut', 'amman', 'ankara', 'istanbul', 'baghdad']);
    expect(choices.every((choice) => choice.viaNeighbour)).toBe(true);
    expect(missionChoicesFor('ZZ')).toEqual([]);
  });
});
