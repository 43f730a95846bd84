import { createTranslator } from 'next-intl';
import { describe, expect, test } from 'vitest';
import { errorTextFor, errorTextsOf, type Translate } from '@/components/form/error-text';
import {
  currentStep,
  isAnswerField,
  nextStep,
  pruneHiddenAnswers,
  reachablePages,
  revealedBy,
  summary,
  validatePage,
  visiblePages,
  type Answers,
  type Page,
  type Step,
} from '@/lib/form-engine';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import sv from '@/messages/sv.json';
import { completeSponsorAnswers as complete } from './complete-answers.test-fixture';
import { sponsorQuestionnaireForm as form } from './definition';

const context = { today: new Date(Date.UTC(2026, 5, 1)) };
const pageOf = (id: string) => form.pages.find((page) => page.id === id) as Page;
const pageIdOf = (step: Step) => (step.kind === 'page' ? step.page.id : step.kind);
const visiblePageIds = (answers: Answers) => visiblePages(form, answers, context).map((page) => page.id);
const rowIds = (answers: Answers) => summary(form, answers, context).flatMap((section) => section.rows.map((row) => row.fieldId));
const without = (answers: Answers, ...fieldIds: string[]) => Object.fromEntries(Object.entries(answers).filter(([fieldId]) => !fieldIds.includes(fieldId)));

/** A sponsor who rents a room in someone else's home and lives with no one else. */
const lodger: Answers = {
  ...without(complete, 'householdMembers'),
  tenure: 'lodger',
  contractEnds: { day: '30', month: '6', year: '2027' },
  landlordAgrees: 'yes',
  floorArea: '24',
  rooms: '1',
  othersLiveThere: 'no',
};

/**
 * Answers the questionnaire page by page as the wizard does, from its first page: each page is
 * posted with its own answers from `answers`, must pass, and leads to the next. The page ids on
 * the way, and the end.
 */
function walk(answers: Answers): { pageIds: string[]; saved: Answers; end: Step } {
  const pageIds: string[] = [];
  let saved: Answers = {};
  let step: Step = { kind: 'page', page: form.pages[0]! };
  while (step.kind === 'page' && pageIds.length <= form.pages.length) {
    const page = step.page;
    pageIds.push(page.id);
    const input = Object.fromEntries(page.fields.filter((field) => field.id in answers).map((field) => [field.id, answers[field.id]]));
    const result = validatePage(form, page.id, input, saved, context);
    expect(result.ok || result.errors, `page ${page.id}`).toBe(true);
    if (result.ok) saved = { ...saved, ...result.values };
    step = nextStep(form, page.id, saved, context);
  }
  return { pageIds, saved, end: step };
}

