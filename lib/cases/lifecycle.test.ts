import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { forms } from '@/forms';
import type { PrismaClient } from '@/lib/db/generated/client';
import { CaseEventType, type CaseState } from '@/lib/db/generated/enums';
import { createMigratedDatabase } from '@/test/database';
import { IllegalTransition, INITIAL_STATE, nextState, openingEvent, recordCaseEvent, TRANSITIONS, type CaseEventInput } from './lifecycle';
import { QUESTIONNAIRE_REMINDER_DAYS, swedishDay } from './questionnaire-schedule';

let db: PrismaClient;
beforeAll(async () => {
  db = await createMigratedDatabase();
  process.env.APP_URL = 'http://127.0.0.1:3000';
});
afterAll(async () => {
  await db?.$disconnect();
});

const form = forms['family-reunion']!;
const registeredAt = new Date('2026-11-24T09:00:00Z');

/** A registered case about an application that names Leila as applicant and Sara's address as the sponsor's. */
async function newCase(at = registeredAt) {
  const application = await db.application.create({
    data: {
      formId: form.id,
      formVersion: form.version,
      answers: { applicantGivenName: 'Leila', applicantFamilyName: 'Haddad', sponsorEmail: 'sara@example.se' },
      sponsorPersonalIdentityNumber: '198001019802',
      submittedAt: at,
    },
  });
  return db.case.create({
    data: {
      controlNumber: randomUUID(),
      designationNumber: '1',
      category: 'family-reunion-close-relative',
      applicationId: application.id,
      state: INITIAL_STATE,
      events: { create: openingEvent(at) },
    },
  });
}

/** Records in a transaction that commits even when the event is refused: whatever was written stays. */
const record = (input: CaseEventInput) =>
  db.$transaction(async (tx) => {
    try {
      return await recordCaseEvent(tx, input);
    } catch (error) {
      if (error instanceof IllegalTransition) return error;
      throw error;
    }
  });

/** Everything written about a case. */
async function rowsOf(caseId: string) {
  return {
    state: (await db.case.findUniqueOrThrow({ where: { id: caseId } })).state,
    events: await db.caseEvent.findMany({ where: { caseId }, orderBy: { id: 'asc' } }),
    audit: await db.auditLog.count({ where: { objectType: 'case', objectId: caseId } }),
    emails: await db.outboxEmail.count(),
  };
}

const day = (date: Date) => date.toISOString().slice(0, 10);

