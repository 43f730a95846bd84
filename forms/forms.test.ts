import { describe, expect, test } from 'vitest';
import { lintForm, mermaidFlowchart } from '@/lib/form-engine';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import sv from '@/messages/sv.json';
import { missionNames } from './family-reunion/mission-names';
import { forms } from '.';

const messagesByLocale = {
  sv: { ...sv, missions: missionNames('sv') },
  en: { ...en, missions: missionNames('en') },
  ar: { ...ar, missions: missionNames('ar') },
};

describe.each(Object.values(forms))('form "$id"', (form) => {
  test('R-ENG-06 R-ENG-04 passes every static check, with every text in sv, en and ar', () => {
    expect(lintForm(form, messagesByLocale)).toEqual([]);
  });

  test('R-ENG-07 can be drawn as a flow diagram', () => {
    const chart = mermaidFlowchart(form);
    for (const page of form.pages) expect(chart).toContain(page.id);
  });
});
