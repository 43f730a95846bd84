// Earlier versions of the family-reunion form, kept while drafts may still be on them. Each is
// the version after it with that version's change undone, so definition.ts stays the one
// source of truth and an old version cannot drift from what its applicants were shown.
import { defineForm, type Field, type FormDefinition } from '../../lib/form-engine';
import { familyReunionForm } from './definition';

/** Undoes version 2: the sponsor's refugee or subsidiary protection was stored as "protection". */
function beforeProtectionRename(version2: FormDefinition): FormDefinition {
  const protection = { value: 'protection', label: 'familyReunion.options.sponsorPermit.protection' };
  const withOldValue = (field: Field): Field =>
    field.id === 'sponsorPermit' && 'options' in field
      ? { ...field, options: field.options.map((option) => (option.value === 'refugee-or-subsidiary-protection' ? protection : option)) }
      : field;
  const { migrations: _none, fees, ...unchanged } = version2;
  return {
    ...unchanged,
    version: 1,
    pages: version2.pages.map((page) => ({ ...page, fields: page.fields.map(withOldValue) })),
    ...(fees && {
      fees: { ...fees, rules: fees.rules.map((rule) => (rule.id === 'protection' ? { ...rule, when: { field: 'sponsorPermit', equals: 'protection' } } : rule)) },
    }),
  };
}

export const familyReunionFormVersion1 = defineForm(beforeProtectionRename(familyReunionForm));
