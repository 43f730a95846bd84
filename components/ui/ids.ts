// Element ids of controls and of the texts that describe them. Plain functions, not client
// code: server components call them too.
import type { ReactNode } from 'react';

/** The element id of a control from its name: "birthDate.day" → "birthDate", "a.0.b" → "a-0-b". */
export function controlId(name: string): string {
  return name.replace(/\.day$/, '').replace(/\./g, '-');
}

/** Ids that tie a control to its hint and error message (aria-describedby). */
export function describedBy(id: string, { hint, error }: { hint?: ReactNode; error?: ReactNode }) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}
