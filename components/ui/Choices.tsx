'use client';

import type { InputHTMLAttributes, ReactNode } from 'react';
import { ErrorMessage, Fieldset, FormGroup, Hint } from './field-parts';
import { describedBy } from './ids';
import { useFieldError } from './live-errors';

export interface ChoiceOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

interface ChoicesProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'type' | 'defaultValue'> {
  /** The first option's id: the error summary links here. The others get `${id}-2`, `${id}-3`, … */
  id: string;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  legendAsHeading?: boolean;
  options: ChoiceOption[];
  /** Side by side, for two short options such as yes/no. */
  inline?: boolean;
}

function Choices({
  kind,
  id,
  name,
  legend,
  hint,
  error: serverError,
  legendAsHeading,
  options,
  inline,
  isChecked,
  ...inputProps
}: ChoicesProps & { kind: 'radio' | 'checkbox'; isChecked: (value: string) => boolean }) {
  const error = useFieldError(name, serverError);
  const block = kind === 'radio' ? 'ak-radios' : 'ak-checkboxes';
  return (
    <FormGroup error={error}>
      <Fieldset legend={legend} asHeading={legendAsHeading} describedById={describedBy(id, { hint, error })}>
        <Hint id={id}>{hint}</Hint>
        <ErrorMessage id={id}>{error}</ErrorMessage>
        <div className={inline ? `${block} ${block}--inline` : block}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div className={`${block}__item`} key={option.value}>
                <input
                  {...inputProps}
                  className={`${block}__input`}
                  id={optionId}
                  name={name}
                  type={kind}
                  value={option.value}
                  defaultChecked={isChecked(option.value)}
                  aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                />
                <label className={`${block}__label`} htmlFor={optionId}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div className={`ak-hint ${block}__hint`} id={`${optionId}-hint`}>
                    {option.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </Fieldset>
    </FormGroup>
  );
}

export function Radios({ defaultValue, ...props }: ChoicesProps & { defaultValue?: string }) {
  return <Choices {...props} kind="radio" isChecked={(value) => value === defaultValue} />;
}

export function Checkboxes({ defaultValues = [], ...props }: ChoicesProps & { defaultValues?: string[] }) {
  return <Choices {...props} kind="checkbox" isChecked={(value) => defaultValues.includes(value)} />;
}
