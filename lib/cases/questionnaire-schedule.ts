// The sponsor's questionnaire in days after registration (R-SPQ-03): reminders on days 7 and
// 12 while it is unanswered, and on day 14 the case is overdue. Days are days in Sweden,
// counted from the registration day; the deadline is the start of day 14, so the e-mails say
// "answer before <that date>".

const DAY_MS = 24 * 60 * 60 * 1000;

export const QUESTIONNAIRE_REMINDER_DAYS = [7, 12] as const;
export const QUESTIONNAIRE_DEADLINE_DAYS = 14;

export type QuestionnaireStep =
  | { event: 'QUESTIONNAIRE_REMINDED'; day: (typeof QUESTIONNAIRE_REMINDER_DAYS)[number] }
  | { event: 'QUESTIONNAIRE_OVERDUE'; day: typeof QUESTIONNAIRE_DEADLINE_DAYS };

/** Every step, in order of their days. */
export const QUESTIONNAIRE_SCHEDULE: readonly QuestionnaireStep[] = [
  ...QUESTIONNAIRE_REMINDER_DAYS.map((day) => ({ event: 'QUESTIONNAIRE_REMINDED' as const, day })),
  { event: 'QUESTIONNAIRE_OVERDUE', day: QUESTIONNAIRE_DEADLINE_DAYS },
];

/**
 * The day in Sweden that `at` falls on, as midnight UTC of that date: how case events are dated
 * (a "date" column holds no time zone).
 */
export function swedishDay(at: Date): Date {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm' }).format(at);
  return new Date(`${day}T00:00:00Z`);
}

export const addDays = (day: Date, days: number) => new Date(day.getTime() + days * DAY_MS);

/** The first day on which an answer is late: the answer must come before it. */
export const questionnaireDeadline = (registeredOn: Date): Date => addDays(registeredOn, QUESTIONNAIRE_DEADLINE_DAYS);

/**
 * The step due on `today` for a questionnaire still unanswered, or null. Only the latest step
 * whose day has come is due: after days without a run (the service stopped, the clock moved
 * far), the sponsor gets no pile of stale reminders, and no reminder once the case is overdue.
 * A reminder already sent (its day in `remindedDays`) is not due again.
 */
export function dueQuestionnaireStep(registeredOn: Date, today: Date, remindedDays: readonly number[]): QuestionnaireStep | null {
  const daysSince = Math.round((today.getTime() - registeredOn.getTime()) / DAY_MS);
  const step = QUESTIONNAIRE_SCHEDULE.findLast((candidate) => candidate.day <= daysSince);
  if (!step) return null;
  return step.event === 'QUESTIONNAIRE_REMINDED' && remindedDays.includes(step.day) ? null : step;
}
