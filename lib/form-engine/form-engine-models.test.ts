import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mermaidFlowchart } from './diagram';
import { feeFor } from './fees';
import { completeAnswers, context, sampleForm } from './fixtures';
import { pageInputFromEntries } from './form-data';
import { lintForm, textKeysOf } from './lint';
import { defineForm } from './meta-schema';
import { migrateAnswers } from './migrations';
import { currentStep, isPageVisible, nextStep, pruneHiddenAnswers, visiblePages } from './navigation';
import { progress, summary } from './summary';
import type { Answers, FormDefinition } from './types';
import { validatePage } from './validation';

const page = (id: string) => sampleForm.pages.find((candidate) => candidate.id === id)!;

describe('R-APP-06 check-your-answers model', () => {
  test('lists every visible answer by section, each with the page that changes it', () => {
    const sections = summary(sampleForm, completeAnswers, context);
    expect(sections.map((section) => section.id)).toEqual(['eligibility', 'you']);
    const rows = sections[1]!.rows.map((row) => [row.fieldId, row.pageId]);
    expect(rows).toContainEqual(['email', 'about-you']);
    expect(rows).toContainEqual(['hasSpouse', 'adult-only']);
    expect(rows).not.toContainEqual(['spouseName', 'adult-only']);
    expect(sections[1]!.rows.find((row) => row.fieldId === 'phone')?.value).toBeUndefined();
  });
});

describe('R-ENG-08 progress', () => {
  test('counts only the pages shown for these answers and marks finished sections', () => {
    expect(progress(sampleForm, 'sponsor', completeAnswers, context)).toMatchObject({
      step: 3,
      of: 5,
      sections: [
        { id: 'eligibility', done: true, current: false },
        { id: 'you', done: true, current: true },
      ],
    });
    const minor = { location: 'abroad', birthDate: { day: '1', month: '1', year: '2015' } };
    expect(progress(sampleForm, 'sponsor', minor, context)).toMatchObject({ step: 3, of: 4, sections: [{ done: true }, { done: false }] });
  });
});

describe('R-FEE-01 fee rules', () => {
  test('the first rule that holds sets the fee, else the default', () => {
    expect(feeFor(sampleForm.fees!, completeAnswers, context)).toEqual({
      amount: 200000,
      persons: 1,
      currency: 'SEK',
      ruleId: 'default',
      reason: 'sample.fees.adult',
    });
    const child = { ...completeAnswers, birthDate: { day: '1', month: '1', year: '2015' } };
    expect(feeFor(sampleForm.fees!, child, context)).toMatchObject({ amount: 0, ruleId: 'child' });
  });

  test('a per-person fee counts the applicant and each family member', () => {
    const rules = { ...sampleForm.fees!, perPersonGroup: 'members' };
    const members = [{ name: 'Sara' }, { name: 'Omar' }];
    expect(feeFor(rules, { ...completeAnswers, members }, context)).toMatchObject({ amount: 600000, persons: 3 });
  });
});

describe('R-ENG-05 draft migrations', () => {
  test('a draft from version 1 moves to version 2 by the declared steps', () => {
    expect(migrateAnswers(sampleForm, 1, { name: 'Amira', nickname: 'Ami', email: 'a@example.org' })).toEqual({
      fullName: 'Amira',
      email: 'a@example.org',
    });
    expect(migrateAnswers(sampleForm, 2, { fullName: 'Amira' })).toEqual({ fullName: 'Amira' });
  });
  test('with no declared path the draft stays on its version (null)', () => {
    expect(migrateAnswers(sampleForm, 0, {})).toBeNull();
    const mapping = defineForm({ ...sampleForm, version: 3, migrations: [...sampleForm.migrations!, { from: 2, to: 3, steps: [{ mapValue: { field: 'languages', from: 'sv', to: 'en' } }] }] });
    expect(migrateAnswers(mapping, 2, { languages: ['sv', 'en'], location: 'abroad' })).toEqual({ languages: ['en', 'en'], location: 'abroad' });
  });
});

describe('R-ENG-03 posted forms', () => {
  test('flat names become the nested shape the schema reads; other names are ignored', () => {
    const input = pageInputFromEntries(page('about-you'), [
      ['fullName', 'Amira'],
      ['birthDate.day', '5'],
      ['birthDate.month', '3'],
      ['birthDate.year', '1990'],
      ['$ACTION_ID_abc', ''],
      ['isAdmin', 'true'],
    ]);
    expect(input).toEqual({ fullName: 'Amira', birthDate: { day: '5', month: '3', year: '1990' } });
    expect(pageInputFromEntries(page('sponsor'), [['languages', 'sv'], ['languages', 'en']])).toEqual({ languages: ['sv', 'en'] });
    const family = pageInputFromEntries(page('family'), [
      ['members.1.name', 'Omar'],
      ['members.0.name', 'Sara'],
      ['members.0.born.day', '1'],
      ['members.999.name', 'too far'],
      ['members.x.name', 'not a number'],
    ]);
    expect(family).toEqual({ members: [{ name: 'Sara', born: { day: '1' } }, { name: 'Omar' }] });
  });
});

