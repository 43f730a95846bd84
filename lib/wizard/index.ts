// A wizard: one form served step by step, with where its drafts live, what it is about and
// what sending does. The pages, the page action and the drafts serve any wizard and know no
// form (R-ENG-01). Two kinds exist: the application anyone may start (a draft held by a cookie
// until sign-in), and a questionnaire about a submitted application, answered by the person
// that application names (the draft is the respondent's account's, about that application).
import { applicationForm } from '@/forms';
import { questionnaireAbout } from '@/lib/cases/questionnaires';
import type { FormDefinition, Step } from '@/lib/form-engine';
import type { Access } from '@/lib/identity/access';
import { isUuid } from '@/lib/ids';

export const WIZARD_KINDS = ['application', 'questionnaire'] as const;
export type WizardKind = (typeof WIZARD_KINDS)[number];
export const isWizardKind = (value: unknown): value is WizardKind => WIZARD_KINDS.includes(value as WizardKind);

export interface Wizard {
  kind: WizardKind;
  /** The current version of the form (a draft may be finished on the version it is on). */
  form: FormDefinition;
  /** The address its steps live under, e.g. /sv/apply. */
  base: string;
  /** The application a questionnaire is about, and whose it is; null for the application itself. */
  subjectApplicationId: string | null;
  subjectName: string | null;
  /** Whether someone not signed in may keep a draft (by its cookie). */
  anonymousDrafts: boolean;
  /**
   * Nothing is left to fill in: the answers about the subject were sent (when), or its case takes
   * none (never asked, or decided). An application is never closed as a whole.
   */
  closedBecause: { sentAt: Date | null } | null;
}

/**
 * Who may fill in a wizard of `kind` about `subject`, and who may send it: decided before anything
 * of the subject is read. Anyone may start an application, but only someone signed in sends one
 * (it becomes theirs: their receipt, their Min sida); a questionnaire is the e-ID sponsor's whom
 * the application names, throughout (R-SPQ-02).
 */
export function wizardAccess(kind: WizardKind, subject: string | null, purpose: 'fill' | 'send' = 'fill'): Access {
  if (kind === 'questionnaire') return { record: 'sponsor/questionnaires', id: subject ?? '' };
  return purpose === 'send' ? {} : 'anyone';
}

/** Where the application's drafts live: anyone's, by cookie until sign-in (its documents are uploaded to it). */
export const applicationDrafts = { form: applicationForm, subjectApplicationId: null, anonymousDrafts: true } as const;

/** The application anyone may start at /apply. */
export const applicationWizard = (locale: string): Wizard => ({
  kind: 'application',
  ...applicationDrafts,
  base: `/${locale}/apply`,
  subjectName: null,
  closedBecause: null,
});

/**
 * The wizard of `kind` about `subject`; null when there is none (no such application, or it asks
 * no questionnaire). Call it only once `wizardAccess` has admitted the person.
 */
export async function resolveWizard(kind: WizardKind, locale: string, subject: string | null): Promise<Wizard | null> {
  if (kind === 'application') return applicationWizard(locale);
  const questionnaire = subject && isUuid(subject) ? await questionnaireAbout(subject) : null;
  if (!questionnaire) return null;
  const { form, applicantName, status, sentAt } = questionnaire;
  return {
    kind,
    form,
    base: `/${locale}/sponsor/questionnaires/${subject}`,
    subjectApplicationId: subject,
    subjectName: applicantName,
    anonymousDrafts: false,
    closedBecause: sentAt ? { sentAt } : status === 'closed' ? { sentAt: null } : null,
  };
}

/** The address of a step of the wizard. */
export function stepPath(wizard: Pick<Wizard, 'base'>, step: Step): string {
  if (step.kind === 'stop') return `${wizard.base}/stop/${step.stop.id}`;
  if (step.kind === 'summary') return checkAnswersPath(wizard);
  return `${wizard.base}/${step.page.id}`;
}

export const pagePath = (wizard: Pick<Wizard, 'base'>, pageId: string) => `${wizard.base}/${pageId}`;
export const checkAnswersPath = (wizard: Pick<Wizard, 'base'>) => `${wizard.base}/check-answers`;
/** Where a questionnaire's answers are confirmed as received. */
export const sentPath = (wizard: Pick<Wizard, 'base'>) => `${wizard.base}/sent`;
/** The receipt of a submitted application. */
export const receiptPath = (locale: string, applicationId: string) => `/${locale}/apply/receipt/${applicationId}`;
