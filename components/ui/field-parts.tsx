'use client';

import type { ReactNode } from 'react';
import { describedBy } from './ids';
import { useFieldError } from './live-errors';
import { useUiWords } from './ui-words';

/** What every single-control field takes: its id and name, and the words around it. */
export interface FieldProps {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  /** The label is the page's heading (one question on the page). */
  labelAsHeading?: boolean;
  optional?: boolean;
}


export function Hint({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <div className="ak-hint" id={`${id}-hint`}>
      {children}
    </div>
  );
}

/** Which control's errors a part shows, when the browser may check the form (see live-errors). */
interface ErrorSource {
  /** The control's name; its errors found in the browser replace `error`. */
  name?: string;
  /** Only errors of exactly this name, not of its parts. */
  exact?: boolean;
}

/** An inline error. The hidden prefix tells screen-reader users it is an error, not a hint. */
export function ErrorMessage({ id, children, name, exact }: { id: string; children?: ReactNode } & ErrorSource) {
  const words = useUiWords();
  const error = useFieldError(name, children, exact);
  if (!error) return null;
  return (
    <p className="ak-error-message" id={`${id}-error`}>
      <span className="ak-visually-hidden">{words.errorPrefix} </span>
      {error}
    </p>
  );
}

export function FormGroup({ error, name, exact, children }: { error?: ReactNode; children: ReactNode } & ErrorSource) {
  const shown = useFieldError(name, error, exact);
  return <div className={shown ? 'ak-form-group ak-form-group--error' : 'ak-form-group'}>{children}</div>;
}

/** A label, or the page heading when a page asks one question (GOV.UK pattern). */
export function Label({
  htmlFor,
  asHeading,
  optional,
  children,
}: {
  htmlFor: string;
  asHeading?: boolean;
  optional?: boolean;
  children: ReactNode;
}) {
  const words = useUiWords();
  const label = (
    <label className={asHeading ? 'ak-label ak-label--l' : 'ak-label'} htmlFor={htmlFor}>
      {children}
      {optional ? <span className="ak-label__optional"> {words.optional}</span> : null}
    </label>
  );
  return asHeading ? <h1 className="ak-label-wrapper">{label}</h1> : label;
}

/** A fieldset with its legend, for groups of controls (radios, checkboxes, date). */
export function Fieldset({
  id,
  legend,
  asHeading,
  describedById,
  children,
}: {
  /** Given when an error summary link may point at the whole group. */
  id?: string;
  legend: ReactNode;
  asHeading?: boolean;
  describedById?: string;
  children: ReactNode;
}) {
  return (
    <fieldset className="ak-fieldset" aria-describedby={describedById} id={id} tabIndex={id ? -1 : undefined}>
      <legend className={asHeading ? 'ak-fieldset__legend ak-fieldset__legend--l' : 'ak-fieldset__legend'}>
        {asHeading ? <h1 className="ak-fieldset__heading">{legend}</h1> : legend}
      </legend>
      {children}
    </fieldset>
  );
}

/**
 * A single control with its label, hint and error, in GOV.UK order. The control is given the
 * ids to put in its aria-describedby.
 */
export function LabelledField({
  id,
  label,
  hint,
  error,
  labelAsHeading,
  optional,
  children,
}: Omit<FieldProps, 'name'> & { children: (describedById: string | undefined) => ReactNode }) {
  return (
    <FormGroup error={error}>
      <Label htmlFor={id} asHeading={labelAsHeading} optional={optional}>
        {label}
      </Label>
      <Hint id={id}>{hint}</Hint>
      <ErrorMessage id={id}>{error}</ErrorMessage>
      {children(describedBy(id, { hint, error }))}
    </FormGroup>
  );
}
