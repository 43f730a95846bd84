// The case lifecycle: one table of which event may happen in which state and the state it
// leads to. Every change of a case goes through `recordCaseEvent`, which in the caller's
// transaction appends the dated event, moves the state, writes the audit row and queues the
// e-mails the event implies; an event the table does not allow is refused before anything is
// written. The questionnaire's deadline jobs (lib/jobs) and the pages record through it too.
import { randomUUID } from 'node:crypto';
import { recordAudit } from '@/lib/audit';
import type { Prisma } from '@/lib/db/generated/client';
import type { CaseEventType, CaseState, Role } from '@/lib/db/generated/enums';
import { textOfRole, type Answers } from '@/lib/form-engine';
import { formatDate } from '@/lib/i18n/format';
import { translatorFor } from '@/lib/i18n/translator';
import { queueEmail } from '@/lib/notify/outbox';
import { applicantName, formOfApplication } from './parties';
import { QUESTIONNAIRE_REMINDER_DAYS, questionnaireDeadline, swedishDay } from './questionnaire-schedule';

type Transitions = Partial<Record<CaseEventType, CaseState>>;

// What a caseworker may do with a case that waits for nobody; where the caseworker's desk, the
// interview and the decision plug in.
const CASEWORKER_MOVES = {
  SUPPLEMENT_REQUESTED: 'AWAITING_SUPPLEMENT',
  INTERVIEW_INVITED: 'AWAITING_INTERVIEW_BOOKING',
  DECIDED: 'DECIDED',
} as const satisfies Transitions;

/**
 * State × event → next state. A state without events is final. While the sponsor's
 * questionnaire is open the case waits for it (only a decision may end it early), so an answer,
 * even a late one, always finds the case in a state that takes it.
 */
export const TRANSITIONS: Readonly<Record<CaseState, Transitions>> = {
  REGISTERED: { QUESTIONNAIRE_SENT: 'AWAITING_QUESTIONNAIRE', ...CASEWORKER_MOVES },
  AWAITING_QUESTIONNAIRE: {
    QUESTIONNAIRE_REMINDED: 'AWAITING_QUESTIONNAIRE',
    QUESTIONNAIRE_ANSWERED: 'READY_FOR_PROCESSING',
    QUESTIONNAIRE_OVERDUE: 'QUESTIONNAIRE_OVERDUE',
    DECIDED: 'DECIDED',
  },
  QUESTIONNAIRE_OVERDUE: { QUESTIONNAIRE_ANSWERED: 'READY_FOR_PROCESSING', DECIDED: 'DECIDED' },
  READY_FOR_PROCESSING: CASEWORKER_MOVES,
  AWAITING_SUPPLEMENT: { SUPPLEMENT_RECEIVED: 'IN_PROGRESS', DECIDED: 'DECIDED' },
  IN_PROGRESS: CASEWORKER_MOVES,
  AWAITING_INTERVIEW_BOOKING: { INTERVIEW_BOOKED: 'INTERVIEW_BOOKED', DECIDED: 'DECIDED' },
  INTERVIEW_BOOKED: CASEWORKER_MOVES,
  DECIDED: {},
  // Cases closed before this table existed.
  CLOSED: {},
};

/** Every case begins here, with the opening event the submission writes as it creates the case. */
export const INITIAL_STATE: CaseState = 'REGISTERED';
export const openingEvent = (at: Date) => ({ type: 'REGISTERED' as const, occurredOn: swedishDay(at), recordedAt: at });

/** The state `event` leads to from `state`, or null when the table does not allow it. */
export function nextState(state: CaseState, event: CaseEventType): CaseState | null {
  return TRANSITIONS[state][event] ?? null;
}

/** The states in which the table allows `event`. */
export function statesAllowing(event: CaseEventType): CaseState[] {
  return (Object.keys(TRANSITIONS) as CaseState[]).filter((state) => nextState(state, event));
}

export class IllegalTransition extends Error {
  constructor(
    readonly caseId: string,
    readonly state: CaseState,
    readonly event: CaseEventType,
    reason?: string,
  ) {
    super(`Case ${caseId} is ${state}: ${event} is not allowed${reason ? ` (${reason})` : ''}`);
    this.name = 'IllegalTransition';
  }
}

/** Locks the case row for the rest of the transaction and returns its state. */
export async function lockCase(tx: Prisma.TransactionClient, caseId: string): Promise<CaseState> {
  const [row] = await tx.$queryRaw<{ state: CaseState }[]>`SELECT state FROM "case" WHERE id = ${caseId}::uuid FOR UPDATE`;
  if (!row) throw new Error(`No case ${caseId}`);
  return row.state;
}

export interface CaseEventInput {
  caseId: string;
  event: CaseEventType;
  /** When it happened, from the service's clock (lib/clock.ts); the event is dated on that day in Sweden. */
  at: Date;
  /** Null or absent: the service itself (a deadline job, a submission). */
  actor?: { accountId: string; role: Role | null } | null;
  requestId?: string;
  /** QUESTIONNAIRE_REMINDED: `{ day }`, the schedule's day the reminder is for. */
  data?: Record<string, unknown>;
  /** The service's address for links in e-mails, when the caller has it; else APP_URL. */
  appUrl?: string;
}

