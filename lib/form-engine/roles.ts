// What the service needs to know from a form's answers, declared on the field that holds it:
// the service reads answers by role, never by a form's own field ids (R-ENG-01).
import { isAnswerField } from './validation';
import type { AnswerField, AnswerValue, Answers, FormDefinition } from './types';

/** Every role a field can declare; at most one field per role in the form's own answers, and one per role in a group's item. */
export const FIELD_ROLES = [
  // A person's given and family name: the applicant's, or a family member's within their item.
  'givenName',
  'familyName',
  // Where the receipt of a submission goes.
  'receiptEmail',
  // The embassy or consulate-general chosen for the interview.
  'mission',
  // A group whose items are people applying together: each gets an application and a case.
  'familyMembers',
  // The sponsor in Sweden as the applicant names them: proved by e-ID to answer the questionnaire.
  'sponsorIdentityNumber',
  // Where the sponsor's invitation to the questionnaire goes.
  'sponsorEmail',
] as const;

export type FieldRole = (typeof FIELD_ROLES)[number];

/** Every answer field of the form, a group's own fields included, in page order. */
function everyAnswerField(form: FormDefinition): AnswerField[] {
  return form.pages.flatMap((page) => page.fields.filter(isAnswerField).flatMap((field): AnswerField[] => (field.type === 'group' ? [field, ...field.fields] : [field])));
}

/** The fields that hold `role`: one in the form's own answers and at most one in a group's item. */
export function fieldsOfRole(form: FormDefinition, role: FieldRole): AnswerField[] {
  return everyAnswerField(form).filter((field) => field.role === role);
}

/**
 * The answer holding `role` among `answers`: a form's whole answers, or one item of a group (a
 * family member's application holds their item), whichever the role's fields are found in.
 */
export function answerOfRole(form: FormDefinition, answers: Answers, role: FieldRole): AnswerValue | undefined {
  for (const field of fieldsOfRole(form, role)) if (Object.hasOwn(answers, field.id)) return answers[field.id];
  return undefined;
}

/** The answer holding `role` when it is a text (most are), else null. */
export function textOfRole(form: FormDefinition, answers: Answers, role: FieldRole): string | null {
  const value = answerOfRole(form, answers, role);
  return typeof value === 'string' && value !== '' ? value : null;
}
