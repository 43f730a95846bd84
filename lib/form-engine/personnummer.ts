import { hasValidLuhnCheckDigit } from '../checksums';

export interface Personnummer {
  /** Twelve digits, YYYYMMDDNNNC. */
  normalized: string;
  birthDate: Date;
  /** Samordningsnummer: the day is given plus 60. */
  coordinationNumber: boolean;
}

/**
 * Parses a Swedish personal identity number or coordination number in any usual form
 * (YYMMDD-NNNN, YYMMDD+NNNN for 100 years or older, YYYYMMDDNNNN, with or without the dash).
 * Null unless the date part is a real date and the Luhn check digit is right.
 */
export function parsePersonnummer(input: string, today: Date): Personnummer | null {
  const match = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{3})(\d)$/.exec(input.replace(/\s/g, ''));
  if (!match) return null;
  const [, century, yy, mm, dd, separator, serial, check] = match as unknown as string[];
  if (!hasValidLuhnCheckDigit(`${yy}${mm}${dd}${serial}${check}`)) return null;

  let fullYear: number;
  if (century) {
    fullYear = Number(`${century}${yy}`);
  } else {
    // Ten digits: the most recent matching year; "+" means a hundred years more.
    fullYear = Math.floor(today.getUTCFullYear() / 100) * 100 + Number(yy);
    if (fullYear > today.getUTCFullYear()) fullYear -= 100;
    if (separator === '+') fullYear -= 100;
  }
  const coordinationNumber = Number(dd) > 60;
  const day = coordinationNumber ? Number(dd) - 60 : Number(dd);
  const birthDate = new Date(Date.UTC(fullYear, Number(mm) - 1, day));
  const isRealDate = birthDate.getUTCMonth() === Number(mm) - 1 && birthDate.getUTCDate() === day && day > 0;
  if (!isRealDate || birthDate > today) return null;
  return {
    normalized: `${String(fullYear).padStart(4, '0')}${mm}${dd}${serial}${check}`,
    birthDate,
    coordinationNumber,
  };
}
