'use client';

import { createContext, use, type ReactNode } from 'react';
import { messageFor } from './ids';

/** An error of one control, as a page shows it: the control's name (its path) and the words. */
export interface ControlError {
  path: string;
  message: string;
}

// Null until the browser has checked the form: until then the errors the server rendered stand.
const LiveErrorsContext = createContext<readonly ControlError[] | null>(null);

/** Errors found in the browser for the controls inside; they replace the server's errors. */
export function LiveErrorsProvider({ errors, children }: { errors: readonly ControlError[] | null; children: ReactNode }) {
  return <LiveErrorsContext value={errors}>{children}</LiveErrorsContext>;
}

/** What the browser found at its last check (a new list each check), or null before any. */
export function useLiveErrorList(): readonly ControlError[] | null {
  return use(LiveErrorsContext);
}

/** The errors to show: the browser's when it has checked the form, else the server's. */
export function useLiveErrors<T>(serverErrors: T, fromLive: (errors: readonly ControlError[]) => T): T {
  const live = useLiveErrorList();
  return live ? fromLive(live) : serverErrors;
}

/**
 * The error of the control `name`: the first error of that path or, unless `exact`, of a part
 * of it ("birthDate.month" for "birthDate").
 */
export function useFieldError(name: string | undefined, serverError: ReactNode, exact = false): ReactNode {
  return useLiveErrors(serverError, (errors) => (name ? messageFor(errors.map(({ path, message }) => [path, message] as const), name, exact) : serverError));
}
