import { describe, expect, test } from 'vitest';
import { currentStep, feeFor, migrateAnswers, type Answers, type ChoiceField, type FormDefinition } from '@/lib/form-engine';
import { completeAnswers } from './complete-answers.test-fixture';
import { familyReunionForm as version2 } from './definition';
import { familyReunionFormVersion1 as version1 } from './earlier-versions';

const context = { today: new Date(Date.UTC(2026, 0, 15)) };

const optionValues = (form: FormDefinition, fieldId: string) =>
  (form.pages.flatMap((page) => page.fields).find((field) => field.id === fieldId) as ChoiceField).options.map((option) => option.value);

/** A complete application on version 1, whose relative has refugee status. */
const version1Answers: Answers = { ...completeAnswers, sponsorPermit: 'protection' };

describe('R-ENG-05 versions of the family-reunion form', () => {
  test('R-ENG-05 version 1 is version 2 with the renamed option value undone, and nothing else', () => {
    expect(version1.version).toBe(1);
    expect(JSON.stringify(version1)).not.toContain('refugee-or-subsidiary-protection');
    expect(optionValues(version1, 'sponsorPermit')).toEqual(['permanent', 'protection', 'temporary', 'other']);
    expect(optionValues(version2, 'sponsorPermit')).toEqual(['permanent', 'refugee-or-subsidiary-protection', 'temporary', 'other']);
    const otherPages = (form: FormDefinition) => form.pages.filter((page) => page.id !== 'sponsor-permit');
    expect(otherPages(version1)).toEqual(otherPages(version2));
    expect(version1.stops).toEqual(version2.stops);
    expect(version1.fees?.rules[0]?.when).toEqual({ field: 'sponsorPermit', equals: 'protection' });
  });

  test('R-ENG-05 a complete version 1 application needs the declared migration to be complete on version 2', () => {
    expect(currentStep(version1, version1Answers, context)).toEqual({ kind: 'summary' });
    // Unmigrated, the old value is no option of version 2: the applicant would be sent back.
    expect(currentStep(version2, version1Answers, context)).toMatchObject({ kind: 'page', page: { id: 'sponsor-permit' } });
  });

  test('R-ENG-05 the migration renames the one value, keeps every other answer untouched and the fee exemption with it', () => {
    const migrated = migrateAnswers(version2, 1, version1Answers);
    expect(migrated).toEqual({ ...version1Answers, sponsorPermit: 'refugee-or-subsidiary-protection' });
    expect(currentStep(version2, migrated!, context)).toEqual({ kind: 'summary' });
    expect(feeFor(version1.fees!, version1Answers, context)).toMatchObject({ amount: 0, ruleId: 'protection' });
    expect(feeFor(version2.fees!, migrated!, context)).toMatchObject({ amount: 0, ruleId: 'protection' });
    // Any other permit is left as it was.
    expect(migrateAnswers(version2, 1, { ...version1Answers, sponsorPermit: 'temporary' })).toEqual({ ...version1Answers, sponsorPermit: 'temporary' });
  });
});
