import type { InputHTMLAttributes, ReactNode } from 'react';
import { describedBy, ErrorMessage, FormGroup, Hint, Label } from './field-parts';

export interface TextInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  labelAsHeading?: boolean;
  optional?: boolean;
  /** Width in characters for short answers (postcode, year); full width when left out. */
  widthChars?: 2 | 4 | 10 | 20;
}

export function TextInput({
  id,
  name,
  label,
  hint,
  error,
  labelAsHeading,
  optional,
  widthChars,
  type = 'text',
  className,
  ...inputProps
}: TextInputProps) {
  const classes = ['ak-input', widthChars ? `ak-input--w${widthChars}` : null, error ? 'ak-input--error' : null, className];
  return (
    <FormGroup error={error}>
      <Label htmlFor={id} asHeading={labelAsHeading} optional={optional}>
        {label}
      </Label>
      <Hint id={id}>{hint}</Hint>
      <ErrorMessage id={id}>{error}</ErrorMessage>
      <input
        {...inputProps}
        id={id}
        name={name}
        type={type}
        className={classes.filter(Boolean).join(' ')}
        aria-describedby={describedBy(id, { hint, error })}
        aria-invalid={error ? true : undefined}
      />
    </FormGroup>
  );
}
