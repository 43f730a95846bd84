// Every form the service runs, by id, and every version of it that a draft may still be on.
import type { FormDefinition } from '../lib/form-engine';
import { familyReunionForm } from './family-reunion/definition';
import { familyReunionFormVersion1 } from './family-reunion/earlier-versions';
import { sponsorQuestionnaireForm } from './sponsor-questionnaire/definition';

/** The current (newest) version of each form: new drafts start on it. */
export const forms: Readonly<Record<string, FormDefinition>> = {
  [familyReunionForm.id]: familyReunionForm,
  [sponsorQuestionnaireForm.id]: sponsorQuestionnaireForm,
};

/** The form a person applies with at /apply: its submission registers cases. */
export const applicationForm: FormDefinition = familyReunionForm;

/** Every version kept, current and earlier, of every form. */
export const formVersions: readonly FormDefinition[] = [familyReunionForm, familyReunionFormVersion1, sponsorQuestionnaireForm];

/** That exact version of a form, or undefined when it is no longer kept. */
export function formVersion(formId: string, version: number): FormDefinition | undefined {
  return formVersions.find((definition) => definition.id === formId && definition.version === version);
}

export { missionNames } from './family-reunion/mission-names';
