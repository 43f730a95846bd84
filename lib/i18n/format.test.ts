import { describe, expect, test } from 'vitest';
import { formatDate, formatDateTime, formatMoney, formatTime } from './format';

// Intl separates digit groups and amounts with no-break spaces, and marks Arabic text direction.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/[\u200e\u200f\u061c]/g, '');

describe('one format for dates and money per language', () => {
  const day = new Date(Date.UTC(2026, 11, 2));
  const afternoon = new Date('2026-12-02T13:05:00Z'); // 14:05 in Stockholm

  test('dates: "2 december 2026", "2 December 2026", Arabic month names with Western digits', () => {
    expect(formatDate('sv', day, 'UTC')).toBe('2 december 2026');
    expect(formatDate('en', day, 'UTC')).toBe('2 December 2026');
    expect(plain(formatDate('ar', day, 'UTC'))).toBe('2 ديسمبر 2026');
  });

  test('a moment is told in Swedish time: late on 1 December UTC is 2 December in Sweden', () => {
    const lateEvening = new Date('2026-12-01T23:30:00Z');
    expect(formatDate('en', lateEvening)).toBe('2 December 2026');
    expect(formatDate('en', lateEvening, 'UTC')).toBe('1 December 2026');
  });

  test('times of day: 24-hour clock, Western digits', () => {
    expect(formatTime('sv', afternoon)).toBe('14:05');
    expect(formatTime('en', afternoon)).toBe('14:05');
    expect(plain(formatTime('ar', afternoon))).toBe('14:05');
    expect(formatDateTime('en', afternoon)).toBe('2 December 2026, 14:05');
    expect(formatDateTime('sv', afternoon)).toBe('2 december 2026, 14:05');
    expect(plain(formatDateTime('ar', afternoon))).toBe('2 ديسمبر 2026، 14:05');
  });

  test('money from öre: "2 000 kr", "SEK 2,000", "2,000 كرونة سويدية"', () => {
    expect(plain(formatMoney('sv', 200_000))).toBe('2 000 kr');
    expect(plain(formatMoney('en', 400_000))).toBe('SEK 4,000');
    expect(plain(formatMoney('ar', 200_000))).toBe('2,000 كرونة سويدية');
    expect(plain(formatMoney('en', 0))).toBe('SEK 0');
  });

  test('an unknown locale is written as the default language, Swedish', () => {
    expect(formatDate('de', day, 'UTC')).toBe('2 december 2026');
  });
});
