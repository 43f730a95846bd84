'use client';

import { useEffect, useRef } from 'react';
import { controlId } from './ids';
import { useLiveErrorList, type ControlError } from './live-errors';
import { useUiWords } from './ui-words';

/**
 * At the top of the page: every error, each linking to its field. Renders nothing when there
 * are none. With JavaScript it takes focus when errors are found, so the problem is announced
 * and the next Tab reaches the first link (GOV.UK pattern).
 */
export function ErrorSummary({ errors: serverErrors }: { errors: readonly ControlError[] }) {
  const words = useUiWords();
  const live = useLiveErrorList();
  const errors = live ?? serverErrors;
  const summary = useRef<HTMLDivElement>(null);
  const count = errors.length;
  // Each time errors are found (a server render, or a check in the browser, even one that
  // finds the same errors again), the summary takes focus.
  useEffect(() => {
    if (count > 0) summary.current?.focus();
  }, [live, serverErrors, count]);
  if (errors.length === 0) return null;
  return (
    <div className="ak-error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={summary}>
      <h2 className="ak-error-summary__title" id="error-summary-title">
        {words.errorSummaryTitle}
      </h2>
      <ul className="ak-error-summary__list">
        {errors.map((error) => (
          <li key={error.path}>
            {/* The link moves focus to the control. */}
            <a href={`#${controlId(error.path)}`}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
