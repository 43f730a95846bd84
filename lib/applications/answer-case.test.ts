import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { forms } from '@/forms';
import { completeSponsorAnswers } from '@/forms/sponsor-questionnaire/complete-answers.test-fixture';
import { IllegalTransition, recordCaseEvent } from '@/lib/cases/lifecycle';
import type { PrismaClient } from '@/lib/db/generated/client';
import { createMigratedDatabase } from '@/test/database';
import { answerCase } from './answer-case';
import { submitDraft } from './submit';

let db: PrismaClient;
beforeAll(async () => {
  db = await createMigratedDatabase();
});
afterAll(async () => {
  await db?.$disconnect();
});

const application = forms['family-reunion']!;
const questionnaire = forms['sponsor-questionnaire']!;
const SARA = '198503121231';
const registeredAt = new Date('2026-11-24T10:00:00Z');

/** A registered application naming Sara as sponsor (so she was asked), and her declared questionnaire draft about it. */
async function askedAndAnswered() {
  const applicant = await db.account.create({ data: { email: `applicant-${crypto.randomUUID()}@example.org` } });
  const sponsor = await db.account.create({ data: { email: `sara-${crypto.randomUUID()}@example.invalid`, personalIdentityNumber: `19${crypto.randomUUID().replace(/\D/g, '').slice(0, 10)}` } });
  const draft = await db.draft.create({
    data: {
      formId: application.id,
      formVersion: application.version,
      ownerAccountId: applicant.id,
      declaredAt: registeredAt,
      answers: { applicantGivenName: 'Amira', applicantFamilyName: 'Haddad', applicantEmail: 'amira@example.org', sponsorPersonnummer: SARA, sponsorEmail: 'sara@example.se', mission: 'amman' },
    },
  });
  const sent = await db.$transaction((tx) => submitDraft(tx, draft.id, application, { locale: 'en', appUrl: 'http://127.0.0.1:3000', now: registeredAt }));
  const answers = await db.draft.create({
    data: { formId: questionnaire.id, formVersion: questionnaire.version, ownerAccountId: sponsor.id, subjectApplicationId: sent.applicationId, answers: completeSponsorAnswers as never, declaredAt: new Date() },
  });
  const registered = await db.case.findUniqueOrThrow({ where: { applicationId: sent.applicationId } });
  return { sponsor, draft: answers, caseId: registered.id };
}

const respondentOf = (accountId: string) => ({ accountId, role: 'APPLICANT' as const });

describe('R-SPQ-04 sending a questionnaire attaches its answers to the case it is about', () => {
  test('frozen answers and form version, a dated "answered" event, the draft read-only; sent twice, the first stands', async () => {
    const { sponsor, draft, caseId } = await askedAndAnswered();
    const now = new Date('2026-12-01T09:00:00Z');
    const first = await db.$transaction((tx) => answerCase(tx, draft.id, questionnaire, { respondent: respondentOf(sponsor.id), now }));
    const again = await db.$transaction((tx) => answerCase(tx, draft.id, questionnaire, { respondent: respondentOf(sponsor.id), now: new Date() }));
    expect(again).toEqual(first);
    const response = await db.caseResponse.findUniqueOrThrow({ where: { id: first.responseId } });
    expect(response).toMatchObject({ caseId, formId: questionnaire.id, formVersion: questionnaire.version, respondentAccountId: sponsor.id, submittedAt: now });
    expect(response.answers).toEqual(completeSponsorAnswers);
    const events = await db.caseEvent.findMany({ where: { caseId }, orderBy: { id: 'asc' } });
    expect(events.map((event) => event.type)).toEqual(['REGISTERED', 'QUESTIONNAIRE_SENT', 'QUESTIONNAIRE_ANSWERED']);
    expect(events.at(-1)!.occurredOn.toISOString().slice(0, 10)).toBe('2026-12-01');
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).state).toBe('READY_FOR_PROCESSING');
    expect((await db.draft.findUniqueOrThrow({ where: { id: draft.id } })).submittedResponseId).toBe(first.responseId);
    // The sponsor gets a receipt at the address the application gives, once.
    expect(await db.outboxEmail.count({ where: { to: 'sara@example.se', kind: 'questionnaire-received', text: { contains: 'Amira Haddad' } } })).toBe(1);
  });

  test('R-SPQ-03 a late answer is still taken and dated; the case leaves "overdue"', async () => {
    const { sponsor, draft, caseId } = await askedAndAnswered();
    await db.$transaction((tx) => recordCaseEvent(tx, { caseId, event: 'QUESTIONNAIRE_OVERDUE', at: new Date('2026-12-08T06:00:00Z') }));
    await db.$transaction((tx) => answerCase(tx, draft.id, questionnaire, { respondent: respondentOf(sponsor.id), now: new Date('2026-12-10T12:00:00Z') }));
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).state).toBe('READY_FOR_PROCESSING');
  });

  test('R-X-03 only the draft\'s owner sends it; a decided case takes no answers, and nothing is written', async () => {
    const { sponsor, draft, caseId } = await askedAndAnswered();
    const stranger = await db.account.create({ data: { email: `johan-${crypto.randomUUID()}@example.invalid` } });
    await expect(db.$transaction((tx) => answerCase(tx, draft.id, questionnaire, { respondent: respondentOf(stranger.id), now: new Date() }))).rejects.toThrow(/not the respondent's/);
    await db.$transaction((tx) => recordCaseEvent(tx, { caseId, event: 'DECIDED', at: new Date() }));
    await expect(db.$transaction((tx) => answerCase(tx, draft.id, questionnaire, { respondent: respondentOf(sponsor.id), now: new Date() }))).rejects.toBeInstanceOf(IllegalTransition);
    expect(await db.caseResponse.count({ where: { caseId } })).toBe(0);
    expect((await db.draft.findUniqueOrThrow({ where: { id: draft.id } })).submittedResponseId).toBeNull();
  });
});