/** A definition with one deliberate mistake of every kind the static checks look for. */
function brokenForm(): FormDefinition {
  return {
    ...sampleForm,
    pages: [
      ...sampleForm.pages,
      { id: 'never', section: 'you', showIf: { field: 'location', equals: 'moon' }, fields: [{ id: 'lost', type: 'text', label: 'sample.lost' }] },
      { id: 'family', section: 'nowhere', fields: [{ id: 'loop', type: 'text', label: 'sample.loop', showIf: { field: 'later', answered: true } }] },
      { id: 'last', section: 'you', fields: [{ id: 'later', type: 'text', label: 'sample.later' }, { id: 'ghost', type: 'text', label: 'sample.ghost', showIf: { field: 'hasSpouse', equals: 'perhaps' } }] },
    ],
    stops: [...sampleForm.stops, { id: 'odd', title: 'sample.odd', paragraphs: ['sample.odd'], after: 'nope', when: { field: 'unknown', answered: true } }],
  };
}

describe('R-ENG-06 static checks', () => {
  test('the sample form passes every check', () => {
    const messages = Object.fromEntries(textKeysOf(sampleForm).map((key) => [key, 'text']));
    const nested = Object.entries(messages).reduce<Record<string, unknown>>((tree, [key, value]) => {
      const parts = key.split('.');
      let node = tree;
      for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
      node[parts.at(-1)!] = value;
      return tree;
    }, {});
    expect(lintForm(sampleForm, { sv: nested })).toEqual([]);
  });

  test('finds unknown references, duplicates, cycles, unreachable pages, never-shown fields and missing texts', () => {
    const issues = lintForm(brokenForm(), { sv: {} });
    const codes = new Set(issues.map((issue) => issue.code));
    expect([...codes].sort()).toEqual(
      ['duplicate-id', 'forward-reference', 'missing-translation', 'never-shown-field', 'unknown-reference', 'unreachable-page'].sort(),
    );
    const messages = issues.map((issue) => issue.message).join('\n');
    expect(messages).toMatch(/page id "family" is used twice/);
    expect(messages).toMatch(/field "loop" reads "later", which is answered after it/);
    expect(messages).toMatch(/page "never" can never be reached/);
    expect(messages).toMatch(/field "ghost" is never shown/);
    expect(messages).toMatch(/stop "odd" follows unknown page "nope"/);
    expect(messages).toMatch(/unknown section "nowhere"/);
    expect(messages).toMatch(/"sample.title" is missing in sv/);
  });

  test('a stop that always applies makes the pages after it unreachable', () => {
    const form = { ...sampleForm, stops: [{ id: 'all', title: 'a.b', paragraphs: ['a.b'], after: 'location', when: { any: [{ field: 'location', equals: 'sweden' }, { not: { field: 'location', equals: 'sweden' } }] } }] } as FormDefinition;
    expect(lintForm(form).filter((issue) => issue.code === 'unreachable-page')).toHaveLength(sampleForm.pages.length - 1);
  });
});

describe('R-ENG-07 flow diagram', () => {
  test('draws pages, conditions and stops as a Mermaid flowchart', () => {
    const chart = mermaidFlowchart(sampleForm);
    expect(chart.startsWith('flowchart TD\n')).toBe(true);
    expect(chart).toContain('sponsor -->|"if birthDate age ≥ 18"| adult_only');
    expect(chart).toContain('sponsor --> family');
    expect(chart).toContain('location -.->|"location = sweden"| stop_in_sweden');
    expect(chart).toContain('family --> summary');
  });
});

// Random answers of every shape, including wrong ones, for every field of the sample form.
const anyValue = fc.oneof(
  fc.constantFrom('abroad', 'sweden', 'yes', 'no', 'sv', 'en', '0', '19', '811218-9876', 'a@b.se', ''),
  fc.string({ maxLength: 30 }),
  fc.array(fc.constantFrom('sv', 'en', 'fi'), { maxLength: 3 }),
  fc.record({ day: fc.constantFrom('1', '29', '31', 'x', ''), month: fc.constantFrom('1', '2', '13', ''), year: fc.constantFrom('1990', '2015', '2030', '') }),
  fc.constant(null),
  fc.integer(),
);
const fieldIds = sampleForm.pages.flatMap((candidate) => candidate.fields.map((field) => field.id));
const anyAnswers = fc.dictionary(fc.constantFrom(...fieldIds), anyValue) as fc.Arbitrary<Answers>;

describe('property: random answers', () => {
  test('never throw and never lead to a hidden page', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const step = currentStep(sampleForm, answers, context);
        if (step.kind === 'page') expect(isPageVisible(step.page, answers, context)).toBe(true);
        for (const candidate of visiblePages(sampleForm, answers, context)) {
          const next = nextStep(sampleForm, candidate.id, answers, context);
          if (next.kind === 'page') expect(isPageVisible(next.page, answers, context)).toBe(true);
          validatePage(sampleForm, candidate.id, answers as Record<string, unknown>, answers, context);
        }
        summary(sampleForm, answers, context);
      }),
      { numRuns: 500 },
    );
  });

  test('pruning keeps every visible answer and is stable', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const pruned = pruneHiddenAnswers(sampleForm, answers, context);
        expect(pruneHiddenAnswers(sampleForm, pruned, context)).toEqual(pruned);
        for (const [fieldId, value] of Object.entries(pruned)) expect(answers[fieldId]).toEqual(value);
      }),
      { numRuns: 500 },
    );
  });
});
