import { describe, expect, test } from 'vitest';
import { context, sampleForm } from '../fixtures';
import { pageInputFromEntries } from '../form-data';
import { lintForm } from '../lint';
import { defineForm } from '../meta-schema';
import type { AnswerField, FormDefinition } from '../types';
import { errorKindsOf, validatePage } from '../validation';

// The sponsor's income and home (R-SPQ-04): amounts in whole kronor, floor areas in whole
// square metres, typed as people write them.
const form = defineForm({
  ...sampleForm,
  pages: [
    ...sampleForm.pages,
    {
      id: 'home',
      section: 'you',
      fields: [
        { id: 'rent', type: 'money', label: 'sample.rent' },
        { id: 'salary', type: 'money', label: 'sample.salary', optional: true, min: 1000, max: 100_000 },
        { id: 'floor', type: 'area', label: 'sample.floor' },
        { id: 'garden', type: 'area', label: 'sample.garden', optional: true, min: 10, max: 500 },
      ],
    },
  ],
});

/** The stored answers, or each error as "field: kind". */
function post(input: Record<string, unknown>) {
  const result = validatePage(form, 'home', { rent: '1', floor: '1', ...input }, {}, context);
  return result.ok ? result.values : result.errors.map((error) => `${error.path}: ${error.kind}`);
}

describe('R-SPQ-04 money: an amount in whole kronor', () => {
  test.each([
    ['25 000', '25000'],
    ['25000', '25000'],
    ['25 000 kr', '25000'],
    ['25 000 kr.', '25000'],
    ['25\u00a0000\u00a0kr', '25000'], // as copied from a Swedish page
    ['25 000 kronor', '25000'],
    ['25 000:-', '25000'],
    ['SEK 25,000', '25000'],
    ['25.000', '25000'],
    ['1 250 000', '1250000'],
    ['٢٥٠٠٠', '25000'],
    ['٢٥٬٠٠٠ كرونة', '25000'],
    ['0', '0'],
    ['007', '7'],
  ])('"%s" is stored as %s', (typed, stored) => {
    expect(post({ rent: typed })).toMatchObject({ rent: stored });
  });

  test.each([
    ['25 000,50', 'notWholeKronor'],
    ['25000.5', 'notWholeKronor'],
    ['1,000.50 kr', 'notWholeKronor'],
    [',50', 'notWholeKronor'],
    ['-500', 'negativeAmount'],
    ['−500 kr', 'negativeAmount'],
    ['- 2,50', 'negativeAmount'],
    ['abc', 'invalidAmount'],
    ['kr', 'invalidAmount'],
    ['25 kr 000', 'invalidAmount'],
    ['2,5,0', 'invalidAmount'],
    ['1'.repeat(13), 'invalidAmount'],
    ['', 'required'],
    ['25\u0000000', 'invalidCharacters'],
  ])('R-X-01 "%s" is refused as %s', (typed, kind) => {
    expect(post({ rent: typed })).toEqual([`rent: ${kind}`]);
  });

  test('R-X-01 an optional amount may be left out; given, it must lie within its bounds', () => {
    expect(post({ salary: '  ' })).toEqual({ rent: '1', floor: '1' });
    expect(post({ salary: '999' })).toEqual(['salary: numberTooSmall']);
    expect(post({ salary: '100 001 kr' })).toEqual(['salary: numberTooLarge']);
    expect(post({ salary: '100 000 kr' })).toMatchObject({ salary: '100000' });
  });
});

describe('R-SPQ-04 area: a floor area in whole square metres', () => {
  test.each([
    ['62', '62'],
    ['62 m²', '62'],
    ['62m2', '62'],
    ['62 kvm', '62'],
    ['١٢٠ م²', '120'],
    ['1 200', '1200'],
  ])('"%s" is stored as %s', (typed, stored) => {
    expect(post({ floor: typed })).toMatchObject({ floor: stored });
  });

  test.each([
    ['62,5', 'notWholeSquareMetres'],
    ['62.5 m²', 'notWholeSquareMetres'],
    ['-62', 'numberTooSmall'],
    ['0', 'numberTooSmall'],
    ['sixty', 'invalidNumber'],
    ['', 'required'],
  ])('R-X-01 "%s" is refused as %s', (typed, kind) => {
    expect(post({ floor: typed })).toEqual([`floor: ${kind}`]);
  });

  test('R-X-01 declared bounds hold; an optional area may be left out', () => {
    expect(post({ garden: '' })).toEqual({ rent: '1', floor: '1' });
    expect(post({ garden: '9' })).toEqual(['garden: numberTooSmall']);
    expect(post({ garden: '501 m²' })).toEqual(['garden: numberTooLarge']);
  });
});

