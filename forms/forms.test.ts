import { describe, expect, test } from 'vitest';
import { lintForm, mermaidFlowchart, migrateAnswers } from '@/lib/form-engine';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import sv from '@/messages/sv.json';
import { missionNames } from './family-reunion/mission-names';
import { formVersion, formVersions, forms } from '.';

const messagesByLocale = {
  sv: { ...sv, missions: missionNames('sv') },
  en: { ...en, missions: missionNames('en') },
  ar: { ...ar, missions: missionNames('ar') },
};

describe.each(formVersions)('form "$id" version $version', (form) => {
  test('R-ENG-06 R-ENG-04 passes every static check, with every text in sv, en and ar', () => {
    expect(lintForm(form, messagesByLocale)).toEqual([]);
  });

  test('R-ENG-07 can be drawn as a flow diagram', () => {
    const chart = mermaidFlowchart(form);
    for (const page of form.pages) expect(chart).toContain(page.id);
  });
});

describe.each(Object.values(forms))('versions of form "$id"', (current) => {
  test('R-ENG-05 each kept version is found by form id and version; the current one is the newest', () => {
    const kept = formVersions.filter((definition) => definition.id === current.id);
    for (const definition of kept) expect(formVersion(current.id, definition.version)).toBe(definition);
    expect(Math.max(...kept.map((definition) => definition.version))).toBe(current.version);
    expect(formVersion(current.id, current.version + 1)).toBeUndefined();
  });

  test('R-ENG-05 a draft on any earlier version can be finished on it or migrated to the current one', () => {
    for (let version = 1; version < current.version; version++) {
      expect(formVersion(current.id, version) ?? migrateAnswers(current, version, {}), `version ${version}`).toBeTruthy();
    }
  });
});
