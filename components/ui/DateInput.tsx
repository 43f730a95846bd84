'use client';

import type { ReactNode } from 'react';
import { ErrorMessage, Fieldset, FormGroup, Hint } from './field-parts';
import { describedBy, partsWithErrors } from './ids';
import { useFieldError, useLiveErrors } from './live-errors';
import { useUiWords } from './ui-words';

export interface DateParts {
  day?: string;
  month?: string;
  year?: string;
}

export interface DateInputProps {
  /** The day field's id (the error summary links here); month and year get `${id}-month`, `${id}-year`. */
  id: string;
  /** Field names are `${name}.day`, `${name}.month` and `${name}.year`. */
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  legendAsHeading?: boolean;
  defaultValue?: DateParts;
  /** Which parts to outline as wrong; all three when an error is given without these. */
  invalidParts?: (keyof DateParts)[];
}

/** Day, month and year as three numeric boxes (GOV.UK date input): no date picker needed. */
export function DateInput({ id, name, legend, hint, error: serverError, legendAsHeading, defaultValue = {}, invalidParts: serverInvalidParts }: DateInputProps) {
  const words = useUiWords();
  const error = useFieldError(name, serverError);
  const invalidParts = useLiveErrors(serverInvalidParts, (errors) => partsWithErrors(errors.map(({ path }) => path), name) as (keyof DateParts)[]);
  const parts = [
    { part: 'day', id, width: 2 },
    { part: 'month', id: `${id}-month`, width: 2 },
    { part: 'year', id: `${id}-year`, width: 4 },
  ] as const;
  const isInvalid = (part: keyof DateParts) => Boolean(error) && (!invalidParts?.length || invalidParts.includes(part));
  return (
    <FormGroup error={error}>
      <Fieldset legend={legend} asHeading={legendAsHeading} describedById={describedBy(id, { hint, error })}>
        <Hint id={id}>{hint}</Hint>
        <ErrorMessage id={id}>{error}</ErrorMessage>
        <div className="ak-date-input">
          {parts.map(({ part, id: partId, width }) => (
            <div className="ak-date-input__item" key={part}>
              <label className="ak-label ak-date-input__label" htmlFor={partId}>
                {words[part]}
              </label>
              <input
                className={`ak-input ak-input--w${width}${isInvalid(part) ? ' ak-input--error' : ''}`}
                id={partId}
                name={`${name}.${part}`}
                type="text"
                inputMode="numeric"
                defaultValue={defaultValue[part]}
                aria-invalid={isInvalid(part) ? true : undefined}
              />
            </div>
          ))}
        </div>
      </Fieldset>
    </FormGroup>
  );
}
