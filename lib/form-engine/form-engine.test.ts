import { describe, expect, test } from 'vitest';
import { ageOn, evaluate, toCalendarDate } from './conditions';
import { completeAnswers, context, sampleForm, today } from './fixtures';
import { defineForm } from './meta-schema';
import { currentStep, nextStep, previousPage, pruneHiddenAnswers, reachablePages, visiblePages } from './navigation';
import { parsePersonnummer } from './personnummer';
import { lintForm, textKeysOf } from './lint';
import type { Answers, ChoiceField, Condition, GroupField } from './types';
import { pageInputFromEntries, parsePagePost } from './form-data';
import { answersReadBy, errorKindsOf, isStorableText, missingDocuments, optionsFor, pageSchema, revealedBy, validatePage, withPageInput, withStorableText } from './validation';

describe('conditions', () => {
  const answers = { a: 'x', list: ['p', 'q'], born: { day: '23', month: '11', year: '2008' } };
  test('equals, oneOf, answered, not, all, any', () => {
    expect(evaluate({ field: 'a', equals: 'x' }, answers, context)).toBe(true);
    expect(evaluate({ field: 'list', equals: 'q' }, answers, context)).toBe(true);
    expect(evaluate({ field: 'a', oneOf: ['y', 'z'] }, answers, context)).toBe(false);
    expect(evaluate({ field: 'missing', answered: true }, answers, context)).toBe(false);
    expect(evaluate({ not: { field: 'a', equals: 'y' } }, answers, context)).toBe(true);
    expect(evaluate({ all: [{ field: 'a', equals: 'x' }, { field: 'list', equals: 'z' }] }, answers, context)).toBe(false);
    expect(evaluate({ any: [{ field: 'a', equals: 'y' }, { field: 'list', equals: 'p' }] }, answers, context)).toBe(true);
  });

  test('R-ELIG-03 age counts whole years, turning 18 on the birthday itself', () => {
    expect(evaluate({ field: 'born', ageAtLeast: 18 }, answers, context)).toBe(true);
    const dayBefore = { born: { day: '24', month: '11', year: '2008' } };
    expect(evaluate({ field: 'born', ageAtLeast: 18 }, dayBefore, context)).toBe(false);
    expect(ageOn(new Date(Date.UTC(2000, 1, 29)), new Date(Date.UTC(2018, 1, 28)))).toBe(17);
    expect(evaluate({ field: 'a', ageAtLeast: 18 }, answers, context)).toBe(false);
  });

  test('calendar dates must exist', () => {
    expect(toCalendarDate({ day: '29', month: '2', year: '2024' })).not.toBeNull();
    expect(toCalendarDate({ day: '29', month: '2', year: '2023' })).toBeNull();
    expect(toCalendarDate({ day: '1', month: '13', year: '2023' })).toBeNull();
    expect(toCalendarDate({ day: 'x', month: '1', year: '2023' })).toBeNull();
  });
});

describe('R-APP-01 personnummer', () => {
  test('accepts the usual forms and normalises to twelve digits', () => {
    for (const input of ['811218-9876', '8112189876', '198112189876', '19811218-9876', ' 811218 9876 ']) {
      expect(parsePersonnummer(input, today)?.normalized, input).toBe('198112189876');
    }
  });
  test('accepts samordningsnummer (day + 60)', () => {
    const parsed = parsePersonnummer('701063-2391', today);
    expect(parsed?.coordinationNumber).toBe(true);
    expect(parsed?.birthDate.toISOString().slice(0, 10)).toBe('1970-10-03');
  });
  test('refuses a wrong check digit, an impossible date, a future date and garbage', () => {
    expect(parsePersonnummer('811218-9875', today)).toBeNull();
    expect(parsePersonnummer('811318-9870', today)).toBeNull();
    expect(parsePersonnummer('20991218-9876', today)).toBeNull();
    expect(parsePersonnummer('abc', today)).toBeNull();
  });
  test('a plus sign means a hundred years or older', () => {
    expect(parsePersonnummer('121212+1212', today)?.normalized).toBe('191212121212');
    expect(parsePersonnummer('121212-1212', today)?.normalized).toBe('201212121212');
  });
});

