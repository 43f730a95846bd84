import { describe, expect, test } from 'vitest';
import { hasValidLuhnCheckDigit, luhnCheckDigit } from './checksums';
import { controlNumber, designationNumber } from './cases/numbers';

describe('Luhn check digits', () => {
  test('match the published Swedish personnummer example 811218-9876', () => {
    expect(luhnCheckDigit('811218987')).toBe(6);
    expect(hasValidLuhnCheckDigit('8112189876')).toBe(true);
    expect(hasValidLuhnCheckDigit('8112189875')).toBe(false);
  });

  test('catch every single-digit typo', () => {
    const valid = controlNumber(123_456_789);
    for (let position = 0; position < valid.length; position++) {
      for (let digit = 0; digit <= 9; digit++) {
        const typo = valid.slice(0, position) + digit + valid.slice(position + 1);
        if (typo !== valid) expect(hasValidLuhnCheckDigit(typo)).toBe(false);
      }
    }
  });

  test('refuse anything but digits', () => {
    expect(() => luhnCheckDigit('12a')).toThrow();
    expect(hasValidLuhnCheckDigit('')).toBe(false);
    expect(hasValidLuhnCheckDigit('12-3')).toBe(false);
  });
});

describe('case numbers', () => {
  test('control numbers are ten digits ending in a check digit', () => {
    expect(controlNumber(1)).toMatch(/^0{8}1\d$/);
    expect(hasValidLuhnCheckDigit(controlNumber(987_654_321))).toBe(true);
    expect(() => controlNumber(0)).toThrow(RangeError);
    expect(() => controlNumber(1_000_000_000)).toThrow(RangeError);
  });

  test('designation numbers read as four and four digits', () => {
    const number = designationNumber(1234567);
    expect(number).toMatch(/^\d{4}-\d{4}$/);
    expect(hasValidLuhnCheckDigit(number.replace('-', ''))).toBe(true);
  });
});
