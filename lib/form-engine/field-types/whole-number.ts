// A whole number as people type one, with its unit or without: the reading that money and
// area answers share.
import { z } from 'zod';
import type { ErrorKind } from '../error-kinds';
import { kind } from './kit';

/** Longer is no real amount or area, and stays far within the numbers JavaScript counts exactly. */
const MAX_DIGITS = 12;

export type WholeNumberReading = { digits: string } | { problem: 'invalid' | 'fraction' | 'negative' };

/** Arabic-Indic and Persian digits as 0–9, and the Arabic separators as the comma and the point. */
function withLatinDigits(typed: string): string {
  return typed
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/\u066C/g, ',')
    .replace(/\u066B/g, '.');
}

/**
 * Reads "25 000", "25000", "25 000 kr" or "25,000": `unit` (a pattern of the unit written
 * before or after the number) is left out, and spaces, or commas or points between groups of
 * three digits, group the thousands. A fraction ("25 000,50") or a sign ("-500") is named as
 * such, so that the error can say what to change.
 */
export function readWholeNumber(typed: string, unit: RegExp): WholeNumberReading {
  const bare = withLatinDigits(typed).trim().replace(unit, '').replace(/\s/g, '');
  const negative = /^[-\u2212]/.test(bare);
  const unsigned = negative ? bare.slice(1) : bare;
  const whole = /^\d+$/.test(unsigned) || /^\d{1,3}([,.]\d{3})+$/.test(unsigned);
  const fraction = !whole && /^(\d+([,.]\d{3})*)?[,.]\d+$/.test(unsigned);
  if (negative && (whole || fraction)) return { problem: 'negative' };
  if (fraction) return { problem: 'fraction' };
  const digits = unsigned.replace(/[,.]/g, '').replace(/^0+(?=\d)/, '');
  return whole && digits.length <= MAX_DIGITS ? { digits } : { problem: 'invalid' };
}

/** The schema of a typed whole number, `min` to `max`, stored as its digits ("25000"). */
export function wholeNumber(unit: RegExp, problems: Record<'invalid' | 'fraction' | 'negative', ErrorKind>, min: number, max: number | undefined) {
  return z
    .string()
    .transform((typed, ctx) => {
      const reading = readWholeNumber(typed, unit);
      if ('problem' in reading) {
        ctx.addIssue({ code: 'custom', message: problems[reading.problem] });
        return z.NEVER;
      }
      return reading.digits;
    })
    .refine((digits) => Number(digits) >= min, kind('numberTooSmall'))
    .refine((digits) => max === undefined || Number(digits) <= max, kind('numberTooLarge'));
}