describe('R-ENG-02 page validation', () => {
  test('gives one error per control, as error kinds', () => {
    const result = validatePage(sampleForm, 'about-you', { fullName: ' ', email: 'not-an-email', birthDate: { day: '31', month: '2', year: '1990' } }, {}, context);
    expect(result).toEqual({
      ok: false,
      errors: [
        { fieldId: 'fullName', path: 'fullName', kind: 'required' },
        { fieldId: 'email', path: 'email', kind: 'invalidEmail' },
        { fieldId: 'birthDate', path: 'birthDate.day', kind: 'invalidDate' },
      ],
    });
  });

  test('trims, normalises, drops empty optional answers and ignores unknown inputs', () => {
    const result = validatePage(
      sampleForm,
      'about-you',
      { fullName: ' Amira ', email: 'a@example.org', phone: '', birthDate: { day: '05', month: '3', year: '1990' }, admin: 'yes' },
      {},
      context,
    );
    expect(result).toEqual({ ok: true, values: { fullName: 'Amira', email: 'a@example.org', birthDate: { day: '05', month: '3', year: '1990' } } });
  });

  test('checks lengths, numbers, options, future dates and personnummer check digits', () => {
    const tooLong = validatePage(sampleForm, 'about-you', { ...completeAnswers, fullName: 'x'.repeat(21) }, {}, context);
    expect(tooLong.ok || tooLong.errors.map((error) => error.kind)).toEqual(['tooLong']);
    const future = validatePage(sampleForm, 'about-you', { ...completeAnswers, birthDate: { day: '1', month: '1', year: '2030' } }, {}, context);
    expect(future.ok || future.errors.map((error) => error.kind)).toEqual(['dateNotPast']);
    const sponsor = validatePage(sampleForm, 'sponsor', { sponsorId: '811218-9875', languages: ['fi'], children: '21' }, {}, context);
    expect(sponsor.ok || sponsor.errors.map((error) => `${error.path}:${error.kind}`)).toEqual([
      'sponsorId:invalidPersonnummer',
      'languages:invalidOption',
      'children:numberTooLarge',
    ]);
    const fine = validatePage(sampleForm, 'sponsor', { sponsorId: '811218-9876', languages: 'en', children: '2' }, {}, context);
    expect(fine).toEqual({ ok: true, values: { sponsorId: '198112189876', languages: ['en'], children: '2' } });
  });

  test('validates only the fields shown for the answers so far', () => {
    const spouseShown = validatePage(sampleForm, 'adult-only', { hasSpouse: 'yes' }, {}, context);
    expect(spouseShown.ok || spouseShown.errors.map((error) => error.fieldId)).toEqual(['spouseName']);
    expect(validatePage(sampleForm, 'adult-only', { hasSpouse: 'no', spouseName: 'x' }, {}, context)).toEqual({
      ok: true,
      values: { hasSpouse: 'no' },
    });
  });

  test('checks every item of a repeatable group and its item count', () => {
    const items = [{ name: 'Sara', born: { day: '1', month: '1', year: '2015' } }, { name: '', born: { day: '1', month: '1', year: '2016' } }];
    const result = validatePage(sampleForm, 'family', { members: items }, {}, context);
    expect(result.ok || result.errors).toEqual([{ fieldId: 'members', path: 'members.1.name', kind: 'required' }]);
    const tooMany = validatePage(sampleForm, 'family', { members: [items[0], items[0], items[0]] }, {}, context);
    expect(tooMany.ok || tooMany.errors.map((error) => error.kind)).toEqual(['tooManyItems']);
  });

  test('a tampered post with wrong types is refused, not thrown', () => {
    const result = validatePage(sampleForm, 'location', { location: { $ne: 1 } }, {}, context);
    expect(result.ok).toBe(false);
  });

  test.each([
    ['a NUL', 'Am\u0000ira'],
    ['a lone surrogate', 'Am\uD800ira'],
    ['a lone low surrogate', '\uDFFFAmira'],
    ['the mark of a character lost on the way (U+FFFD)', 'Am\uFFFDira'],
  ])('R-X-01 %s in any text answer is the field error invalidCharacters, never a stored value', (_name, bad) => {
    const kinds = (pageId: string, input: Record<string, unknown>) => {
      const result = validatePage(sampleForm, pageId, input, { hasSpouse: 'yes' }, context);
      return result.ok ? result.values : result.errors.map((error) => `${error.path}:${error.kind}`);
    };
    expect(kinds('about-you', { ...completeAnswers, fullName: bad, email: `a${bad}@example.org`, phone: `+46${bad}` })).toEqual([
      'fullName:invalidCharacters',
      'email:invalidCharacters',
      'phone:invalidCharacters',
    ]);
    expect(kinds('sponsor', { sponsorId: `811218-9876${bad}`, languages: ['en'], children: `2${bad}` })).toEqual([
      'sponsorId:invalidCharacters',
      'children:invalidCharacters',
    ]);
    expect(kinds('location', { location: `abroad${bad}` })).toEqual(['location:invalidCharacters']);
    expect(kinds('adult-only', { hasSpouse: 'yes', spouseName: bad })).toEqual(['spouseName:invalidCharacters']);
    expect(kinds('family', { members: [{ name: bad, born: { day: '1', month: '1', year: '2015' } }] })).toEqual(['members.0.name:invalidCharacters']);
    // Date parts and checkboxes only take digits or listed options: their own errors say so.
    expect(kinds('sponsor', { sponsorId: '811218-9876', languages: [`en${bad}`], children: '2' })).toEqual(['languages:invalidOption']);
  });

  test('R-X-01 a pair of surrogates (an emoji, a rare Han character) is text like any other', () => {
    expect(isStorableText('Amira 😀 𠀋')).toBe(true);
    const result = validatePage(sampleForm, 'about-you', { ...completeAnswers, fullName: 'Amira 😀' }, {}, context);
    expect(result.ok).toBe(true);
  });

  test('R-X-01 every text-like field type has words for invalidCharacters; a post kept to show again has them marked', () => {
    for (const type of ['text', 'textarea', 'email', 'phone', 'personnummer', 'number', 'radios', 'select', 'yesNo', 'country', 'address'] as const) {
      expect(errorKindsOf({ id: 'x', type, label: 'x', options: [] } as never)).toContain('invalidCharacters');
    }
    expect(withStorableText({ 'name\u0000': ['a\u0000b', 'c\uD800'], n: 1, none: null })).toEqual({ 'name\uFFFD': ['a\uFFFDb', 'c\uFFFD'], n: 1, none: null });
  });
});

