import { describe, expect, test } from 'vitest';
import en from '../../messages/en.json';

/** Every text of a messages file, with its key. */
function texts(messages: unknown, key = ''): [string, string][] {
  if (typeof messages === 'string') return [[key, messages]];
  if (messages && typeof messages === 'object') return Object.entries(messages).flatMap(([name, value]) => texts(value, key ? `${key}.${name}` : name));
  return [];
}

describe('one name for each thing in English', () => {
  test('English says "My page", never "Min sida"', () => {
    const all = texts(en);
    expect(all.filter(([, text]) => /min sida/i.test(text)).map(([key]) => key)).toEqual([]);
    expect(all.some(([, text]) => text.includes('My page'))).toBe(true);
  });
});
