import { useTranslations } from 'next-intl';
import type { ReactNode, SelectHTMLAttributes } from 'react';
import { describedBy, ErrorMessage, FormGroup, Hint, Label } from './field-parts';

export interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'name'> {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  labelAsHeading?: boolean;
  options: { value: string; label: string }[];
}

export function Select({ id, name, label, hint, error, labelAsHeading, options, defaultValue = '', ...rest }: SelectProps) {
  const t = useTranslations('Ui');
  return (
    <FormGroup error={error}>
      <Label htmlFor={id} asHeading={labelAsHeading}>
        {label}
      </Label>
      <Hint id={id}>{hint}</Hint>
      <ErrorMessage id={id}>{error}</ErrorMessage>
      <select
        {...rest}
        id={id}
        name={name}
        defaultValue={defaultValue}
        className={error ? 'ak-select ak-input--error' : 'ak-select'}
        aria-describedby={describedBy(id, { hint, error })}
        aria-invalid={error ? true : undefined}
      >
        <option value="">{t('selectPlaceholder')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FormGroup>
  );
}
