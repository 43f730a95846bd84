import { createTranslator } from 'next-intl';
import { describe, expect, test } from 'vitest';
import { errorTextFor, errorTextsOf, type Translate } from '@/components/form/error-text';
import { isAnswerField, revealedBy, shownInput, summary, validatePage, type Answers, type Page } from '@/lib/form-engine';
import en from '@/messages/en.json';
import sv from '@/messages/sv.json';
import { familyReunionForm as form } from './definition';

const context = { today: new Date(Date.UTC(2026, 11, 2)) };
const pageOf = (id: string) => form.pages.find((page) => page.id === id) as Page;
const member = (year: string) => ({
  memberGivenName: 'Yusuf',
  memberFamilyName: 'Haddad',
  memberBirthDate: { day: '4', month: '5', year },
  memberRelationship: 'sibling',
  memberPassportNumber: 'P1234567',
});

describe('R-APP-03 R-ELIG-01 a person applying with you is an adult', () => {
  test('one born in 2015 is refused with the embassy route; one who is 18 passes', () => {
    const child = validatePage(form, 'family-members', { familyMembers: [member('1990'), member('2015')] }, { othersApplying: 'yes' }, context);
    expect(child.ok || child.errors).toEqual([{ fieldId: 'familyMembers', path: 'familyMembers.1.memberBirthDate', kind: 'validIf' }]);
    expect(validatePage(form, 'family-members', { familyMembers: [member('2008')] }, { othersApplying: 'yes' }, context).ok).toBe(true);
  });

  test('the words say where to apply instead, as the stop page for children does', () => {
    const t = createTranslator({ locale: 'en', messages: en }) as unknown as Translate;
    const texts = errorTextsOf(t, pageOf('family-members').fields.filter(isAnswerField));
    expect(errorTextFor(texts, 'familyMembers.1.memberBirthDate', 'validIf')).toMatch(/18 or older.*Swedish embassy or consulate-general/);
    const sw = createTranslator({ locale: 'sv', messages: sv }) as unknown as Translate;
    expect(errorTextFor(errorTextsOf(sw, pageOf('family-members').fields.filter(isAnswerField)), 'familyMembers.0.memberBirthDate', 'validIf')).toMatch(
      /fyllt 18 år.*svensk ambassad eller ett generalkonsulat/,
    );
  });
});

describe('R-APP-02 follow-up questions belong to the answer that reveals them', () => {
  test('every question shown by a choice on its own page is nested under that option', () => {
    const reveals = form.pages.flatMap((page) => page.fields.map((field) => [field.id, revealedBy(page, field)] as const)).filter(([, by]) => by);
    expect(Object.fromEntries(reveals)).toEqual({
      relationshipOther: { choice: 'relationship', value: 'other' },
      livedTogetherCountry: { choice: 'livedTogether', value: 'yes' },
      livedTogetherSince: { choice: 'livedTogether', value: 'yes' },
    });
    // Shown by the country given on an earlier page: not a reveal.
    expect(revealedBy(pageOf('embassy'), pageOf('embassy').fields[1]!)).toBeUndefined();
  });

  test('answering No drops the hidden answers: not stored, not on check-your-answers', () => {
    const posted = { livedTogether: 'no', livedTogetherCountry: 'JO', livedTogetherSince: { day: '1', month: '6', year: '2015' } };
    const result = validatePage(form, 'lived-together', posted, {}, context);
    expect(result).toEqual({ ok: true, values: { livedTogether: 'no' } });
    const shownRows = summary(form, { livedTogether: 'no', livedTogetherCountry: 'JO' } as Answers, context).flatMap((section) => section.rows.map((row) => row.fieldId));
    expect(shownRows).toContain('livedTogether');
    expect(shownRows).not.toContain('livedTogetherCountry');
  });

  test('a refused post keeps what was typed, but not under the answer not chosen', () => {
    const page = pageOf('relationship');
    const posted = { relationship: 'other', relationshipOther: '' };
    expect(validatePage(form, 'relationship', posted, {}, context).ok).toBe(false);
    expect(shownInput(page, {}, posted, context)).toEqual(posted);
    const hiddenTyped = { livedTogether: 'no', livedTogetherCountry: 'JO', livedTogetherSince: { day: '40', month: '1', year: '2015' } };
    expect(shownInput(pageOf('lived-together'), {}, hiddenTyped, context)).toEqual({ livedTogether: 'no' });
  });
});

describe('R-X-01 error messages name the field briefly (GOV.UK style)', () => {
  const t = createTranslator({ locale: 'en', messages: en }) as unknown as Translate;
  const words = (pageId: string) => errorTextsOf(t, pageOf(pageId).fields.filter(isAnswerField));

  test('"Enter your date of birth", "Date of birth must be a real date", "… must be in the past"', () => {
    expect(errorTextFor(words('applicant-birth'), 'applicantBirthDate', 'required')).toBe('Enter your date of birth');
    expect(errorTextFor(words('applicant-birth'), 'applicantBirthDate.month', 'invalidDate')).toBe('Date of birth must be a real date');
    expect(errorTextFor(words('applicant-birth'), 'applicantBirthDate', 'dateNotPast')).toBe('Date of birth must be in the past');
    expect(errorTextFor(words('lived-together'), 'livedTogether', 'required')).toBe('Select if you lived together');
    expect(errorTextFor(words('applicant-name'), 'applicantFamilyName', 'tooLong')).toBe('Family name must be 100 characters or less');
  });

  test('no message quotes a question', () => {
    for (const locale of [en, sv]) {
      const translate = createTranslator({ locale: locale === en ? 'en' : 'sv', messages: locale }) as unknown as Translate;
      for (const page of form.pages) {
        for (const byKind of Object.values(errorTextsOf(translate, page.fields.filter(isAnswerField)))) {
          for (const message of Object.values(byKind)) expect(message).not.toMatch(/[“”?]/);
        }
      }
    }
  });
});
