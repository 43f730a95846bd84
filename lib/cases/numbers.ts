import { luhnCheckDigit } from '../checksums';

/**
 * Kontrollnummer: the application's number. Nine digits from a sequence plus a Luhn check
 * digit, so a mistyped number is caught before any lookup.
 */
export function controlNumber(sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999_999_999) {
    throw new RangeError('control number sequence out of range');
  }
  const payload = String(sequence).padStart(9, '0');
  return `${payload}${luhnCheckDigit(payload)}`;
}

/** Beteckningsnummer: one per person across all their cases, e.g. "1234-5678" with a check digit. */
export function designationNumber(sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 9_999_999) {
    throw new RangeError('designation number sequence out of range');
  }
  const payload = String(sequence).padStart(7, '0');
  const digits = `${payload}${luhnCheckDigit(payload)}`;
  return `${digits.slice(0, 4)}-${digits.slice(4)}`;
}
