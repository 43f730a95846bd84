// A page posted without JavaScript arrives as form fields with flat names: "email",
// "birthDate.day", "members.0.name", repeated names for checkboxes. This rebuilds the same
// nested shape, for the page's fields only. The browser's check parses the form the same way,
// so both sides validate the very same values.
import { typeOf } from './field-types';
import type { Page } from './types';
import { isAnswerField } from './validation';

const MAX_GROUP_ITEMS = 100;

/** The posted values of `page`'s fields, nested by their dotted names. Other names are ignored. */
export function pageInputFromEntries(page: Page, entries: Iterable<[string, unknown]>): Record<string, unknown> {
  return parsePagePost(page, entries).input;
}

/**
 * The posted values, and for each repeatable group the row number on the page of each item
 * kept: an empty row is dropped, so item 1 may have been row 2. Errors are placed by row.
 */
export function parsePagePost(page: Page, entries: Iterable<[string, unknown]>): { input: Record<string, unknown>; rowsOnPage: Record<string, number[]> } {
  const posted = new Map(page.fields.filter(isAnswerField).map((field) => [field.id, typeOf(field).posted]));
  const input: Record<string, unknown> = {};
  for (const [name, raw] of entries) {
    if (typeof raw !== 'string') continue; // files are uploaded elsewhere
    const [fieldId, ...rest] = name.split('.');
    const how = fieldId ? posted.get(fieldId) : undefined;
    if (!fieldId || !how) continue;
    if (how === 'list') {
      input[fieldId] = [...((input[fieldId] as string[] | undefined) ?? []), raw];
    } else if (rest.length === 0) {
      input[fieldId] = raw;
    } else if (how === 'items') {
      const [index, itemField] = rest;
      const position = Number(index);
      if (!itemField || !Number.isInteger(position) || position < 0 || position >= MAX_GROUP_ITEMS) continue;
      const items = (input[fieldId] as Record<string, unknown>[] | undefined) ?? [];
      items[position] = { ...items[position], [itemField]: setNested(items[position]?.[itemField], rest.slice(2), raw) };
      input[fieldId] = items;
    } else {
      input[fieldId] = setNested(input[fieldId], rest, raw);
    }
  }
  const rowsOnPage: Record<string, number[]> = {};
  for (const [fieldId, value] of Object.entries(input)) {
    if (posted.get(fieldId) !== 'items') continue;
    // Rows of a repeatable group left completely empty are not answers.
    const rows = [...(value as unknown[]).keys()].filter((row) => hasAnyText((value as unknown[])[row]));
    rowsOnPage[fieldId] = rows;
    input[fieldId] = rows.map((row) => (value as unknown[])[row]);
  }
  return { input, rowsOnPage };
}

function hasAnyText(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  return Boolean(value) && typeof value === 'object' && Object.values(value as object).some(hasAnyText);
}

function setNested(target: unknown, path: string[], value: string): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path as [string, ...string[]];
  const base = target && typeof target === 'object' ? (target as Record<string, unknown>) : {};
  return { ...base, [key]: setNested(base[key], rest, value) };
}
