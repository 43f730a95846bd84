'use client';

import type { InputHTMLAttributes } from 'react';
import { LabelledField, type FieldProps } from './field-parts';
import { useFieldError } from './live-errors';

export interface TextInputProps extends FieldProps, Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> {
  /** Width in characters for short answers (postcode, year); full width when left out. */
  widthChars?: 2 | 4 | 10 | 20;
}

export function TextInput({ id, label, hint, error: serverError, labelAsHeading, optional, widthChars, type = 'text', className, ...inputProps }: TextInputProps) {
  const error = useFieldError(inputProps.name, serverError);
  const classes = ['ak-input', widthChars ? `ak-input--w${widthChars}` : null, error ? 'ak-input--error' : null, className];
  return (
    <LabelledField id={id} label={label} hint={hint} error={error} labelAsHeading={labelAsHeading} optional={optional}>
      {(describedById) => (
        <input
          {...inputProps}
          id={id}
          type={type}
          className={classes.filter(Boolean).join(' ')}
          aria-describedby={describedById}
          aria-invalid={error ? true : undefined}
        />
      )}
    </LabelledField>
  );
}
