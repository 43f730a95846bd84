import type { AnswerValue, Answers, Condition, DateValue } from './types';

export interface EvaluationContext {
  /** Today's date, for age conditions; passed in so that results are reproducible. */
  today: Date;
}

export function isEmpty(value: AnswerValue | undefined): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return Object.values(value).every((part) => typeof part !== 'string' || part.trim() === '');
}

/** A calendar date from day/month/year text, or null when it is not a real date. */
export function toCalendarDate(value: DateValue): Date | null {
  const [day, month, year] = [value.day, value.month, value.year].map((part) => (/^\d{1,4}$/.test(part?.trim() ?? '') ? Number(part) : NaN));
  if (!day || !month || !year || year < 1000 || month > 12) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCDate() === day && date.getUTCMonth() === month - 1 ? date : null;
}

/** Whole years from `birth` to `today`. */
export function ageOn(birth: Date, today: Date): number {
  let age = today.getUTCFullYear() - birth.getUTCFullYear();
  const beforeBirthday =
    today.getUTCMonth() < birth.getUTCMonth() ||
    (today.getUTCMonth() === birth.getUTCMonth() && today.getUTCDate() < birth.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}

function asDate(value: AnswerValue | undefined): Date | null {
  if (!value || typeof value !== 'object' || Array.isArray(value) || !('day' in value)) return null;
  return toCalendarDate(value);
}

export function evaluate(condition: Condition, answers: Answers, context: EvaluationContext): boolean {
  if ('not' in condition) return !evaluate(condition.not, answers, context);
  if ('all' in condition) return condition.all.every((part) => evaluate(part, answers, context));
  if ('any' in condition) return condition.any.some((part) => evaluate(part, answers, context));
  const value = answers[condition.field];
  if ('answered' in condition) return !isEmpty(value);
  if ('ageAtLeast' in condition) {
    const birth = asDate(value);
    return birth !== null && ageOn(birth, context.today) >= condition.ageAtLeast;
  }
  const matches = (expected: string) =>
    typeof value === 'string' ? value === expected : Array.isArray(value) && value.includes(expected as never);
  if ('equals' in condition) return matches(condition.equals);
  return condition.oneOf.some(matches);
}

/** The fields a condition reads, for static checks and the diagram. */
export function fieldsReadBy(condition: Condition): string[] {
  if ('not' in condition) return fieldsReadBy(condition.not);
  if ('all' in condition) return condition.all.flatMap(fieldsReadBy);
  if ('any' in condition) return condition.any.flatMap(fieldsReadBy);
  return [condition.field];
}

/** A short human-readable form of a condition, for the flow diagram. */
export function describeCondition(condition: Condition): string {
  if ('not' in condition) return `not (${describeCondition(condition.not)})`;
  if ('all' in condition) return condition.all.map(describeCondition).join(' and ');
  if ('any' in condition) return condition.any.map(describeCondition).join(' or ');
  if ('answered' in condition) return `${condition.field} answered`;
  if ('ageAtLeast' in condition) return `${condition.field} age ≥ ${condition.ageAtLeast}`;
  if ('equals' in condition) return `${condition.field} = ${condition.equals}`;
  return `${condition.field} in ${condition.oneOf.join('|')}`;
}
