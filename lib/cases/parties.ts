// Who a submitted application names, read from its answers by the roles its form declares.
import { formVersion, forms } from '@/forms';
import { parsePersonnummer, textOfRole, type Answers, type FormDefinition } from '@/lib/form-engine';

/** The definition an application was sent on: that version when kept, else the form's current one. */
export function formOfApplication(application: { formId: string; formVersion: number }): FormDefinition | undefined {
  return formVersion(application.formId, application.formVersion) ?? (Object.hasOwn(forms, application.formId) ? forms[application.formId] : undefined);
}

/** The sponsor's personal identity number as the applicant gave it (12 digits), if any. */
export function sponsorPersonalIdentityNumber(form: FormDefinition, answers: Answers): string | null {
  const value = textOfRole(form, answers, 'sponsorIdentityNumber');
  return value ? (parsePersonnummer(value, new Date())?.normalized ?? null) : null;
}

/**
 * The applicant's name as given in the application: the main applicant's own answers, or a
 * family member's, whose application holds their item of the family group.
 */
export function applicantName(form: FormDefinition | undefined, answers: Answers): string {
  if (!form) return '';
  return [textOfRole(form, answers, 'givenName'), textOfRole(form, answers, 'familyName')].filter(Boolean).join(' ');
}
