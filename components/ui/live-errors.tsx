'use client';

import { createContext, use, type ReactNode } from 'react';

/** An error found in the browser: the control's name (its path) and the words to show. */
export interface LiveError {
  path: string;
  message: string;
}

// Null until the browser has checked the form: until then the errors the server rendered stand.
const LiveErrorsContext = createContext<readonly LiveError[] | null>(null);

/** Errors found in the browser for the controls inside; they replace the server's errors. */
export function LiveErrorsProvider({ errors, children }: { errors: readonly LiveError[] | null; children: ReactNode }) {
  return <LiveErrorsContext value={errors}>{children}</LiveErrorsContext>;
}

/** What the browser found at its last check (a new list each check), or null before any. */
export function useLiveErrorList(): readonly LiveError[] | null {
  return use(LiveErrorsContext);
}

/** The errors to show: the browser's when it has checked the form, else the server's. */
export function useLiveErrors<T>(serverErrors: T, fromLive: (errors: readonly LiveError[]) => T): T {
  const live = useLiveErrorList();
  return live ? fromLive(live) : serverErrors;
}

/**
 * The error of the control `name`: the first error of that path or, unless `exact`, of a part
 * of it ("birthDate.month" for "birthDate").
 */
export function useFieldError(name: string | undefined, serverError: ReactNode, exact = false): ReactNode {
  return useLiveErrors(serverError, (errors) =>
    name ? errors.find(({ path }) => path === name || (!exact && path.startsWith(`${name}.`)))?.message : serverError,
  );
}
