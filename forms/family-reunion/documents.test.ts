// The documents and the representative of the family-reunion application, as the engine reads
// the definition: which slots are asked and required for which answers.
import { afterAll, describe, expect, test } from 'vitest';
import type { PrismaClient } from '@/lib/db/generated/client';
import { submitDraft } from '@/lib/applications/submit';
import {
  currentStep,
  missingDocuments,
  pruneHiddenAnswers,
  summary,
  validatePage,
  visiblePages,
  type Answers,
  type DocumentField,
} from '@/lib/form-engine';
import { createMigratedDatabase } from '@/test/database';
import { completeAnswers } from './complete-answers.test-fixture';
import { familyReunionForm as form } from './definition';

const context = { today: new Date(Date.UTC(2026, 10, 23)) };

/** Every question answered, no document uploaded, no representative; they lived together. */
const answered: Answers = {
  ...completeAnswers,
  livedTogether: 'yes',
  livedTogetherCountry: 'SY',
  livedTogetherSince: { day: '1', month: '6', year: '2015' },
};
const representative = { representativeName: 'Nadia Karimi', representativeEmail: 'nadia@law.example.se', representativePhone: '+46 8 123 456 78' };
const withRepresentative: Answers = { ...answered, hasRepresentative: 'yes', ...representative };

const slot = (fieldId: string) => form.pages.flatMap((page) => page.fields).find((field) => field.id === fieldId) as DocumentField;
const missing = (answers: Answers) => missingDocuments(form, answers, context).map((field) => field.id);
const pageIds = (answers: Answers) => visiblePages(form, answers, context).map((page) => page.id);
const uploaded = (...fieldIds: string[]) => Object.fromEntries(fieldIds.map((fieldId) => [fieldId, [`document-of-${fieldId}`]]));
const allRequired = ['passportCopy', 'relationshipProof', 'dependencyCertificate', 'cohabitationProof'];

describe('R-DOC-01 the required documents', () => {
  test('R-DOC-01 passport pages, proof of relationship, certificate of dependency and proof of living together are asked, each on its page, each required', () => {
    expect(pageIds(answered)).toEqual(expect.arrayContaining(['document-passport', 'document-relationship', 'document-dependency', 'document-cohabitation']));
    expect(allRequired.map((fieldId) => [slot(fieldId).documentType, slot(fieldId).optional ?? false])).toEqual([
      ['passport', false],
      ['relationship-proof', false],
      ['dependency-certificate', false],
      ['cohabitation-proof', false],
    ]);
    // The passport's guidance names the pages to copy and the machine-readable lines (R-DOC-03).
    expect(slot('passportCopy').guidance).toEqual(expect.arrayContaining(['familyReunion.documents.passportPages', 'familyReunion.documents.machineReadable']));
  });

  test('R-DOC-01 with none uploaded all four are missing; each uploaded is no longer missing; with all four nothing is', () => {
    expect(missing(answered)).toEqual(allRequired);
    for (const fieldId of allRequired) {
      expect(missing({ ...answered, ...uploaded(fieldId) })).toEqual(allRequired.filter((other) => other !== fieldId));
    }
    expect(missing({ ...answered, ...uploaded(...allRequired) })).toEqual([]);
    // An empty slot counts as missing too.
    expect(missing({ ...answered, ...uploaded(...allRequired), passportCopy: [] })).toEqual(['passportCopy']);
  });

  test('R-DOC-01 without having lived together, no proof of it is asked or required', () => {
    const apart = pruneHiddenAnswers(form, { ...answered, livedTogether: 'no' }, context);
    expect(pageIds(apart)).not.toContain('document-cohabitation');
    expect(missing(apart)).toEqual(['passportCopy', 'relationshipProof', 'dependencyCertificate']);
  });

  test('R-DOC-01 the slots do not stop the wizard: with every question answered the next step is check-your-answers', () => {
    expect(currentStep(form, answered, context)).toEqual({ kind: 'summary' });
  });
});

describe('R-APP-05 a representative with a power of attorney', () => {
  test('R-APP-05 without a representative neither their details nor the power of attorney are asked', () => {
    expect(pageIds(answered)).not.toContain('representative-details');
    expect(pageIds(answered)).not.toContain('document-power-of-attorney');
    expect(missing({ ...answered, ...uploaded(...allRequired) })).toEqual([]);
    const rows = summary(form, answered, context).flatMap((section) => section.rows.map((row) => row.fieldId));
    expect(rows).not.toEqual(expect.arrayContaining(['representativeName']));
    expect(rows).not.toContain('powerOfAttorney');
  });

  test('R-APP-05 with a representative their name, e-mail and phone are asked, each required, and checked', () => {
    expect(pageIds(withRepresentative)).toContain('representative-details');
    // Saying "yes" leads to the details page next: the application is not complete without it.
    expect(currentStep(form, { ...answered, hasRepresentative: 'yes' }, context)).toMatchObject({ kind: 'page', page: { id: 'representative-details' } });
    const empty = validatePage(form, 'representative-details', {}, withRepresentative, context);
    expect(empty.ok ? [] : empty.errors.map((error) => [error.fieldId, error.kind])).toEqual([
      ['representativeName', 'required'],
      ['representativeEmail', 'required'],
      ['representativePhone', 'required'],
    ]);
    const wrong = validatePage(form, 'representative-details', { ...representative, representativeEmail: 'not an address' }, withRepresentative, context);
    expect(wrong.ok ? [] : wrong.errors.map((error) => error.fieldId)).toEqual(['representativeEmail']);
    expect(validatePage(form, 'representative-details', representative, withRepresentative, context)).toEqual({ ok: true, values: representative });
  });

  test('R-APP-05 with a representative the signed power of attorney (form 106011) is a required document', () => {
    expect(pageIds(withRepresentative)).toContain('document-power-of-attorney');
    expect(slot('powerOfAttorney')).toMatchObject({ documentType: 'power-of-attorney', guidance: expect.arrayContaining(['familyReunion.documents.form106011']) });
    expect(slot('powerOfAttorney').optional).toBeFalsy();
    expect(missing({ ...withRepresentative, ...uploaded(...allRequired) })).toEqual(['powerOfAttorney']);
    expect(missing({ ...withRepresentative, ...uploaded(...allRequired, 'powerOfAttorney') })).toEqual([]);
  });

  test('R-APP-05 changing the answer to "no" drops the representative\'s details and the power of attorney', () => {
    const changed = pruneHiddenAnswers(form, { ...withRepresentative, ...uploaded('powerOfAttorney'), hasRepresentative: 'no' }, context);
    for (const fieldId of [...Object.keys(representative), 'powerOfAttorney']) expect(changed).not.toHaveProperty(fieldId);
    expect(changed).toEqual(answered);
  });

  describe('registered', () => {
    let db: PrismaClient | undefined;
    afterAll(() => db?.$disconnect());

    test('R-APP-05 the representative\'s details are kept with the registered application', async () => {
      db = await createMigratedDatabase();
      const account = await db.account.create({ data: { email: 'amira@example.org', emailVerified: true } });
      const draft = await db.draft.create({
        data: { formId: form.id, formVersion: form.version, ownerAccountId: account.id, answers: withRepresentative as never, declaredAt: new Date() },
      });
      const submitted = await db.$transaction((tx) => submitDraft(tx, draft.id, form, { locale: 'en', appUrl: 'http://127.0.0.1:3000' }));
      const application = await db.application.findUniqueOrThrow({ where: { id: submitted.applicationId } });
      expect(application.answers).toMatchObject({ hasRepresentative: 'yes', ...representative });
    });
  });
});
