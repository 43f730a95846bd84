'use client';

import { useEffect, useRef } from 'react';
import { controlId } from './control-id';
import { useLiveErrors } from './live-errors';
import { useUiWords } from './ui-words';

export interface ErrorSummaryItem {
  /** The id of the field the message is about; the link moves focus there. */
  fieldId: string;
  message: string;
}

/**
 * At the top of the page: every error, each linking to its field. Renders nothing when there
 * are none. With JavaScript it takes focus when it appears, so the problem is announced and
 * the next Tab reaches the first link (GOV.UK pattern).
 */
export function ErrorSummary({ errors: serverErrors }: { errors: ErrorSummaryItem[] }) {
  const words = useUiWords();
  const errors = useLiveErrors(serverErrors, (live) => live.map(({ path, message }) => ({ fieldId: controlId(path), message })));
  const summary = useRef<HTMLDivElement>(null);
  const shown = errors.map((error) => `${error.fieldId}:${error.message}`).join('|');
  useEffect(() => {
    if (shown) summary.current?.focus();
  }, [shown]);
  if (errors.length === 0) return null;
  return (
    <div className="ak-error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={summary}>
      <h2 className="ak-error-summary__title" id="error-summary-title">
        {words.errorSummaryTitle}
      </h2>
      <ul className="ak-error-summary__list">
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a href={`#${error.fieldId}`}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