describe('R-SPQ-04 the sponsor questionnaire runs on the form engine', () => {
  test('a complete answer set is answered page by page, each page passing, up to check-your-answers', () => {
    const { pageIds, saved, end } = walk(complete);
    expect(end.kind).toBe('summary');
    expect(pageIds).toEqual([
      'identity',
      'livelihood',
      'employment',
      'monthly-income',
      'home-address',
      'tenure',
      'home-size',
      'household',
      'household-members',
      'relation',
      'moved-to-sweden',
      'lived-together',
      'lived-together-periods',
      'met-since-moving',
      'dependency',
      'support',
      'relative-family',
      'languages',
      'contact-details',
    ]);
    expect(saved).toEqual(complete);
    expect(currentStep(form, saved, context)).toEqual({ kind: 'summary' });
    expect(reachablePages(form, saved, context).map((page) => page.id)).toEqual(pageIds);
    expect(summary(form, saved, context).map((section) => section.id)).toEqual(['income', 'housing', 'relationship', 'contact']);
    expect(rowIds(saved)).toEqual(expect.arrayContaining(['employerName', 'householdMembers', 'livingPeriods', 'contactEmail']));
  });

  test('an answer set with a page left unanswered stops there, not at the summary', () => {
    const step = currentStep(form, without(complete, 'rooms'), context);
    expect(pageIdOf(step)).toBe('home-size');
    expect(reachablePages(form, without(complete, 'rooms'), context).at(-1)?.id).toBe('home-size');
  });

  test('a pensioner is not asked about an employer or a company; an employee is', () => {
    expect(validatePage(form, 'livelihood', { livelihood: 'pension' }, {}, context)).toEqual({ ok: true, values: { livelihood: 'pension' } });
    expect(pageIdOf(nextStep(form, 'livelihood', { livelihood: 'pension' }, context))).toBe('monthly-income');
    expect(pageIdOf(nextStep(form, 'livelihood', { livelihood: 'employed' }, context))).toBe('employment');
    expect(pageIdOf(nextStep(form, 'livelihood', { livelihood: 'self-employed' }, context))).toBe('business');

    const pensioner = { ...without(complete, 'employerName', 'employedSince', 'employmentType'), livelihood: 'pension', monthlyIncome: '14500' };
    const { pageIds, end } = walk(pensioner);
    expect(end.kind).toBe('summary');
    expect(pageIds).not.toContain('employment');
    expect(pageIds).not.toContain('business');
    expect(pageIds).toContain('monthly-income');
  });

  test('with no income there is no question about its amount', () => {
    expect(pageIdOf(nextStep(form, 'livelihood', { livelihood: 'none' }, context))).toBe('home-address');
    expect(visiblePageIds({ livelihood: 'none' })).not.toContain('monthly-income');
  });

  test('a lodger is asked about the contract and the agreement of the person they rent from; an owner is not', () => {
    expect(pageIdOf(nextStep(form, 'tenure', { ...complete, tenure: 'lodger' }, context))).toBe('tenancy');
    expect(pageIdOf(nextStep(form, 'tenure', { ...complete, tenure: 'rented-second-hand' }, context))).toBe('tenancy');
    expect(pageIdOf(nextStep(form, 'tenure', { ...complete, tenure: 'owned-house' }, context))).toBe('home-size');

    // The contract's end may be left empty (until further notice), but not in the past.
    const openEnded = validatePage(form, 'tenancy', { contractEnds: { day: '', month: '', year: '' }, landlordAgrees: 'yes' }, lodger, context);
    expect(openEnded.ok).toBe(true);
    const ended = validatePage(form, 'tenancy', { contractEnds: { day: '1', month: '1', year: '2026' }, landlordAgrees: '' }, lodger, context);
    expect(ended.ok || ended.errors).toEqual([
      { fieldId: 'contractEnds', path: 'contractEnds', kind: 'dateNotFuture' },
      { fieldId: 'landlordAgrees', path: 'landlordAgrees', kind: 'required' },
    ]);

    const { pageIds, saved, end } = walk(lodger);
    expect(end.kind).toBe('summary');
    expect(pageIds.slice(pageIds.indexOf('tenure'), pageIds.indexOf('relation'))).toEqual(['tenure', 'tenancy', 'home-size', 'household']);
    expect(rowIds(saved)).toEqual(expect.arrayContaining(['contractEnds', 'landlordAgrees']));
    expect(rowIds(saved)).not.toContain('householdMembers');
  });

  test('an answer that a changed choice hides is dropped, and is not on check-your-answers', () => {
    const pensioner = pruneHiddenAnswers(form, { ...complete, livelihood: 'pension' }, context);
    expect(pensioner).toEqual({ ...without(complete, 'employerName', 'employedSince', 'employmentType'), livelihood: 'pension' });
    expect(rowIds(pensioner)).not.toContain('employerName');

    const aloneAtHome = pruneHiddenAnswers(form, { ...complete, othersLiveThere: 'no' }, context);
    expect(aloneAtHome).not.toHaveProperty('householdMembers');
    expect(pruneHiddenAnswers(form, { ...complete, livelihood: 'none' }, context)).not.toHaveProperty('monthlyIncome');
    expect(pruneHiddenAnswers(form, { ...complete, tenure: 'owned-house', landlordAgrees: 'yes' }, context)).not.toHaveProperty('landlordAgrees');
    expect(pruneHiddenAnswers(form, complete, context)).toEqual(complete);
  });

  test('a follow-up question is nested under the option that shows it, and dropped when another is chosen', () => {
    const reveals = form.pages.flatMap((page) => page.fields.map((field) => [field.id, revealedBy(page, field)] as const)).filter(([, by]) => by);
    expect(Object.fromEntries(reveals)).toEqual({
      otherSupport: { choice: 'livelihood', value: 'other-support' },
      fixedTermEnds: { choice: 'employmentType', value: 'fixed-term' },
      relationOther: { choice: 'relation', value: 'other' },
      lastMet: { choice: 'metSinceMoving', value: 'yes' },
      lastMetCountry: { choice: 'metSinceMoving', value: 'yes' },
      supportPerMonth: { choice: 'sendsMoney', value: 'yes' },
      otherLanguages: { choice: 'languages', value: 'other' },
    });
    expect(validatePage(form, 'languages', { languages: ['sv'], otherLanguages: 'Assyrian' }, {}, context)).toEqual({ ok: true, values: { languages: ['sv'] } });
    expect(validatePage(form, 'support', { sendsMoney: 'no', supportPerMonth: '3000' }, {}, context)).toEqual({ ok: true, values: { sendsMoney: 'no' } });
    const missing = validatePage(form, 'languages', { languages: ['sv', 'other'], otherLanguages: '' }, {}, context);
    expect(missing.ok || missing.errors).toEqual([{ fieldId: 'otherLanguages', path: 'otherLanguages', kind: 'required' }]);
  });
});

describe('R-SPQ-04 R-X-01 the words of the questionnaire', () => {
  const translators = { sv, en, ar };
  const translate = (locale: keyof typeof translators) => createTranslator({ locale, messages: translators[locale] }) as unknown as Translate;

  test.each(['sv', 'en', 'ar'] as const)('%s: the identity page names the e-ID person by its two placeholders', (locale) => {
    const raw = translators[locale].sponsorQuestionnaire.identity.p1;
    expect([...raw.matchAll(/\{(\w+)\}/g)].map((match) => match[1])).toEqual(['name', 'personalIdentityNumber']);
    const text = translate(locale)('sponsorQuestionnaire.identity.p1', { name: 'Omar Haddad', personalIdentityNumber: '19811218-9876' });
    expect(text).toContain('Omar Haddad');
    expect(text).toContain('19811218-9876');
  });

  test.each(['sv', 'en', 'ar'] as const)('%s: no error message quotes a question', (locale) => {
    const t = translate(locale);
    for (const page of form.pages) {
      for (const byKind of Object.values(errorTextsOf(t, page.fields.filter(isAnswerField)))) {
        for (const message of Object.values(byKind)) expect(message).not.toMatch(/[“”?؟]/);
      }
    }
  });

  test('messages name the field briefly and say what to do', () => {
    const words = (pageId: string) => errorTextsOf(translate('en'), pageOf(pageId).fields.filter(isAnswerField));
    expect(errorTextFor(words('livelihood'), 'livelihood', 'required')).toBe('Select what you mainly live on');
    expect(errorTextFor(words('home-size'), 'floorArea', 'numberTooSmall')).toBe('Living area must be 1 m² or more');
    expect(errorTextFor(words('household-members'), 'householdMembers.1.householdAge', 'required')).toBe("Enter the person's age");
    expect(errorTextFor(words('lived-together-periods'), 'livingPeriods', 'tooFewItems')).toBe('Add a period when you lived together');
  });
});
