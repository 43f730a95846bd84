// Element ids of controls and of the texts that describe them. Plain functions, not client
// code: server components call them too.
import type { ReactNode } from 'react';

/** The element id of a control from its name: "birthDate.day" → "birthDate", "a.0.b" → "a-0-b". */
export function controlId(name: string): string {
  return name.replace(/\.day$/, '').replace(/\./g, '-');
}

/**
 * The first error message of the control `name`, from errors by path: that path's or, unless
 * `exact`, a part's ("birthDate.month" for "birthDate").
 */
export function messageFor(errors: Iterable<readonly [string, string]>, name: string, exact = false): string | undefined {
  for (const [path, message] of errors) if (path === name || (!exact && path.startsWith(`${name}.`))) return message;
  return undefined;
}

/** The parts of `name` that errors name: "month" for "birthDate.month". */
export function partsWithErrors(paths: Iterable<string>, name: string): string[] {
  return [...paths].filter((path) => path.startsWith(`${name}.`)).map((path) => path.slice(name.length + 1));
}

/** Ids that tie a control to its hint and error message (aria-describedby). */
export function describedBy(id: string, { hint, error }: { hint?: ReactNode; error?: ReactNode }) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}
