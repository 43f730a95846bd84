import { describe, expect, test } from 'vitest';
import { locales } from '@/lib/i18n/routing';
import ar from './ar.json';
import en from './en.json';
import sv from './sv.json';

const catalogues: Record<(typeof locales)[number], unknown> = { sv, en, ar };

/** Every leaf path of a message tree; arrays count by position. */
function paths(tree: unknown, prefix = ''): string[] {
  if (typeof tree === 'string') return [prefix];
  if (Array.isArray(tree)) return tree.flatMap((item, index) => paths(item, `${prefix}[${index}]`));
  if (tree && typeof tree === 'object') {
    return Object.entries(tree).flatMap(([key, value]) => paths(value, prefix ? `${prefix}.${key}` : key));
  }
  throw new Error(`${prefix} is neither text nor a group`);
}

function leaves(tree: unknown): string[] {
  if (typeof tree === 'string') return [tree];
  if (Array.isArray(tree)) return tree.flatMap(leaves);
  return Object.values(tree as object).flatMap(leaves);
}

describe('R-ENG-04 translations', () => {
  test.each(locales.filter((locale) => locale !== 'sv'))('%s has exactly the keys Swedish has', (locale) => {
    expect(paths(catalogues[locale]).sort()).toEqual(paths(sv).sort());
  });

  test.each(locales)('%s has no empty text', (locale) => {
    expect(leaves(catalogues[locale]).filter((text) => text.trim() === '')).toEqual([]);
  });

  test('Arabic text is Arabic, not a copy of another language', () => {
    const arabic = /[\u0600-\u06FF]/;
    const untranslated = paths(ar).filter((path) => {
      if (path.startsWith('Languages.')) return false; // each language is named in itself
      const text = path.split(/\.|\[/).reduce<unknown>((node, part) => (node as Record<string, unknown>)[part.replace(']', '')], ar);
      return !arabic.test(text as string);
    });
    expect(untranslated).toEqual([]);
  });
});
