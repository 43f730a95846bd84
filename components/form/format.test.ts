import { createTranslator } from 'next-intl';
import { describe, expect, test } from 'vitest';
import type { AnswerField, Answers, FormDefinition } from '@/lib/form-engine';
import { completeAnswers, sampleForm } from '@/lib/form-engine/fixtures';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import sv from '@/messages/sv.json';
import { errorText, type Translate } from './error-text';
import { formatAnswer } from './format';

const labels = { sample: { location: { abroad: 'Abroad' }, languages: { sv: 'Swedish', en: 'English' }, rent: 'Rent', floor: 'Floor area' } };
const translators = Object.fromEntries(
  Object.entries({ sv, en, ar }).map(([locale, messages]) => [locale, createTranslator({ locale, messages: { ...messages, ...labels } as never }) as unknown as Translate]),
);
const field = (id: string) => (sampleForm as FormDefinition).pages.flatMap((page) => page.fields).find((candidate) => candidate.id === id) as AnswerField;
// Intl writes a no-break space between the digits' groups and before a unit.
const nbsp = '\u00a0';

const rent: AnswerField = { id: 'rent', type: 'money', label: 'sample.rent', min: 1000, max: 25_000 };
const floor: AnswerField = { id: 'floor', type: 'area', label: 'sample.floor', max: 1200 };

describe('R-APP-06 R-SPQ-04 an answer on check-your-answers, in the page language', () => {
  test.each([
    ['sv', `25${nbsp}000${nbsp}kr`, `1${nbsp}200 m²`],
    ['en', `SEK${nbsp}25,000`, '1,200 m²'],
    ['ar', '25,000 كرونة سويدية', '1,200 م²'],
  ])('%s: an amount in kronor and a floor area', (locale, amount, area) => {
    const t = translators[locale]!;
    expect(formatAnswer(rent, '25000', {}, t, locale)).toEqual([amount]);
    expect(formatAnswer(floor, '1200', {}, t, locale)).toEqual([area]);
  });

  test('"62 m²": a small area has no digit groups', () => {
    expect(formatAnswer(floor, '62', {}, translators.sv!, 'sv')).toEqual(['62 m²']);
  });

  test('dates, choices, countries, personnummer, addresses and groups as the types write them', () => {
    const t = translators.sv!;
    const answers: Answers = { ...completeAnswers, members: [{ name: 'Sara', born: { day: '1', month: '2', year: '2010' } }] };
    const lines = (id: string) => formatAnswer(field(id), answers[id], answers, t, 'sv');
    expect(lines('birthDate')).toEqual(['5 mars 1990']);
    expect(lines('location')).toEqual(['Abroad']);
    expect(lines('languages')).toEqual(['Swedish']);
    expect(lines('hasSpouse')).toEqual(['Nej']);
    expect(lines('sponsorId')).toEqual(['19811218-9876']);
    expect(lines('members')).toEqual(['Sara, 1 februari 2010']);
    expect(lines('phone')).toEqual([]);
    const address: AnswerField = { id: 'home', type: 'address', label: 'sample.rent' };
    expect(formatAnswer(address, { street: 'Storgatan 1', postcode: '211 34', city: 'Malmö', country: 'SE' }, {}, t, 'sv')).toEqual(['Storgatan 1', '211 34 Malmö', 'Sverige']);
    expect(formatAnswer({ id: 'from', type: 'country', label: 'sample.rent' }, 'JO', {}, translators.en!, 'en')).toEqual(['Jordan']);
    expect(formatAnswer({ id: 'from', type: 'country', label: 'sample.rent' }, 'JO', {}, translators.ar!, 'ar')).toEqual(['الأردن']);
  });
});

describe('R-X-01 the words for a money or area error name its bounds as the page writes them', () => {
  const error = (field: AnswerField, kind: 'numberTooSmall' | 'numberTooLarge' | 'notWholeKronor' | 'negativeAmount' | 'invalidAmount' | 'notWholeSquareMetres') => ({ fieldId: field.id, path: field.id, kind });

  test.each([
    ['sv', `Rent måste vara 1${nbsp}000${nbsp}kr eller mer`, `Rent måste vara 25${nbsp}000${nbsp}kr eller mindre`, `Floor area måste vara 1${nbsp}200 m² eller mindre`],
    ['en', `Rent must be SEK${nbsp}1,000 or more`, `Rent must be SEK${nbsp}25,000 or less`, 'Floor area must be 1,200 m² or less'],
    ['ar', 'Rent: أدخل 1,000 كرونة سويدية أو أكثر', 'Rent: أدخل 25,000 كرونة سويدية أو أقل', 'Floor area: أدخل 1,200 م² أو أقل'],
  ])('%s', (locale, tooSmall, tooLarge, areaTooLarge) => {
    const t = translators[locale]!;
    expect(errorText(t, rent, error(rent, 'numberTooSmall'), locale)).toBe(tooSmall);
    expect(errorText(t, rent, error(rent, 'numberTooLarge'), locale)).toBe(tooLarge);
    expect(errorText(t, floor, error(floor, 'numberTooLarge'), locale)).toBe(areaTooLarge);
  });

  test('a fraction or a sign is told what to change', () => {
    const t = translators.en!;
    expect(errorText(t, rent, error(rent, 'notWholeKronor'), 'en')).toBe('Rent must be in whole kronor, without öre');
    expect(errorText(t, rent, error(rent, 'negativeAmount'), 'en')).toBe('Rent cannot be a negative amount');
    expect(errorText(t, rent, error(rent, 'invalidAmount'), 'en')).toBe('Rent must be an amount in kronor, like 25,000');
    expect(errorText(t, floor, error(floor, 'notWholeSquareMetres'), 'en')).toBe('Floor area must be a whole number of square metres, like 62');
    expect(errorText(translators.sv!, floor, error(floor, 'notWholeSquareMetres'), 'sv')).toBe('Floor area måste vara ett helt antal kvadratmeter, till exempel 62');
    expect(errorText(translators.ar!, rent, error(rent, 'negativeAmount'), 'ar')).toBe('Rent: لا يمكن أن يكون المبلغ سالبًا');
  });
});