describe('R-ELIG-09 navigation', () => {
  test('a stop answer leads to its stop page; the other answer goes on', () => {
    expect(nextStep(sampleForm, 'location', { location: 'sweden' }, context)).toMatchObject({ kind: 'stop', stop: { id: 'in-sweden' } });
    expect(nextStep(sampleForm, 'location', { location: 'abroad' }, context)).toMatchObject({ kind: 'page', page: { id: 'about-you' } });
  });

  test('hidden pages are skipped both ways', () => {
    const minor = { ...completeAnswers, birthDate: { day: '1', month: '1', year: '2015' } };
    expect(nextStep(sampleForm, 'sponsor', minor, context)).toMatchObject({ page: { id: 'family' } });
    expect(previousPage(sampleForm, 'family', minor, context)?.id).toBe('sponsor');
    expect(previousPage(sampleForm, 'family', completeAnswers, context)?.id).toBe('adult-only');
    expect(previousPage(sampleForm, 'location', completeAnswers, context)).toBeUndefined();
    expect(nextStep(sampleForm, 'family', completeAnswers, context)).toEqual({ kind: 'summary' });
  });

  test('the current step is the first incomplete page, or a stop an answer leads to', () => {
    expect(currentStep(sampleForm, {}, context)).toMatchObject({ page: { id: 'location' } });
    expect(currentStep(sampleForm, { location: 'sweden', fullName: 'kept' }, context)).toMatchObject({ stop: { id: 'in-sweden' } });
    expect(currentStep(sampleForm, { location: 'abroad' }, context)).toMatchObject({ page: { id: 'about-you' } });
    expect(currentStep(sampleForm, completeAnswers, context)).toEqual({ kind: 'summary' });
    expect(reachablePages(sampleForm, { location: 'abroad' }, context).map((page) => page.id)).toEqual(['location', 'about-you']);
  });

  test('changing an earlier answer drops only the answers that became hidden', () => {
    const withSpouse = { ...completeAnswers, hasSpouse: 'yes', spouseName: 'Omar' };
    const nowMinor = { ...withSpouse, birthDate: { day: '1', month: '1', year: '2015' } };
    const pruned = pruneHiddenAnswers(sampleForm, nowMinor, context);
    expect(pruned).not.toHaveProperty('hasSpouse');
    expect(pruned).not.toHaveProperty('spouseName');
    expect(pruned).toMatchObject({ fullName: 'Amira Haddad', sponsorId: '198112189876', languages: ['sv'] });
    expect(pruneHiddenAnswers(sampleForm, withSpouse, context)).toEqual(withSpouse);
    expect(visiblePages(sampleForm, nowMinor, context).map((page) => page.id)).not.toContain('adult-only');
  });
});