describe('R-ENG-02 R-ENG-03 money and area in the browser and in a plain post', () => {
  test('their error kinds are the ones the browser gets words for', () => {
    const [rent, , floor] = form.pages.at(-1)!.fields as readonly AnswerField[];
    expect(errorKindsOf(rent!)).toEqual(['required', 'invalidAmount', 'notWholeKronor', 'negativeAmount', 'numberTooSmall', 'numberTooLarge', 'invalidCharacters']);
    expect(errorKindsOf(floor!)).toEqual(['required', 'invalidNumber', 'notWholeSquareMetres', 'numberTooSmall', 'numberTooLarge', 'invalidCharacters']);
  });

  test('a post carries each as one value', () => {
    expect(pageInputFromEntries(form.pages.at(-1)!, [['rent', '8 500 kr'], ['floor', '62']])).toEqual({ rent: '8 500 kr', floor: '62' });
  });
});

/** What the static checks say of `fields` on a page of their own, by code. */
function lintOf(fields: object[], code: string) {
  return lintForm({ ...sampleForm, pages: [...sampleForm.pages, { id: 'p', section: 'you', fields: fields as never }] } as FormDefinition)
    .filter((issue) => issue.code === code)
    .map((issue) => issue.message);
}
const impossible = (fields: object[]) => lintOf(fields, 'impossible-answer');

describe('R-ENG-06 a money or area declaration is checked', () => {
  const withField = (field: object) => defineForm({ ...sampleForm, pages: [{ id: 'p', section: 'you', fields: [field as never] }] });

  test.each([
    ['a negative least amount', { id: 'x', type: 'money', label: 'a.b', min: -1 }, /expected number to be >=0\s+→ at pages\[0\]\.fields\[0\]\.min/],
    ['öre in a bound', { id: 'x', type: 'money', label: 'a.b', max: 99.5 }, /expected int, received number\s+→ at pages\[0\]\.fields\[0\]\.max/],
    ['a property of another type', { id: 'x', type: 'money', label: 'a.b', maxLength: 5 }, /Unrecognized key: "maxLength"/],
    ['an area of no floor', { id: 'x', type: 'area', label: 'a.b', min: 0 }, /expected number to be >0/],
    ['an unknown type', { id: 'x', type: 'currency', label: 'a.b' }, /Invalid discriminator value\. Expected .*'money' \| 'area'/],
    ['an unknown role', { id: 'x', type: 'money', label: 'a.b', role: 'salary' }, /a role is one of givenName/],
    ['an item field of a type a group cannot hold', { id: 'g', type: 'group', label: 'a.b', itemLabel: 'a.b', maxItems: 2, fields: [{ id: 'y', type: 'address', label: 'a.b' }] }, /at pages\[0\]\.fields\[0\]\.fields\[0\]\.type/],
  ])('the meta-schema refuses %s', (_name, field, problem) => {
    expect(() => withField(field)).toThrow(problem);
  });

  test('the static checks refuse bounds no answer fits', () => {
    expect(
      impossible([
        { id: 'rent', type: 'money', label: 'a.b', min: 5000, max: 100 },
        { id: 'floor', type: 'area', label: 'a.b', min: 30, max: 20 },
        { id: 'fine', type: 'money', label: 'a.b', min: 100, max: 100 },
      ]),
    ).toEqual(['field "rent" asks for at least 5000 and at most 100', 'field "floor" asks for at least 30 and at most 20']);
    expect(lintForm(form).map((issue) => issue.code)).not.toContain('impossible-answer');
  });
});

describe('R-ENG-06 each field type checks what the meta-schema cannot see alone', () => {
  test('a number, a date, a group', () => {
    expect(
      impossible([
        { id: 'count', type: 'number', label: 'a.b', min: 3, max: 2 },
        { id: 'when', type: 'date', label: 'a.b', past: true, future: true },
        { id: 'people', type: 'group', label: 'a.b', itemLabel: 'a.b', minItems: 3, maxItems: 2, fields: [{ id: 'age', type: 'area', label: 'a.b', min: 9, max: 1 }] },
      ]),
    ).toEqual([
      'field "count" asks for at least 3 and at most 2',
      'field "when" asks for a date both past and not past',
      'field "age" asks for at least 9 and at most 1',
      'field "people" asks for at least 3 and at most 2 items',
    ]);
  });

  test('a choice lists each option once', () => {
    const options = [{ value: 'a', label: 'a.b' }, { value: 'b', label: 'a.b' }, { value: 'a', label: 'a.c' }];
    expect(lintOf([{ id: 'pick', type: 'radios', label: 'a.b', options }], 'duplicate-id')).toEqual(['field "pick" lists the option "a" twice']);
    expect(lintOf([{ id: 'pick', type: 'radios', label: 'a.b', options: options.slice(0, 2) }], 'duplicate-id')).toEqual([]);
  });
});
