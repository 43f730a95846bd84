// A calendar date typed as day, month and year (GOV.UK date input), stored as its parts.
import { z } from 'zod';
import { toCalendarDate } from '../conditions';
import { fieldBase } from '../definition-parts';
import type { DateValue, FieldBase } from '../types';
import type { FieldTypeDeclaration } from './declaration';
import { text } from './kit';

export interface DateField extends FieldBase {
  type: 'date';
  /** The date must be in the past (e.g. date of birth). */
  past?: boolean;
  /** The date must be today or later (e.g. passport expiry). */
  future?: boolean;
}

/** The part to outline when `value` is no real date: the first one missing or impossible. */
function wrongPart(value: DateValue): keyof DateValue {
  if (!/^\d{1,2}$/.test(value.day) || Number(value.day) < 1 || Number(value.day) > 31) return 'day';
  if (!/^\d{1,2}$/.test(value.month) || Number(value.month) < 1 || Number(value.month) > 12) return 'month';
  return /^\d{4}$/.test(value.year) ? 'day' : 'year';
}

export const dateType: FieldTypeDeclaration<DateField> = {
  definition: z.strictObject({ ...fieldBase, type: z.literal('date'), past: z.boolean().optional(), future: z.boolean().optional() }),
  value: (field, { context }) => {
    const parts = z.object({
      day: z.preprocess(text, z.string()),
      month: z.preprocess(text, z.string()),
      year: z.preprocess(text, z.string()),
    });
    // Anything but day, month and year parts (a tampered post) counts as no date.
    const asParts = (value: unknown) => (value && typeof value === 'object' && !Array.isArray(value) ? value : {});
    return z.preprocess(asParts, parts).superRefine((value, ctx) => {
      const filled = [value.day, value.month, value.year].filter(Boolean).length;
      if (filled === 0) {
        if (!field.optional) ctx.addIssue({ code: 'custom', message: 'required' });
        return;
      }
      const date = toCalendarDate(value);
      if (!date) {
        ctx.addIssue({ code: 'custom', message: 'invalidDate', path: [wrongPart(value)] });
        return;
      }
      const today = Date.UTC(context.today.getUTCFullYear(), context.today.getUTCMonth(), context.today.getUTCDate());
      if (field.past && date.getTime() >= today) ctx.addIssue({ code: 'custom', message: 'dateNotPast' });
      if (field.future && date.getTime() < today) ctx.addIssue({ code: 'custom', message: 'dateNotFuture' });
    });
  },
  errorKinds: ['required', 'invalidDate', 'dateNotPast', 'dateNotFuture'],
  posted: 'value',
  summary: (_field, value, words) => {
    const date = toCalendarDate(value as DateValue);
    return date ? [words.date(date)] : [];
  },
  lint: (field) => (field.past && field.future ? [{ code: 'impossible-answer', message: `field "${field.id}" asks for a date both past and not past` }] : []),
};