describe('definitions are checked when loaded', () => {
  test('a malformed definition is refused with the problem named', () => {
    expect(() => defineForm({ ...sampleForm, pages: [{ id: 'p', section: 'you', fields: [{ id: 'x', type: 'text', label: 'no-dots' }] }] })).toThrow(
      /translation key/,
    );
    expect(() =>
      defineForm({ ...sampleForm, stops: [{ id: 's', title: 'a.b', paragraphs: ['a.b'], after: 'location', when: { field: 'location', bogus: 1 } as never }] }),
    ).toThrow(/malformed/);
    expect(() => defineForm({ ...sampleForm, pages: [{ id: 'p', section: 'you', fields: [{ id: 'type', type: 'text', label: 'a.b' }] }] })).toThrow(
      /field id cannot be message, type/,
    );
  });
});

describe('address and document answers', () => {
  const form = defineForm({
    id: 'contact',
    version: 1,
    submission: { kind: 'answer-case' },
    title: 'contact.title',
    sections: [{ id: 'contact', title: 'contact.section' }],
    pages: [
      {
        id: 'where',
        section: 'contact',
        fields: [
          { id: 'address', type: 'address', label: 'contact.address' },
          { id: 'passport', type: 'document', label: 'contact.passport', documentType: 'passport', guidance: ['contact.guidance'] },
        ],
      },
      {
        id: 'sweden',
        section: 'contact',
        fields: [
          { id: 'swedishAddress', type: 'address', label: 'contact.swedishAddress', fixedCountry: 'SE' },
          {
            id: 'mission',
            type: 'select',
            label: 'contact.mission',
            optional: true,
            options: [
              { value: 'amman', label: 'contact.amman' },
              { value: 'beirut', label: 'contact.beirut' },
            ],
            optionsBy: { field: 'address', values: {} },
          },
        ],
      },
    ],
    stops: [],
  });

  test('R-X-01 a NUL in an address part or a posted document id is a field error', () => {
    const result = validatePage(form, 'where', { address: { street: 'Rainbow\u0000', city: 'Amman', country: 'JO' }, passport: ['doc\u0000'] }, {}, context);
    expect(result.ok || result.errors.map((error) => `${error.path}:${error.kind}`)).toEqual(['address.street:invalidCharacters', 'passport.0:invalidCharacters']);
  });

  test('an address needs street, city and a known country; the postcode may be left out', () => {
    const result = validatePage(form, 'where', { address: { street: 'Rainbow St 1', city: '', country: 'XX' }, passport: ['doc-1'] }, {}, context);
    expect(result.ok || result.errors.map((error) => `${error.path}:${error.kind}`)).toEqual(['address.city:required', 'address.country:invalidOption']);
    expect(validatePage(form, 'where', { address: { street: 'Rainbow St 1', city: 'Amman', country: 'JO' }, passport: ['doc-1'] }, {}, context)).toEqual({
      ok: true,
      values: { address: { street: 'Rainbow St 1', city: 'Amman', country: 'JO' }, passport: ['doc-1'] },
    });
  });

  test('R-DOC-02 a required document slot may be filled later but is missing until it holds a document', () => {
    const address = { street: 'a', city: 'b', country: 'JO' };
    expect(validatePage(form, 'where', { address, passport: 'posted-id' }, {}, context)).toEqual({ ok: true, values: { address, passport: [] } });
    expect(missingDocuments(form, { address }, context).map((field) => field.id)).toEqual(['passport']);
    expect(missingDocuments(form, { address, passport: ['doc-1'] }, context)).toEqual([]);
  });

  test('an address in Sweden takes its country as given and needs a postcode', () => {
    const result = validatePage(form, 'sweden', { swedishAddress: { street: 'Storgatan 1', city: 'Malmö', country: 'JO' } }, {}, context);
    expect(result.ok || result.errors.map((error) => error.path)).toEqual(['swedishAddress.postcode']);
  });

  test('R-APP-04 options can depend on an earlier answer', () => {
    const field = form.pages[1]!.fields[1] as ChoiceField;
    const withMap = { ...field, optionsBy: { field: 'country', values: { JO: ['amman'], SY: ['beirut', 'amman'] } } };
    expect(optionsFor(withMap, { country: 'JO' }).map((option) => option.value)).toEqual(['amman']);
    expect(optionsFor(withMap, { country: 'SY' }).map((option) => option.value)).toEqual(['beirut', 'amman']);
    expect(optionsFor(withMap, { country: 'SE' })).toEqual([]);
    expect(optionsFor(withMap, {})).toEqual([]);
    const page = { ...form.pages[1]!, fields: [withMap] };
    const custom = { ...form, pages: [form.pages[0]!, page] };
    const refused = validatePage(custom, 'sweden', { mission: 'beirut' }, { country: 'JO' } as Answers, context);
    expect(refused.ok || refused.errors.map((error) => error.kind)).toEqual(['invalidOption']);
  });
});

