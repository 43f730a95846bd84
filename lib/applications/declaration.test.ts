import { describe, expect, test } from 'vitest';
import { declares } from './declaration';

const posted = (entries: [string, string][]) => {
  const formData = new FormData();
  for (const [name, value] of entries) formData.append(name, value);
  return formData;
};

describe('the declaration before sending', () => {
  test('R-FEE-03 only a post with the ticked box declares', () => {
    expect(declares(posted([['declaration', 'confirmed']]))).toBe(true);
    // The box left unticked sends nothing; a hand-made post may send anything else.
    expect(declares(posted([]))).toBe(false);
    expect(declares(posted([['declaration', '']]))).toBe(false);
    expect(declares(posted([['declaration', 'on']]))).toBe(false);
    expect(declares(posted([['Declaration', 'confirmed']]))).toBe(false);
    expect(declares(undefined)).toBe(false);
    expect(declares({ declaration: 'confirmed' })).toBe(false);
    expect(declares('declaration=confirmed')).toBe(false);
  });
});
