// Who a submitted application names, read from its answers in one place.
import { parsePersonnummer, type Answers } from '@/lib/form-engine';

/** The answer that names the sponsor in Sweden (stored as 12 digits). */
export const SPONSOR_NUMBER_ANSWER = 'sponsorPersonnummer';

/** The sponsor's personal identity number as the applicant gave it (12 digits), if any. */
export function sponsorPersonalIdentityNumber(answers: Answers): string | null {
  const value = answers[SPONSOR_NUMBER_ANSWER];
  return typeof value === 'string' ? (parsePersonnummer(value, new Date())?.normalized ?? null) : null;
}

/**
 * The applicant's name as given in the application: the main applicant's own answers, or a
 * family member's, whose application holds their item of the family group.
 */
export function applicantName(answers: Answers): string {
  const given = answers.applicantGivenName ?? answers.memberGivenName;
  const family = answers.applicantFamilyName ?? answers.memberFamilyName;
  return [given, family].filter((part) => typeof part === 'string').join(' ');
}
