import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { forms } from '@/forms';
import { completeAnswers } from '@/forms/family-reunion/complete-answers.test-fixture';
import { submitDraft } from '@/lib/applications/submit';
import { recordCaseEvent } from '@/lib/cases/lifecycle';
import { moveClockTo, serviceClock } from '@/lib/clock';
import type { PrismaClient } from '@/lib/db/generated/client';
import type { Answers } from '@/lib/form-engine';
import { createMigratedDatabaseAt } from '@/test/database';
import { takeQuestionnaireStep } from './questionnaire-deadlines';
import { DEADLINE_STEP, DEADLINE_SWEEP, requestDeadlineSweep, startJobs, type Jobs } from './worker';

let url: string;
let db: PrismaClient;
let jobs: Jobs | undefined;

beforeAll(async () => {
  ({ url, db } = await createMigratedDatabaseAt());
  process.env.ADJUSTABLE_CLOCK = '1';
  process.env.APP_URL = 'http://127.0.0.1:3000';
  jobs = await startJobs({ connectionString: url, database: () => db });
});
afterAll(async () => {
  await jobs?.stop();
  await db?.$disconnect();
  delete process.env.ADJUSTABLE_CLOCK;
});

const form = forms['family-reunion']!;
// 10:00 on 24 November in Sweden.
const registeredAt = new Date('2026-11-24T09:00:00Z');
/** 10:00 in Sweden on the day `days` after registration. */
const onDay = (days: number) => new Date(registeredAt.getTime() + days * 24 * 60 * 60 * 1000);

/** Registers an application as paying does: through the submission, on the registration day. */
async function register(answers: Answers) {
  const account = await db.account.create({ data: { email: `${crypto.randomUUID()}@example.org`, emailVerified: true } });
  const draft = await db.draft.create({
    data: { formId: form.id, formVersion: form.version, ownerAccountId: account.id, answers: answers as never, declaredAt: registeredAt },
  });
  const { applicationId } = await db.$transaction((tx) => submitDraft(tx, draft.id, form, { locale: 'en', appUrl: 'http://127.0.0.1:3000', now: registeredAt }));
  return db.case.findFirstOrThrow({ where: { applicationId } });
}

