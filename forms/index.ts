// Every form the service runs, by id, and every version of it that a draft may still be on.
import type { FormDefinition } from '../lib/form-engine';
import { familyReunionForm } from './family-reunion/definition';
import { familyReunionFormVersion1 } from './family-reunion/earlier-versions';
import { tinyForms } from './fixtures/tiny-forms';
import { sponsorQuestionnaireForm } from './sponsor-questionnaire/definition';

// Forms that exist for the tests only (fixtures/), served when FORM_FIXTURES=1; a public
// deployment refuses that setting (lib/startup.ts).
const fixtures = process.env.FORM_FIXTURES === '1' ? tinyForms : [];

/** The current (newest) version of each form: new drafts start on it. */
export const forms: Readonly<Record<string, FormDefinition>> = Object.fromEntries(
  [familyReunionForm, sponsorQuestionnaireForm, ...fixtures].map((form) => [form.id, form]),
);

/** The form a person applies with at /apply: its submission registers cases. */
export const applicationForm: FormDefinition = familyReunionForm;

/** Every version kept, current and earlier, of every form. */
export const formVersions: readonly FormDefinition[] = [familyReunionForm, familyReunionFormVersion1, sponsorQuestionnaireForm, ...fixtures];

/** That exact version of a form, or undefined when it is no longer kept. */
export function formVersion(formId: string, version: number): FormDefinition | undefined {
  return formVersions.find((definition) => definition.id === formId && definition.version === version);
}

export { missionNames } from './family-reunion/mission-names';
