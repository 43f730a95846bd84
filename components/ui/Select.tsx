'use client';

import type { SelectHTMLAttributes } from 'react';
import { LabelledField, type FieldProps } from './field-parts';
import { useFieldError } from './live-errors';
import { useUiWords } from './ui-words';

export interface SelectProps extends FieldProps, Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'name'> {
  options: { value: string; label: string }[];
}

export function Select({ id, label, hint, error: serverError, labelAsHeading, optional, options, defaultValue = '', ...rest }: SelectProps) {
  const words = useUiWords();
  const error = useFieldError(rest.name, serverError);
  return (
    <LabelledField id={id} label={label} hint={hint} error={error} labelAsHeading={labelAsHeading} optional={optional}>
      {(describedById) => (
        <select
          {...rest}
          id={id}
          defaultValue={defaultValue}
          className={error ? 'ak-select ak-input--error' : 'ak-select'}
          aria-describedby={describedById}
          aria-invalid={error ? true : undefined}
        >
          <option value="">{words.selectPlaceholder}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  );
}