/** No deadline job waits or runs any more: what the sweep found due has been taken. */
async function jobsSettled() {
  for (let waited = 0; waited < 30_000; waited += 100) {
    const [{ count }] = await db.$queryRaw<[{ count: bigint }]>`
      SELECT count(*) AS count FROM pgboss.job WHERE name IN (${DEADLINE_SWEEP}, ${DEADLINE_STEP}) AND state IN ('created', 'retry', 'active')`;
    if (count === 0n) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The deadline jobs did not finish within 30 s');
}

/** Moves the clock to the day and has the jobs run as the minute's sweep would. */
async function sweepOn(days: number) {
  await moveClockTo(db, onDay(days));
  await requestDeadlineSweep(url);
  await jobsSettled();
}

/** A case's events after its registration, as [event, reminder day, date]. */
async function questionnaireEvents(caseId: string) {
  const events = await db.caseEvent.findMany({ where: { caseId, type: { notIn: ['REGISTERED'] } }, orderBy: { id: 'asc' } });
  return events.map((event) => [event.type, (event.data as { day?: number } | null)?.day ?? null, event.occurredOn.toISOString().slice(0, 10)]);
}

const emails = (to: string, kind: string) => db.outboxEmail.count({ where: { to, kind } });

describe('the questionnaire deadline jobs, with the clock moved', () => {
  test('R-SPQ-01 R-SPQ-03 invitation at registration, reminders on days 7 and 12 and the overdue mark on day 14, each exactly once; an answered questionnaire gets no reminder', async () => {
    const waiting = await register({ ...completeAnswers, sponsorEmail: 'waiting@example.se', othersApplying: 'yes', familyMembers: [{ memberGivenName: 'Omar', memberFamilyName: 'Haddad', memberRelationship: 'sibling' }] });
    const answered = await register({ ...completeAnswers, sponsorEmail: 'answered@example.se' });
    const noAddress = await register({ ...completeAnswers, sponsorEmail: '' });

    // Registration invites the sponsor about the main application only, and only with an address.
    expect(await questionnaireEvents(waiting.id)).toEqual([['QUESTIONNAIRE_SENT', null, '2026-11-24']]);
    expect(await emails('waiting@example.se', 'questionnaire-invitation')).toBe(1);
    const member = await db.case.findFirstOrThrow({ where: { application: { mainApplicationId: waiting.applicationId } } });
    expect(member.state).toBe('REGISTERED');
    expect(await questionnaireEvents(member.id)).toEqual([]);
    expect((await db.case.findUniqueOrThrow({ where: { id: noAddress.id } })).state).toBe('REGISTERED');

    await sweepOn(3);
    await db.$transaction((tx) => recordCaseEvent(tx, { caseId: answered.id, event: 'QUESTIONNAIRE_ANSWERED', at: onDay(3) }));

    await sweepOn(6);
    expect(await questionnaireEvents(waiting.id)).toHaveLength(1);

    await sweepOn(7);
    // Again, and two processes taking the same case's step at once: nothing more.
    await sweepOn(7);
    const clock = await serviceClock(db);
    expect(await Promise.all([takeQuestionnaireStep(db, waiting.id, clock), takeQuestionnaireStep(db, waiting.id, clock)])).toEqual([null, null]);
    expect(await questionnaireEvents(waiting.id)).toEqual([
      ['QUESTIONNAIRE_SENT', null, '2026-11-24'],
      ['QUESTIONNAIRE_REMINDED', 7, '2026-12-01'],
    ]);
    expect(await emails('waiting@example.se', 'questionnaire-reminder')).toBe(1);

    await sweepOn(11);
    await sweepOn(12);
    await sweepOn(13);
    expect(await emails('waiting@example.se', 'questionnaire-reminder')).toBe(2);

    await sweepOn(14);
    await sweepOn(20);
    expect(await questionnaireEvents(waiting.id)).toEqual([
      ['QUESTIONNAIRE_SENT', null, '2026-11-24'],
      ['QUESTIONNAIRE_REMINDED', 7, '2026-12-01'],
      ['QUESTIONNAIRE_REMINDED', 12, '2026-12-06'],
      ['QUESTIONNAIRE_OVERDUE', null, '2026-12-08'],
    ]);
    expect((await db.case.findUniqueOrThrow({ where: { id: waiting.id } })).state).toBe('QUESTIONNAIRE_OVERDUE');
    expect(await emails('waiting@example.se', 'questionnaire-reminder')).toBe(2);

    // The answered questionnaire: no reminder, no overdue mark.
    expect(await questionnaireEvents(answered.id)).toEqual([
      ['QUESTIONNAIRE_SENT', null, '2026-11-24'],
      ['QUESTIONNAIRE_ANSWERED', null, '2026-11-27'],
    ]);
    expect(await emails('answered@example.se', 'questionnaire-reminder')).toBe(0);
    expect((await db.case.findUniqueOrThrow({ where: { id: answered.id } })).state).toBe('READY_FOR_PROCESSING');
  });

  test('R-SPQ-03 a sweep asked for while no process runs the jobs is done when one starts again', async () => {
    const later = await register({ ...completeAnswers, sponsorEmail: 'later@example.se' });
    await jobs!.stop();
    jobs = undefined;
    await moveClockTo(db, onDay(7));
    await requestDeadlineSweep(url);
    expect(await questionnaireEvents(later.id)).toHaveLength(1);

    jobs = await startJobs({ connectionString: url, database: () => db });
    await jobsSettled();
    expect(await questionnaireEvents(later.id)).toEqual([
      ['QUESTIONNAIRE_SENT', null, '2026-11-24'],
      ['QUESTIONNAIRE_REMINDED', 7, '2026-12-01'],
    ]);
    expect(await emails('later@example.se', 'questionnaire-reminder')).toBe(1);
  });
});
