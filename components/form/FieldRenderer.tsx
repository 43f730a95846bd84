// Renders one field of a form definition with the UI kit, on the server: plain HTML controls
// whose names are the ones the engine's posted-form parser reads (R-ENG-03). Each field type
// has its control in one map, `controls`; what its answer means is declared in the engine.
import type { ReactNode } from 'react';
import { Button, Checkboxes, DateInput, Radios, Select, Textarea, TextInput, type ChoiceOption, type DateParts } from '@/components/ui';
import { Fieldset, Hint, ErrorMessage, FormGroup } from '@/components/ui/field-parts';
import { controlId, describedBy, messageFor, partsWithErrors } from '@/components/ui/ids';
import type { TextInputProps } from '@/components/ui/TextInput';
import { countryCodes, evaluate, optionsFor, revealedBy, type AnswerField, type Answers, type Field, type Page } from '@/lib/form-engine';
import type { Translate } from './error-text';

export interface FieldView {
  field: Field;
  /** The page the field is on: a choice there may reveal it, or it may reveal others. */
  page: Page;
  /** The day the page's conditions are read on (the request's clock). */
  today: Date;
  /** The value to show: the saved answer, or what was last posted. */
  value: unknown;
  /** Error text by control path ("email", "birthDate.month", "familyMembers.0.memberGivenName"). */
  errors: Map<string, string>;
  answers: Answers;
  t: Translate;
  locale: string;
  /** The page's heading is this field's question. */
  asHeading?: boolean;
}

/** A field's control, named `name`: the field's id, or "members.0.name" within a group's item. */
type ControlView<F extends AnswerField> = Omit<FieldView, 'field'> & { field: F; name: string };
type Control<F extends AnswerField> = (view: ControlView<F>) => ReactNode;

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const record = (value: unknown) => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