/**
 * Records `event` on the case in the caller's transaction: locks the case, checks the table,
 * appends the event, moves the state, writes the audit row and queues the e-mails the event
 * implies. Throws IllegalTransition, having written nothing, when the table does not allow it.
 */
export async function recordCaseEvent(tx: Prisma.TransactionClient, input: CaseEventInput): Promise<{ from: CaseState; to: CaseState }> {
  const { caseId, event, at, actor, data } = input;
  const from = await lockCase(tx, caseId);
  const to = nextState(from, event);
  if (!to) throw new IllegalTransition(caseId, from, event);
  if (event === 'QUESTIONNAIRE_REMINDED') await checkReminder(tx, caseId, from, data?.day);

  await tx.caseEvent.create({
    data: {
      caseId,
      type: event,
      occurredOn: swedishDay(at),
      recordedAt: at,
      actorAccountId: actor?.accountId ?? null,
      data: data as Prisma.InputJsonValue | undefined,
    },
  });
  await tx.case.update({ where: { id: caseId }, data: { state: to } });
  await recordAudit(tx, {
    requestId: input.requestId ?? randomUUID(),
    actorAccountId: actor?.accountId ?? null,
    actorRole: actor?.role ?? null,
    action: `case.${event.toLowerCase().replaceAll('_', '-')}`,
    objectType: 'case',
    objectId: caseId,
    outcome: 'SUCCESS',
    detail: { from, to, ...data } as Prisma.InputJsonValue,
  });
  const email = SPONSOR_EMAILS[event];
  if (email) await queueSponsorEmail(tx, caseId, email, input.appUrl ?? serviceAddress());
  return { from, to };
}

/** A reminder is for one of the schedule's days, and each day's reminder goes once. */
async function checkReminder(tx: Prisma.TransactionClient, caseId: string, state: CaseState, day: unknown) {
  if (!QUESTIONNAIRE_REMINDER_DAYS.includes(day as never)) {
    throw new IllegalTransition(caseId, state, 'QUESTIONNAIRE_REMINDED', `no reminder is due on day ${String(day)}`);
  }
  const earlier = await tx.caseEvent.findFirst({ where: { caseId, type: 'QUESTIONNAIRE_REMINDED', data: { path: ['day'], equals: day as number } } });
  if (earlier) throw new IllegalTransition(caseId, state, 'QUESTIONNAIRE_REMINDED', `the day ${String(day)} reminder was already sent`);
}

// The e-mails events imply, all to the sponsor: the invitation with how to answer (R-SPQ-01),
// the reminders (R-SPQ-03), each with the same link and deadline, and the receipt of the answers.
const SPONSOR_EMAILS: Partial<Record<CaseEventType, SponsorEmail>> = {
  QUESTIONNAIRE_SENT: { messages: 'Email.questionnaireInvitation', kind: 'questionnaire-invitation' },
  QUESTIONNAIRE_REMINDED: { messages: 'Email.questionnaireReminder', kind: 'questionnaire-reminder' },
  QUESTIONNAIRE_ANSWERED: { messages: 'Email.questionnaireReceived', kind: 'questionnaire-received' },
};

interface SponsorEmail {
  messages: string;
  kind: string;
}

/** The sponsor lives in Sweden: Swedish first, English below, in one e-mail. */
const SPONSOR_EMAIL_LOCALES = ['sv', 'en'] as const;

/** Where the service is opened: APP_URL, else the local default the server itself uses (scripts/serve.js). */
function serviceAddress(): string {
  return process.env.APP_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
}

async function queueSponsorEmail(tx: Prisma.TransactionClient, caseId: string, email: SponsorEmail, appUrl: string) {
  const found = await tx.case.findUniqueOrThrow({
    where: { id: caseId },
    select: {
      controlNumber: true,
      application: { select: { id: true, formId: true, formVersion: true, answers: true } },
      events: { where: { type: 'REGISTERED' }, select: { occurredOn: true } },
    },
  });
  const { application } = found;
  const form = formOfApplication(application);
  const answers = application.answers as Answers;
  const to = form && textOfRole(form, answers, 'sponsorEmail');
  // Nowhere to write (the application gave no address): the event stands, and the case shows it.
  if (!to) return;
  const deadline = questionnaireDeadline(found.events[0]!.occurredOn);
  const address = appUrl.replace(/\/$/, '');

  const parts = await Promise.all(
    SPONSOR_EMAIL_LOCALES.map(async (locale) => {
      const t = await translatorFor(locale, email.messages);
      const values = {
        applicantName: applicantName(form, answers),
        controlNumber: found.controlNumber,
        // Event days are stored as midnight UTC of the Swedish date.
        deadline: formatDate(locale, deadline, 'UTC'),
        url: `${address}/${locale}/sponsor/questionnaires/${application.id}`,
      };
      return { subject: t('subject', values), text: t('text', values) };
    }),
  );
  await queueEmail(tx, {
    to,
    subject: parts.map((part) => part.subject).join(' / '),
    text: parts.map((part) => part.text).join('\n\n――――――――――\n\n'),
    kind: email.kind,
  });
}
