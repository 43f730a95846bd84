'use client';

import { Fragment, useEffect, useRef, useState, useSyncExternalStore, type InputHTMLAttributes, type ReactNode } from 'react';
import { ErrorMessage, Fieldset, FormGroup, Hint } from './field-parts';
import { describedBy } from './ids';
import { useFieldError } from './live-errors';

export interface ChoiceOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  /**
   * A question that belongs to this option (GOV.UK conditional reveal), nested under it. With
   * JavaScript it shows only while the option is chosen; without, always, after `conditionalFor`.
   */
  conditional?: ReactNode;
  /** Says which answer the nested question belongs to ("If you chose “Yes”:"), for pages without JavaScript. */
  conditionalFor?: ReactNode;
}

const noSubscription = () => () => {};
/** False on the server and while hydrating, true once this code runs in the browser. */
const useScripted = () => useSyncExternalStore(noSubscription, () => true, () => false);

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
  const scripted = useScripted();
  const group = useRef<HTMLDivElement>(null);
  const [chosen, setChosen] = useState(() => options.filter((option) => isChecked(option.value)).map((option) => option.value));
  // The browser may have restored other choices (back button, reload) than the page rendered.
  const readChosen = () =>
    setChosen([...(group.current?.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(name)}"]:checked`) ?? [])].map((input) => input.value));
  useEffect(readChosen, [name]);
  return (
    <FormGroup error={error}>
      <Fieldset legend={legend} asHeading={legendAsHeading} describedById={describedBy(id, { hint, error })}>
        <Hint id={id}>{hint}</Hint>
        <ErrorMessage id={id}>{error}</ErrorMessage>
        <div className={inline ? `${block} ${block}--inline` : block} ref={group} onChange={readChosen}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index + 1}`;
            const conditionalId = `${optionId}-conditional`;
            const revealed = !scripted || chosen.includes(option.value);
            return (
              <Fragment key={option.value}>
              <div className={`${block}__item`}>
                <input
                  {...inputProps}
                  className={`${block}__input`}
                  id={optionId}
                  name={name}
                  type={kind}
                  value={option.value}
                  defaultChecked={isChecked(option.value)}
                  aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                  aria-controls={option.conditional && scripted ? conditionalId : undefined}
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
              {option.conditional ? (
                <div className={`${block}__conditional`} id={conditionalId} hidden={!revealed}>
                  {scripted ? null : <p className={`${block}__conditional-for`}>{option.conditionalFor}</p>}
                  {option.conditional}
                </div>
              ) : null}
              </Fragment>
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
