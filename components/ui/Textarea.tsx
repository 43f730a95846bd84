import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { describedBy, ErrorMessage, FormGroup, Hint, Label } from './field-parts';

export interface TextareaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'name'> {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  labelAsHeading?: boolean;
  optional?: boolean;
}

export function Textarea({ id, name, label, hint, error, labelAsHeading, optional, rows = 5, ...rest }: TextareaProps) {
  return (
    <FormGroup error={error}>
      <Label htmlFor={id} asHeading={labelAsHeading} optional={optional}>
        {label}
      </Label>
      <Hint id={id}>{hint}</Hint>
      <ErrorMessage id={id}>{error}</ErrorMessage>
      <textarea
        {...rest}
        id={id}
        name={name}
        rows={rows}
        className={error ? 'ak-textarea ak-input--error' : 'ak-textarea'}
        aria-describedby={describedBy(id, { hint, error })}
        aria-invalid={error ? true : undefined}
      />
    </FormGroup>
  );
}
