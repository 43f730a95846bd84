'use client';

import type { TextareaHTMLAttributes } from 'react';
import { LabelledField, type FieldProps } from './field-parts';
import { useFieldError } from './live-errors';

export interface TextareaProps extends FieldProps, Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name'> {
}

export function Textarea({ id, label, hint, error: serverError, labelAsHeading, optional, rows = 5, ...rest }: TextareaProps) {
  const error = useFieldError(rest.name, serverError);
  return (
    <LabelledField id={id} label={label} hint={hint} error={error} labelAsHeading={labelAsHeading} optional={optional}>
      {(describedById) => (
        <textarea
          {...rest}
          id={id}
          rows={rows}
          className={error ? 'ak-textarea ak-input--error' : 'ak-textarea'}
          aria-describedby={describedById}
          aria-invalid={error ? true : undefined}
        />
      )}
    </LabelledField>
  );
}
