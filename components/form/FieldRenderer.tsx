// Renders one field of a form definition with the UI kit, on the server: plain HTML controls
// whose names are the ones the engine's posted-form parser reads (R-ENG-03).
import { Button, Checkboxes, DateInput, Radios, Select, Textarea, TextInput, type ChoiceOption, type DateParts } from '@/components/ui';
import { Fieldset, Hint, ErrorMessage, FormGroup } from '@/components/ui/field-parts';
import { controlId, describedBy, messageFor, partsWithErrors } from '@/components/ui/ids';
import { countryCodes, evaluate, optionsFor, revealedBy, type AnswerField, type Answers, type Field, type ItemField, type Page } from '@/lib/form-engine';
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

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const record = (value: unknown) => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

export function countryOptions(locale: string) {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  const collator = new Intl.Collator(locale);
  return countryCodes
    .map((code) => ({ value: code, label: names.of(code) ?? code }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** The options of a choice, each with the questions on the page that it reveals nested under it. */
function withReveals(view: Omit<FieldView, 'field' | 'value'>, choice: ItemField, options: { value: string; label: string; hint?: string }[]): ChoiceOption[] {
  return options.map((option) => {
    const revealed = view.page.fields.filter((field) => {
      const by = revealedBy(view.page, field);
      return by?.choice === choice.id && by.value === option.value;
    });
    if (revealed.length === 0) return option;
    return {
      ...option,
      conditionalFor: view.t('Form.revealFor', { answer: option.label }),
      conditional: revealed.map((field) => <FieldBody key={field.id} {...view} field={field} value={view.answers[field.id]} asHeading={false} />),
    };
  });
}

function SimpleField({ field, name, value, ...rest }: Omit<FieldView, 'field'> & { field: ItemField; name: string }) {
  const { errors, answers, t, locale, asHeading } = rest;
  const id = controlId(name);
  const error = messageFor(errors, name);
  const common = { id, name, label: t(field.label), hint: field.hint ? t(field.hint) : undefined, error, optional: field.optional };
  switch (field.type) {
    case 'text':
    case 'email':
    case 'phone':
    case 'personnummer':
    case 'number': {
      const inputType = { text: 'text', email: 'email', phone: 'tel', personnummer: 'text', number: 'text' }[field.type];
      return (
        <TextInput
          {...common}
          labelAsHeading={asHeading}
          type={inputType}
          defaultValue={text(value)}
          autoComplete={field.type === 'text' ? field.autocomplete : field.type === 'email' ? 'email' : field.type === 'phone' ? 'tel' : undefined}
          inputMode={field.type === 'personnummer' || field.type === 'number' ? 'numeric' : undefined}
          spellCheck={field.type === 'email' ? false : undefined}
          widthChars={field.type === 'personnummer' ? 20 : field.type === 'number' ? 4 : undefined}
        />
      );
    }
    case 'textarea':
      return <Textarea {...common} labelAsHeading={asHeading} defaultValue={text(value)} rows={8} />;
    case 'date':
      return (
        <DateInput
          id={id}
          name={name}
          legend={common.label}
          hint={common.hint}
          error={error}
          legendAsHeading={asHeading}
          defaultValue={record(value) as DateParts}
          invalidParts={partsWithErrors(errors.keys(), name) as (keyof DateParts)[]}
        />
      );
    case 'radios':
    case 'yesNo': {
      const options = withReveals(
        rest,
        field,
        field.type === 'yesNo'
          ? [{ value: 'yes', label: t('Form.yes') }, { value: 'no', label: t('Form.no') }]
          : optionsFor(field, answers).map((option) => ({ value: option.value, label: t(option.label), hint: option.hint ? t(option.hint) : undefined })),
      );
      // Side by side only without nested questions (GOV.UK: no inline radios with a reveal).
      const inline = field.type === 'yesNo' && !options.some((option) => option.conditional);
      return <Radios {...common} legend={common.label} legendAsHeading={asHeading} inline={inline} options={options} defaultValue={text(value)} />;
    }
    case 'checkboxes':
      return (
        <Checkboxes
          {...common}
          legend={common.label}
          legendAsHeading={asHeading}
          options={withReveals(rest, field, optionsFor(field, answers).map((option) => ({ value: option.value, label: t(option.label) })))}
          defaultValues={Array.isArray(value) ? (value as string[]) : []}
        />
      );
    case 'select':
    case 'country': {
      const options =
        field.type === 'country' ? countryOptions(locale) : optionsFor(field, answers).map((option) => ({ value: option.value, label: t(option.label) }));
      return <Select {...common} labelAsHeading={asHeading} options={options} defaultValue={text(value) ?? ''} />;
    }
  }
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
  const { field, t, errors, value, locale } = view;
  if (field.type === 'content') {
    return field.paragraphs.map((key) => <p key={key}>{t(key)}</p>);
  }
  const answerField: AnswerField = field;
  switch (answerField.type) {
    case 'address': {
      const parts = record(value);
      const error = messageFor(errors, field.id);
      return (
        <FormGroup error={error} name={field.id}>
          <Fieldset legend={t(answerField.label)} asHeading={view.asHeading}>
            <Hint id={field.id}>{answerField.hint ? t(answerField.hint) : null}</Hint>
            <TextInput id={`${field.id}-street`} name={`${field.id}.street`} label={t('Form.address.street')} defaultValue={text(parts.street)} autoComplete="street-address" error={errors.get(`${field.id}.street`)} />
            <TextInput id={`${field.id}-postcode`} name={`${field.id}.postcode`} label={t('Form.address.postcode')} defaultValue={text(parts.postcode)} autoComplete="postal-code" widthChars={10} optional={!answerField.fixedCountry} error={errors.get(`${field.id}.postcode`)} />
            <TextInput id={`${field.id}-city`} name={`${field.id}.city`} label={t('Form.address.city')} defaultValue={text(parts.city)} autoComplete="address-level2" widthChars={20} error={errors.get(`${field.id}.city`)} />
            {answerField.fixedCountry ? null : (
              <Select id={`${field.id}-country`} name={`${field.id}.country`} label={t('Form.address.country')} options={countryOptions(locale)} defaultValue={text(parts.country) ?? ''} error={errors.get(`${field.id}.country`)} />
            )}
          </Fieldset>
        </FormGroup>
      );
    }
    case 'document':
      return (
        <>
          {view.asHeading ? <h1>{t(answerField.label)}</h1> : <h2>{t(answerField.label)}</h2>}
          {answerField.hint ? <p className="ak-hint">{t(answerField.hint)}</p> : null}
          <ul className="ak-list">
            {(answerField.guidance ?? []).map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </>
      );
    case 'group': {
      const items = Array.isArray(value) ? (value as unknown[]) : [];
      // Without JavaScript there is always one empty row to fill, up to the maximum.
      const rows = Math.min(answerField.maxItems, Math.max(items.length + 1, answerField.minItems ?? 1));
      const groupError = errors.get(field.id);
      return (
        <FormGroup error={groupError} name={field.id} exact>
          <Fieldset id={field.id} legend={t(answerField.label)} asHeading={view.asHeading} describedById={describedBy(field.id, { hint: answerField.hint, error: groupError })}>
            <Hint id={field.id}>{answerField.hint ? t(answerField.hint) : null}</Hint>
            <ErrorMessage id={field.id} name={field.id} exact>
              {groupError}
            </ErrorMessage>
            {Array.from({ length: rows }, (_, index) => (
              <fieldset className="ak-fieldset ak-group-item" key={index}>
                <legend className="ak-fieldset__legend">{`${t(answerField.itemLabel)} ${index + 1}`}</legend>
                {answerField.fields.map((inner) => (
                  <SimpleField
                    key={inner.id}
                    {...view}
                    asHeading={false}
                    field={inner}
                    name={`${field.id}.${index}.${inner.id}`}
                    value={record(items[index])[inner.id]}
                  />
                ))}
              </fieldset>
            ))}
            {rows < answerField.maxItems ? (
              <Button variant="secondary" name="intent" value="add-item">
                {t('Form.addAnother')}
              </Button>
            ) : null}
          </Fieldset>
        </FormGroup>
      );
    }
    default:
      return <SimpleField {...view} field={answerField} name={field.id} />;
  }
}