describe('the case lifecycle table', () => {
  test('R-SPQ-03 over random event sequences the state is always the table’s, events are append-only and dated, and a refused event leaves no row behind', async () => {
    const step = fc.record({
      event: fc.constantFrom(...Object.values(CaseEventType)),
      day: fc.constantFrom(...QUESTIONNAIRE_REMINDER_DAYS, 3),
      hoursLater: fc.integer({ min: 0, max: 96 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 14 }), async (steps) => {
        const created = await newCase();
        let state: CaseState = INITIAL_STATE;
        let at = registeredAt;
        const reminded = new Set<number>();
        const expected = [['REGISTERED', day(registeredAt)]];
        for (const { event, day: reminderDay, hoursLater } of steps) {
          at = new Date(at.getTime() + hoursLater * 60 * 60 * 1000);
          const data = event === 'QUESTIONNAIRE_REMINDED' ? { day: reminderDay } : undefined;
          const to = nextState(state, event);
          const allowed = to && (event !== 'QUESTIONNAIRE_REMINDED' || (QUESTIONNAIRE_REMINDER_DAYS.includes(reminderDay as never) && !reminded.has(reminderDay)));
          const before = await rowsOf(created.id);
          const outcome = await record({ caseId: created.id, event, at, data });
          const after = await rowsOf(created.id);
          // What was there before is still there, unchanged.
          expect(after.events.slice(0, before.events.length)).toEqual(before.events);
          if (!allowed) {
            expect(outcome).toBeInstanceOf(IllegalTransition);
            expect(after).toEqual(before);
            continue;
          }
          expect(outcome).toEqual({ from: state, to });
          state = to;
          if (data) reminded.add(data.day);
          expect(after.state).toBe(state);
          expect(after.audit).toBe(before.audit + 1);
          const added = after.events.at(-1)!;
          expect(after.events).toHaveLength(before.events.length + 1);
          expect(added).toMatchObject({ type: event, occurredOn: swedishDay(at), recordedAt: at, actorAccountId: null });
          expected.push([event, day(swedishDay(at))]);
        }
        expect((await rowsOf(created.id)).events.map((event) => [event.type, day(event.occurredOn)])).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  test('R-SPQ-03 the decided state is final and every state the table names is one of its own', () => {
    expect(TRANSITIONS.DECIDED).toEqual({});
    for (const transitions of Object.values(TRANSITIONS)) {
      for (const to of Object.values(transitions)) expect(Object.keys(TRANSITIONS)).toContain(to);
    }
  });

  test('R-SPQ-01 sending the questionnaire invites the sponsor by e-mail, in Swedish with English below, with the link, how to sign in and the deadline', async () => {
    const created = await newCase();
    const requestId = randomUUID();
    expect(await record({ caseId: created.id, event: 'QUESTIONNAIRE_SENT', at: registeredAt, requestId, data: { questionnaire: 'sponsor-questionnaire' } })).toEqual({
      from: 'REGISTERED',
      to: 'AWAITING_QUESTIONNAIRE',
    });
    const [email, ...others] = await db.outboxEmail.findMany({ where: { kind: 'questionnaire-invitation', subject: { contains: created.controlNumber } } });
    expect(others).toEqual([]);
    expect(email!.to).toBe('sara@example.se');
    expect(email!.subject).toBe(`Frågeformulär om ansökan ${created.controlNumber} / Questionnaire about application ${created.controlNumber}`);
    const [swedish, english] = email!.text.split('――――――――――');
    expect(swedish).toContain('Leila Haddad har ansökt om uppehållstillstånd');
    expect(swedish).toContain(`http://127.0.0.1:3000/sv/sponsor/questionnaires/${created.applicationId}`);
    expect(swedish).toContain('Logga in med svensk e-legitimation');
    // Registered on 24 November: the answer must come before day 14.
    expect(swedish).toContain('före den 8 december 2026');
    expect(english).toContain(`http://127.0.0.1:3000/en/sponsor/questionnaires/${created.applicationId}`);
    expect(english).toContain('Sign in with Swedish e-ID');
    expect(english).toContain('before 8 December 2026');
    const audit = await db.auditLog.findFirstOrThrow({ where: { objectId: created.id } });
    expect(audit).toMatchObject({ requestId, action: 'case.questionnaire-sent', actorAccountId: null, outcome: 'SUCCESS' });
    expect(audit.detail).toEqual({ from: 'REGISTERED', to: 'AWAITING_QUESTIONNAIRE', questionnaire: 'sponsor-questionnaire' });
  });

  test('R-SPQ-03 a reminder repeats the link and the deadline, once for each day of the schedule', async () => {
    const created = await newCase();
    await record({ caseId: created.id, event: 'QUESTIONNAIRE_SENT', at: registeredAt });
    const dayTwelve = new Date('2026-12-06T08:00:00Z');
    expect(await record({ caseId: created.id, event: 'QUESTIONNAIRE_REMINDED', at: dayTwelve, data: { day: 12 } })).toMatchObject({ to: 'AWAITING_QUESTIONNAIRE' });
    const again = await record({ caseId: created.id, event: 'QUESTIONNAIRE_REMINDED', at: dayTwelve, data: { day: 12 } });
    expect(again).toBeInstanceOf(IllegalTransition);
    expect(String(again)).toContain('the day 12 reminder was already sent');
    const reminders = await db.outboxEmail.findMany({ where: { kind: 'questionnaire-reminder', subject: { contains: created.controlNumber } } });
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.subject).toMatch(/^Påminnelse: frågeformulär om ansökan .* \/ Reminder: questionnaire about application /);
    expect(reminders[0]!.text).toContain(`/sv/sponsor/questionnaires/${created.applicationId}`);
    expect(reminders[0]!.text).toContain('Svara före den 8 december 2026');
    expect(reminders[0]!.text).toContain('Please answer before 8 December 2026');
  });

  test('R-SPQ-03 an answer after the deadline is still taken, dated the day it came, by the sponsor', async () => {
    const created = await newCase();
    await record({ caseId: created.id, event: 'QUESTIONNAIRE_SENT', at: registeredAt });
    await record({ caseId: created.id, event: 'QUESTIONNAIRE_OVERDUE', at: new Date('2026-12-08T00:10:00Z') });
    const sponsor = await db.account.create({ data: { email: `sponsor-${created.id}@example.se`, roles: ['SPONSOR'] } });
    const late = new Date('2026-12-14T23:30:00Z');
    expect(
      await record({ caseId: created.id, event: 'QUESTIONNAIRE_ANSWERED', at: late, actor: { accountId: sponsor.id, role: 'SPONSOR' } }),
    ).toEqual({ from: 'QUESTIONNAIRE_OVERDUE', to: 'READY_FOR_PROCESSING' });
    const { events, state } = await rowsOf(created.id);
    expect(state).toBe('READY_FOR_PROCESSING');
    // 00:30 on 15 December in Sweden.
    expect(events.at(-1)).toMatchObject({ type: 'QUESTIONNAIRE_ANSWERED', occurredOn: new Date('2026-12-15T00:00:00Z'), actorAccountId: sponsor.id });
    expect(await db.auditLog.findFirst({ where: { objectId: created.id, action: 'case.questionnaire-answered' } })).toMatchObject({ actorRole: 'SPONSOR' });
  });

  test('R-SPQ-03 a refusal names the case, its state and the event, and an event row can be neither changed nor removed', async () => {
    const created = await newCase();
    await record({ caseId: created.id, event: 'DECIDED', at: registeredAt });
    const refused = await record({ caseId: created.id, event: 'QUESTIONNAIRE_ANSWERED', at: registeredAt });
    expect(String(refused)).toBe(`IllegalTransition: Case ${created.id} is DECIDED: QUESTIONNAIRE_ANSWERED is not allowed`);
    await expect(db.caseEvent.updateMany({ where: { caseId: created.id }, data: { type: 'REGISTERED' } })).rejects.toThrow(/append-only/);
    await expect(db.caseEvent.deleteMany({ where: { caseId: created.id } })).rejects.toThrow(/append-only/);
  });
});
