import { describe, expect, test } from 'vitest';
import { safeNextPath } from './paths';

describe('R-X-01 safeNextPath: where to go after signing in', () => {
  test('a path of the service in the same language is kept', () => {
    expect(safeNextPath('/sv/min-sida', 'sv')).toBe('/sv/min-sida');
    expect(safeNextPath('/en/caseworker/cases/1?tab=documents', 'en')).toBe('/en/caseworker/cases/1?tab=documents');
  });

  test.each([
    ['another site', 'https://evil.example/sv/'],
    ['protocol-relative', '//evil.example/sv/'],
    ['another language', '/en/min-sida'],
    ['a backslash', '/sv/\\evil.example'],
    ['a double slash inside', '/sv//evil.example'],
  ])('%s is ignored', (_, value) => {
    expect(safeNextPath(value, 'sv')).toBeNull();
  });

  test.each([
    ['CR LF', '/sv/min-sida\r\nSet-Cookie: x=1'],
    ['a lone LF', '/sv/min-sida\nLocation: https://evil.example'],
    ['a lone CR', '/sv/min-sida\r'],
    ['NUL', '/sv/min-sida\u0000'],
    ['a tab', '/sv/min\tsida'],
    ['DEL', '/sv/min-sida\u007f'],
    ['a C1 control', '/sv/min-sida\u0085'],
    ['a Unicode line separator', '/sv/min-sida\u2028'],
  ])('a value with %s is ignored, so the default target is used', (_, value) => {
    expect(safeNextPath(value, 'sv')).toBeNull();
  });

  test('a value that is not one text (?next=a&next=b, a number, nothing) is ignored without throwing', () => {
    for (const value of [['/sv/a', '/sv/b'], 42, {}, null, undefined, '']) expect(safeNextPath(value, 'sv')).toBeNull();
  });

  test('an overlong value is ignored', () => {
    expect(safeNextPath(`/sv/${'a'.repeat(2001)}`, 'sv')).toBeNull();
  });
});
