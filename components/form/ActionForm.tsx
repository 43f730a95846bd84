'use client';

import { useActionState } from 'react';
import { Button, Checkboxes, ErrorSummary, Radios, TextInput } from '@/components/ui';
import { controlId } from '@/components/ui/ids';

/** What a small form's server action answers: errors by field, and what was typed (passwords never). */
export interface ActionFormState {
  errors: { path: string; message: string }[];
  values: Record<string, string>;
}

export const emptyFormState: ActionFormState = { errors: [], values: {} };

/** A field of a small form, described as data so that a server page can lay the form out. */
export type ActionFormField =
  | {
      kind: 'text' | 'email' | 'password' | 'code';
      name: string;
      label: string;
      hint?: string;
      autoComplete: string;
    }
  | { kind: 'radios'; name: string; legend: string; hint?: string; options: { value: string; label: string }[] }
  | { kind: 'checkbox'; name: string; label: string };

/**
 * A form posted to a server action, the same with JavaScript and without it (React renders
 * the action's answer into the page either way): the error summary, each field with its own
 * error, and the typed values kept.
 */
export function ActionForm({
  action,
  fields,
  submitLabel,
  hidden = {},
}: {
  action: (state: ActionFormState, formData: FormData) => Promise<ActionFormState>;
  fields: ActionFormField[];
  submitLabel: string;
  /** Carried along unchanged, e.g. where to go next. */
  hidden?: Record<string, string>;
}) {
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  const errorOf = (name: string) => state.errors.find((error) => error.path === name)?.message;
  return (
    <form action={formAction} noValidate>
      <ErrorSummary errors={state.errors} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) => {
        const id = controlId(field.name);
        switch (field.kind) {
          case 'radios':
            return (
              <Radios
                key={field.name}
                id={id}
                name={field.name}
                legend={field.legend}
                hint={field.hint}
                error={errorOf(field.name)}
                options={field.options}
                defaultValue={state.values[field.name]}
              />
            );
          case 'checkbox':
            return (
              <Checkboxes
                key={field.name}
                id={id}
                name={field.name}
                legend={<span className="ak-visually-hidden">{field.label}</span>}
                error={errorOf(field.name)}
                options={[{ value: 'yes', label: field.label }]}
              />
            );
          default:
            return (
              <TextInput
                key={field.name}
                id={id}
                name={field.name}
                label={field.label}
                hint={field.hint}
                error={errorOf(field.name)}
                type={field.kind === 'code' ? 'text' : field.kind}
                inputMode={field.kind === 'code' ? 'numeric' : undefined}
                widthChars={field.kind === 'code' ? 10 : undefined}
                autoComplete={field.autoComplete}
                spellCheck={false}
                defaultValue={field.kind === 'password' ? undefined : state.values[field.name]}
              />
            );
        }
      })}
      <Button disabled={pending}>{submitLabel}</Button>
    </form>
  );
}
