// The sponsor's questionnaire deadlines (R-SPQ-03): which cases have a step due, and taking one
// case's step. What is due is computed from the clock and the case's own events, never kept
// anywhere else, so running a sweep twice, late or in two processes at once changes nothing:
// each step is taken under the case's row lock, after reading what is already recorded.
import type { Clock } from '@/lib/clock';
import type { Database } from '@/lib/db/client';
import type { CaseEventType } from '@/lib/db/generated/enums';
import { nextState, recordCaseEvent, statesAllowing, lockCase } from '@/lib/cases/lifecycle';
import { dueQuestionnaireStep, swedishDay, type QuestionnaireStep } from '@/lib/cases/questionnaire-schedule';

const STEP_EVENTS: CaseEventType[] = ['REGISTERED', 'QUESTIONNAIRE_REMINDED'];

interface StepEvent {
  type: CaseEventType;
  occurredOn: Date;
  data: unknown;
}

function dueStep(events: StepEvent[], today: Date): QuestionnaireStep | null {
  const registered = events.find((event) => event.type === 'REGISTERED');
  if (!registered) return null;
  const remindedDays = events.filter((event) => event.type === 'QUESTIONNAIRE_REMINDED').map((event) => (event.data as { day: number }).day);
  return dueQuestionnaireStep(registered.occurredOn, today, remindedDays);
}

/** The cases waiting for their questionnaire that have a step due today by `clock`. */
export async function casesWithDueQuestionnaireStep(database: Database, clock: Clock): Promise<string[]> {
  const today = swedishDay(clock.now());
  const waiting = await database.case.findMany({
    where: { state: { in: statesAllowing('QUESTIONNAIRE_OVERDUE') } },
    select: { id: true, events: { where: { type: { in: STEP_EVENTS } }, select: { type: true, occurredOn: true, data: true } } },
  });
  return waiting.filter((found) => dueStep(found.events, today)).map((found) => found.id);
}

/**
 * Takes the case's due step, if it still has one, in a transaction of its own: the reminder
 * with its e-mail, or the overdue mark. Returns the step taken, or null.
 */
export async function takeQuestionnaireStep(database: Database, caseId: string, clock: Clock): Promise<QuestionnaireStep | null> {
  return database.$transaction(async (tx) => {
    // Locked before reading: a sibling process taking the same step waits here, then finds it done.
    const state = await lockCase(tx, caseId);
    const events = await tx.caseEvent.findMany({ where: { caseId, type: { in: STEP_EVENTS } }, select: { type: true, occurredOn: true, data: true } });
    const at = clock.now();
    const step = dueStep(events, swedishDay(at));
    // Answered (or decided) since the sweep found it: nothing is due any more.
    if (!step || !nextState(state, step.event)) return null;
    await recordCaseEvent(tx, { caseId, event: step.event, at, data: step.event === 'QUESTIONNAIRE_REMINDED' ? { day: step.day } : undefined });
    return step;
  });
}
