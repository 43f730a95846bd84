import { describe, expect, test } from 'vitest';
import { addDays, dueQuestionnaireStep, questionnaireDeadline, swedishDay } from './questionnaire-schedule';

const registeredOn = new Date('2026-11-24T00:00:00Z');
const on = (days: number) => addDays(registeredOn, days);

describe('the questionnaire schedule', () => {
  test('R-SPQ-03 the answer is due before day 14 after registration', () => {
    expect(questionnaireDeadline(registeredOn)).toEqual(new Date('2026-12-08T00:00:00Z'));
  });

  test('R-SPQ-03 reminders on days 7 and 12 while unanswered, each once; overdue from day 14', () => {
    expect(dueQuestionnaireStep(registeredOn, on(6), [])).toBeNull();
    expect(dueQuestionnaireStep(registeredOn, on(7), [])).toEqual({ event: 'QUESTIONNAIRE_REMINDED', day: 7 });
    expect(dueQuestionnaireStep(registeredOn, on(7), [7])).toBeNull();
    expect(dueQuestionnaireStep(registeredOn, on(11), [7])).toBeNull();
    expect(dueQuestionnaireStep(registeredOn, on(12), [7])).toEqual({ event: 'QUESTIONNAIRE_REMINDED', day: 12 });
    expect(dueQuestionnaireStep(registeredOn, on(13), [7, 12])).toBeNull();
    expect(dueQuestionnaireStep(registeredOn, on(14), [7, 12])).toEqual({ event: 'QUESTIONNAIRE_OVERDUE', day: 14 });
    expect(dueQuestionnaireStep(registeredOn, on(30), [7, 12])).toEqual({ event: 'QUESTIONNAIRE_OVERDUE', day: 14 });
  });

  test('R-SPQ-03 after days without a run only the latest step is due: no pile of stale reminders', () => {
    expect(dueQuestionnaireStep(registeredOn, on(13), [])).toEqual({ event: 'QUESTIONNAIRE_REMINDED', day: 12 });
    expect(dueQuestionnaireStep(registeredOn, on(15), [])).toEqual({ event: 'QUESTIONNAIRE_OVERDUE', day: 14 });
  });

  test('R-SPQ-03 days are days in Sweden, across midnight and the change to winter time', () => {
    expect(swedishDay(new Date('2026-11-24T22:59:59Z'))).toEqual(new Date('2026-11-24T00:00:00Z'));
    expect(swedishDay(new Date('2026-11-24T23:00:00Z'))).toEqual(new Date('2026-11-25T00:00:00Z'));
    // Summer time: Sweden is two hours ahead.
    expect(swedishDay(new Date('2026-10-24T22:30:00Z'))).toEqual(new Date('2026-10-25T00:00:00Z'));
    // Registered the day before winter time began: day 7 still falls on the calendar day a week later.
    expect(dueQuestionnaireStep(new Date('2026-10-24T00:00:00Z'), swedishDay(new Date('2026-10-31T06:00:00Z')), [])).toEqual({ event: 'QUESTIONNAIRE_REMINDED', day: 7 });
  });
});