describe('R-ENG-02 what the browser needs to check a page', () => {
  const page = (id: string) => sampleForm.pages.find((candidate) => candidate.id === id)!;

  test('the earlier answers a page reads: its conditions, nothing else', () => {
    expect(answersReadBy(page('adult-only'), { hasSpouse: 'yes', fullName: 'Amira', email: 'a@b.se' })).toEqual({ hasSpouse: 'yes' });
    expect(answersReadBy(page('about-you'), completeAnswers)).toEqual({});
  });

  test('a repeatable group row left completely empty is not an answer', () => {
    const input = pageInputFromEntries(page('family'), [
      ['members.0.name', 'Sara'],
      ['members.1.name', '  '],
      ['members.1.born.day', ''],
      ['members.2.born.year', '1990'],
    ]);
    expect(input).toEqual({ members: [{ name: 'Sara' }, { born: { year: '1990' } }] });
    // Item 1 was row 2 on the page: an error about it belongs there.
    expect(parsePagePost(page('family'), [['members.1.name', ' '], ['members.2.name', 'Omar']]).rowsOnPage).toEqual({ members: [2] });
  });
});

describe('R-X-01 an optional answer that is wrong says what is wrong', () => {
  const form = defineForm({
    ...sampleForm,
    pages: [
      ...sampleForm.pages,
      {
        id: 'extras',
        section: 'you',
        fields: [
          { id: 'pets', type: 'number', label: 'sample.pets', optional: true, max: 9 },
          { id: 'workEmail', type: 'email', label: 'sample.workEmail', optional: true },
        ],
      },
    ],
  });
  const kinds = (input: Record<string, unknown>) => {
    const result = validatePage(form, 'extras', input, {}, context);
    return result.ok ? result.values : result.errors.map((error) => `${error.path}: ${error.kind}`);
  };

  test('left empty it is no answer; filled wrongly it gets the kind of its mistake', () => {
    expect(kinds({ pets: '', workEmail: ' ' })).toEqual({});
    expect(kinds({ pets: 'abc', workEmail: 'a@' })).toEqual(['pets: invalidNumber', 'workEmail: invalidEmail']);
    expect(kinds({ pets: '99', workEmail: `${'a'.repeat(250)}@b.se` })).toEqual(['pets: numberTooLarge', 'workEmail: tooLong']);
    expect(kinds({ pets: '3', workEmail: 'a@b.se' })).toEqual({ pets: '3', workEmail: 'a@b.se' });
  });
});

