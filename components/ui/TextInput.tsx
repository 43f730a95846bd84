'use client';

import type { InputHTMLAttributes, ReactNode } from 'react';
import { LabelledField, type FieldProps } from './field-parts';
import { useFieldError } from './live-errors';

export interface TextInputProps extends FieldProps, Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> {
  /** Width in characters for short answers (postcode, year); full width when left out. */
  widthChars?: 2 | 4 | 10 | 20;
  /**
   * The unit after the box, e.g. "kr" (GOV.UK prefix and suffix pattern). Screen readers skip it,
   * as GOV.UK's does: the label or hint says the unit in words.
   */
  suffix?: ReactNode;
}

export function TextInput({ id, label, hint, error: serverError, labelAsHeading, optional, widthChars, suffix, type = 'text', className, ...inputProps }: TextInputProps) {
  const error = useFieldError(inputProps.name, serverError);
  const classes = ['ak-input', widthChars ? `ak-input--w${widthChars}` : null, error ? 'ak-input--error' : null, className];
  return (
    <LabelledField id={id} label={label} hint={hint} error={error} labelAsHeading={labelAsHeading} optional={optional}>
      {(describedById) => {
        const input = (
          <input
            {...inputProps}
            id={id}
            type={type}
            className={classes.filter(Boolean).join(' ')}
            aria-describedby={describedById}
            aria-invalid={error ? true : undefined}
          />
        );
        if (!suffix) return input;
        return (
          <div className="ak-input__wrapper">
            {input}
            <div className="ak-input__suffix" aria-hidden="true">
              {suffix}
            </div>
          </div>
        );
      }}
    </LabelledField>
  );
}
