// Every form the service runs, by id.
import type { FormDefinition } from '../lib/form-engine';
import { familyReunionForm } from './family-reunion/definition';

export const forms: Readonly<Record<string, FormDefinition>> = {
  [familyReunionForm.id]: familyReunionForm,
};