describe('a field rule (validIf), read over the answers beside the field', () => {
  const adult = { condition: { field: 'born', ageAtLeast: 18 }, error: 'sample.members.adult' };
  const members = sampleForm.pages.find((page) => page.id === 'family')!.fields[0] as GroupField;
  const withRule = defineForm({
    ...sampleForm,
    pages: sampleForm.pages.map((page) =>
      page.id === 'family' ? { ...page, fields: [{ ...members, fields: members.fields.map((inner) => (inner.id === 'born' ? { ...inner, validIf: adult } : inner)) }] } : page,
    ),
  });
  const person = (year: string, name = 'Sara') => ({ name, born: { day: '1', month: '1', year } });

  test('R-APP-03 within a group item: each item is judged on its own answers, in the browser schema too', () => {
    const result = validatePage(withRule, 'family', { members: [person('1990'), person('2015')] }, {}, context);
    expect(result.ok || result.errors).toEqual([{ fieldId: 'members', path: 'members.1.born', kind: 'validIf' }]);
    expect(validatePage(withRule, 'family', { members: [person('1990'), person('2008')] }, {}, context).ok).toBe(true);
    const page = withRule.pages.find((candidate) => candidate.id === 'family')!;
    expect(pageSchema(page, {}, context).safeParse({ members: [person('2015')] }).error?.issues[0]?.message).toBe('validIf');
  });

  test('not before the answer is a real date, and not on another error of the same field', () => {
    const unreal = validatePage(withRule, 'family', { members: [{ name: 'Sara', born: { day: '31', month: '2', year: '2015' } }] }, {}, context);
    expect(unreal.ok || unreal.errors.map((error) => error.kind)).toEqual(['invalidDate']);
    const unnamed = validatePage(withRule, 'family', { members: [person('2015', '')] }, {}, context);
    expect(unnamed.ok || unnamed.errors.map((error) => `${error.path}:${error.kind}`)).toEqual(['members.0.name:required', 'members.0.born:validIf']);
  });

  test('its error kind is among those the browser gets words for', () => {
    const group = withRule.pages.find((page) => page.id === 'family')!.fields[0] as GroupField;
    expect(errorKindsOf(group.fields[1]!)).toContain('validIf');
    expect(errorKindsOf(members.fields[1]!)).not.toContain('validIf');
  });

  test('R-ENG-06 a rule may read only the answers beside it', () => {
    const reading = (field: string) =>
      defineForm({
        ...withRule,
        pages: withRule.pages.map((page) =>
          page.id === 'family'
            ? { ...page, fields: [{ ...members, fields: members.fields.map((inner) => (inner.id === 'born' ? { ...inner, validIf: { ...adult, condition: { field, ageAtLeast: 18 } } } : inner)) }] }
            : page,
        ),
      });
    expect(lintForm(reading('born')).map((issue) => issue.code)).not.toContain('unknown-reference');
    expect(lintForm(reading('birthDate')).map((issue) => issue.message)).toContain('the rule of field "born" reads "birthDate", which is not asked on an item of "members"');
    expect(textKeysOf(withRule)).toContain('sample.members.adult');
  });
});

describe('R-APP-02 a question revealed by a choice on its page', () => {
  const adultOnly = sampleForm.pages.find((page) => page.id === 'adult-only')!;

  test('belongs to the option its condition names', () => {
    expect(revealedBy(adultOnly, adultOnly.fields[1]!)).toEqual({ choice: 'hasSpouse', value: 'yes' });
    expect(revealedBy(adultOnly, adultOnly.fields[0]!)).toBeUndefined();
    // A condition on an earlier page's answer is no reveal: the page shows the field or not.
    expect(revealedBy(sampleForm.pages[1]!, { id: 'x', type: 'text', label: 'a.b', showIf: { field: 'location', equals: 'abroad' } })).toBeUndefined();
  });

  test('its answer is dropped when the choice hides it, and the posted choice decides, not the saved one', () => {
    const saved = { ...completeAnswers, hasSpouse: 'yes', spouseName: 'Omar' };
    expect(validatePage(sampleForm, 'adult-only', { hasSpouse: 'no', spouseName: 'Omar' }, saved, context)).toEqual({ ok: true, values: { hasSpouse: 'no' } });
    // No choice posted: the saved "yes" does not make the hidden question required.
    const none = validatePage(sampleForm, 'adult-only', {}, saved, context);
    expect(none.ok || none.errors.map((error) => error.fieldId)).toEqual(['hasSpouse']);
    expect(withPageInput(adultOnly, saved, { hasSpouse: 'no' })).toMatchObject({ hasSpouse: 'no', fullName: 'Amira Haddad' });
    expect(withPageInput(adultOnly, saved, {})).not.toHaveProperty('hasSpouse');
  });

  test('R-ENG-06 a question shown by an answer on its own page must be one a choice above it can reveal', () => {
    const page = (showIf: Condition) => ({
      id: 'reveal',
      section: 'you',
      fields: [
        { id: 'pick', type: 'select' as const, label: 'a.b', options: [{ value: 'x', label: 'a.b' }] },
        { id: 'more', type: 'text' as const, label: 'a.b', showIf },
      ],
    });
    const codes = (showIf: Condition) => lintForm(defineForm({ ...sampleForm, pages: [...sampleForm.pages, page(showIf)] })).map((issue) => issue.code);
    expect(codes({ field: 'pick', equals: 'x' })).toContain('unrevealable-field');
    expect(codes({ field: 'location', equals: 'abroad' })).not.toContain('unrevealable-field');
    expect(lintForm(sampleForm).map((issue) => issue.code)).not.toContain('unrevealable-field');
  });
});