export function countryOptions(locale: string) {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  const collator = new Intl.Collator(locale);
  return countryCodes
    .map((code) => ({ value: code, label: names.of(code) ?? code }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** What every single control takes: its id and name, its words and its error. */
function common({ field, name, errors, t }: ControlView<AnswerField>) {
  return { id: controlId(name), name, label: t(field.label), hint: field.hint ? t(field.hint) : undefined, error: messageFor(errors, name), optional: field.optional };
}

/** A one-line box, as the text-like types have it. */
function TextBox({ view, ...input }: { view: ControlView<AnswerField> } & Omit<TextInputProps, 'id' | 'name' | 'label'>) {
  return <TextInput {...common(view)} labelAsHeading={view.asHeading} defaultValue={text(view.value)} {...input} />;
}

/** The options of a choice, each with the questions on the page that it reveals nested under it. */
function withReveals(view: ControlView<AnswerField>, options: { value: string; label: string; hint?: string }[]): ChoiceOption[] {
  return options.map((option) => {
    const revealed = view.page.fields.filter((field) => {
      const by = revealedBy(view.page, field);
      return by?.choice === view.field.id && by.value === option.value;
    });
    if (revealed.length === 0) return option;
    return {
      ...option,
      conditionalFor: view.t('Form.revealFor', { answer: option.label }),
      conditional: revealed.map((field) => <FieldBody key={field.id} {...view} field={field} value={view.answers[field.id]} asHeading={false} />),
    };
  });
}

function RadiosControl(view: ControlView<AnswerField>, options: { value: string; label: string; hint?: string }[], inlineWhenPlain: boolean) {
  const choices = withReveals(view, options);
  // Side by side only without nested questions (GOV.UK: no inline radios with a reveal).
  const inline = inlineWhenPlain && !choices.some((option) => option.conditional);
  const props = common(view);
  return <Radios {...props} legend={props.label} legendAsHeading={view.asHeading} inline={inline} options={choices} defaultValue={text(view.value)} />;
}

function AddressControl({ field, value, errors, t, locale, asHeading }: ControlView<Extract<AnswerField, { type: 'address' }>>) {
  const parts = record(value);
  const error = messageFor(errors, field.id);
  return (
    <FormGroup error={error} name={field.id}>
      <Fieldset legend={t(field.label)} asHeading={asHeading}>
        <Hint id={field.id}>{field.hint ? t(field.hint) : null}</Hint>
        <TextInput id={`${field.id}-street`} name={`${field.id}.street`} label={t('Form.address.street')} defaultValue={text(parts.street)} autoComplete="street-address" error={errors.get(`${field.id}.street`)} />
        <TextInput id={`${field.id}-postcode`} name={`${field.id}.postcode`} label={t('Form.address.postcode')} defaultValue={text(parts.postcode)} autoComplete="postal-code" widthChars={10} optional={!field.fixedCountry} error={errors.get(`${field.id}.postcode`)} />
        <TextInput id={`${field.id}-city`} name={`${field.id}.city`} label={t('Form.address.city')} defaultValue={text(parts.city)} autoComplete="address-level2" widthChars={20} error={errors.get(`${field.id}.city`)} />
        {field.fixedCountry ? null : (
          <Select id={`${field.id}-country`} name={`${field.id}.country`} label={t('Form.address.country')} options={countryOptions(locale)} defaultValue={text(parts.country) ?? ''} error={errors.get(`${field.id}.country`)} />
        )}
      </Fieldset>
    </FormGroup>
  );
}

function DocumentControl({ field, t, asHeading }: ControlView<Extract<AnswerField, { type: 'document' }>>) {
  return (
    <>
      {asHeading ? <h1>{t(field.label)}</h1> : <h2>{t(field.label)}</h2>}
      {field.hint ? <p className="ak-hint">{t(field.hint)}</p> : null}
      <ul className="ak-list">
        {(field.guidance ?? []).map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </>
  );
}

function GroupControl(view: ControlView<Extract<AnswerField, { type: 'group' }>>) {
  const { field, value, errors, t } = view;
  const items = Array.isArray(value) ? (value as unknown[]) : [];
  // Without JavaScript there is always one empty row to fill, up to the maximum.
  const rows = Math.min(field.maxItems, Math.max(items.length + 1, field.minItems ?? 1));
  const groupError = errors.get(field.id);
  return (
    <FormGroup error={groupError} name={field.id} exact>
      <Fieldset id={field.id} legend={t(field.label)} asHeading={view.asHeading} describedById={describedBy(field.id, { hint: field.hint, error: groupError })}>
        <Hint id={field.id}>{field.hint ? t(field.hint) : null}</Hint>
        <ErrorMessage id={field.id} name={field.id} exact>
          {groupError}
        </ErrorMessage>
        {Array.from({ length: rows }, (_, index) => (
          <fieldset className="ak-fieldset ak-group-item" key={index}>
            <legend className="ak-fieldset__legend">{`${t(field.itemLabel)} ${index + 1}`}</legend>
            {field.fields.map((inner) => (
              <FieldControl key={inner.id} {...view} asHeading={false} field={inner} name={`${field.id}.${index}.${inner.id}`} value={record(items[index])[inner.id]} />
            ))}
          </fieldset>
        ))}
        {rows < field.maxItems ? (
          <Button variant="secondary" name="intent" value="add-item">
            {t('Form.addAnother')}
          </Button>
        ) : null}
      </Fieldset>
    </FormGroup>
  );
}

/** The control of each field type. */
const controls: { [T in AnswerField['type']]: Control<Extract<AnswerField, { type: T }>> } = {
  text: (view) => <TextBox view={view} type="text" autoComplete={view.field.autocomplete} />,
  textarea: (view) => <Textarea {...common(view)} labelAsHeading={view.asHeading} defaultValue={text(view.value)} rows={8} />,
  email: (view) => <TextBox view={view} type="email" autoComplete="email" spellCheck={false} />,
  phone: (view) => <TextBox view={view} type="tel" autoComplete="tel" />,
  personnummer: (view) => <TextBox view={view} type="text" inputMode="numeric" widthChars={20} />,
  number: (view) => <TextBox view={view} type="text" inputMode="numeric" widthChars={4} />,
  money: (view) => <TextBox view={view} type="text" inputMode="numeric" widthChars={10} suffix={view.t('Form.money.suffix')} />,
  area: (view) => <TextBox view={view} type="text" inputMode="numeric" widthChars={4} suffix={view.t('Form.area.suffix')} />,
  date: (view) => {
    const { label, hint, ...props } = common(view);
    return (
      <DateInput
        id={props.id}
        name={props.name}
        legend={label}
        hint={hint}
        error={props.error}
        legendAsHeading={view.asHeading}
        defaultValue={record(view.value) as DateParts}
        invalidParts={partsWithErrors(view.errors.keys(), view.name) as (keyof DateParts)[]}
      />
    );
  },
  radios: (view) => RadiosControl(view, optionsFor(view.field, view.answers).map((option) => ({ value: option.value, label: view.t(option.label), hint: option.hint ? view.t(option.hint) : undefined })), false),
  yesNo: (view) => RadiosControl(view, [{ value: 'yes', label: view.t('Form.yes') }, { value: 'no', label: view.t('Form.no') }], true),
  checkboxes: (view) => {
    const props = common(view);
    return (
      <Checkboxes
        {...props}
        legend={props.label}
        legendAsHeading={view.asHeading}
        options={withReveals(view, optionsFor(view.field, view.answers).map((option) => ({ value: option.value, label: view.t(option.label) })))}
        defaultValues={Array.isArray(view.value) ? (view.value as string[]) : []}
      />
    );
  },
  select: (view) => (
    <Select {...common(view)} labelAsHeading={view.asHeading} options={optionsFor(view.field, view.answers).map((option) => ({ value: option.value, label: view.t(option.label) }))} defaultValue={text(view.value) ?? ''} />
  ),
  country: (view) => <Select {...common(view)} labelAsHeading={view.asHeading} options={countryOptions(view.locale)} defaultValue={text(view.value) ?? ''} />,
  address: AddressControl,
  document: DocumentControl,
  group: GroupControl,
};

/** The field types with a control here: every type the engine declares (an architecture test holds them equal). */
export const typesWithControls = Object.keys(controls);

function FieldControl(view: ControlView<AnswerField>) {
  const control = controls[view.field.type] as Control<AnswerField>;
  return control(view);
}

/**
 * A field of a page, when the answers show it. A question revealed by a choice on the same page
 * is drawn under that choice's option instead (the page's answers decide nothing about it yet).
 */
export function FieldRenderer(view: FieldView) {
  const { field, page, answers, today } = view;
  if (revealedBy(page, field)) return null;
  if (field.showIf && !evaluate(field.showIf, answers, { today })) return null;
  return <FieldBody {...view} />;
}

function FieldBody(view: FieldView) {
  const { field, t } = view;
  if (field.type === 'content') return field.paragraphs.map((key) => <p key={key}>{t(key)}</p>);
  return <FieldControl {...view} field={field} name={field.id} />;
}
