// A wizard: one form served step by step, with where its drafts live, what it is about and
// what sending does. The pages, the page action and the drafts serve any wizard and know no
// form (R-ENG-01). Two kinds exist: the application anyone may start (a draft held by a cookie
// until sign-in), and a questionnaire about a submitted application, answered by the person
// that application names (the draft is the respondent's account's, about that application).
import { applicationForm, forms } from '@/forms';
import { applicantName, formOfApplication } from '@/lib/cases/parties';
import { db } from '@/lib/db/client';
import type { Answers, FormDefinition, Step } from '@/lib/form-engine';
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
  /** When the answers about the subject were sent: nothing is left to fill in (an application is never "sent" as a whole). */
  sentAt: Date | null;
}

/** Who may fill in a wizard of `kind` about `subject`: decided before anything of the subject is read. */
export function wizardAccess(kind: WizardKind, subject: string | null): Access {
  // The sponsor the application names, proved by e-ID (R-SPQ-02).
  return kind === 'questionnaire' ? { record: 'sponsor/questionnaires', id: subject ?? '' } : 'anyone';
}

/** The application anyone may start at /apply (its documents are uploaded to its draft). */
export const applicationWizard = (locale: string): Wizard => ({
  kind: 'application',
  form: applicationForm,
  base: `/${locale}/apply`,
  subjectApplicationId: null,
  subjectName: null,
  anonymousDrafts: true,
  sentAt: null,
});

/**
 * The wizard of `kind` about `subject`; null when there is none (no such application, or its
 * form asks no questionnaire). Call it only once `wizardAccess` has admitted the person.
 */
export async function resolveWizard(kind: WizardKind, locale: string, subject: string | null): Promise<Wizard | null> {
  if (kind === 'application') return applicationWizard(locale);
  if (!subject || !isUuid(subject)) return null;
  const application = await db().application.findUnique({
    where: { id: subject },
    select: { formId: true, formVersion: true, answers: true, mainApplicationId: true, case: { select: { responses: { select: { formId: true, submittedAt: true } } } } },
  });
  // The sponsor answers once, about the main application (family members' hang on it).
  const submission = application && !application.mainApplicationId ? formOfApplication(application)?.submission : undefined;
  const formId = submission?.kind === 'register-cases' ? submission.questionnaire : undefined;
  if (!formId || !Object.hasOwn(forms, formId)) return null;
  const sent = application?.case?.responses.find((response) => response.formId === formId);
  return {
    kind,
    form: forms[formId]!,
    base: `/${locale}/sponsor/questionnaires/${subject}`,
    subjectApplicationId: subject,
    subjectName: applicantName(formOfApplication(application!), application!.answers as Answers),
    anonymousDrafts: false,
    sentAt: sent?.submittedAt ?? null,
  };
}

/** The address of a step of the wizard. */
export function stepPath(wizard: Pick<Wizard, 'base'>, step: Step): string {
  if (step.kind === 'stop') return `${wizard.base}/stop/${step.stop.id}`;
  if (step.kind === 'summary') return `${wizard.base}/check-answers`;
  return `${wizard.base}/${step.page.id}`;
}

export const pagePath = (wizard: Pick<Wizard, 'base'>, pageId: string) => `${wizard.base}/${pageId}`;
export const checkAnswersPath = (wizard: Pick<Wizard, 'base'>) => `${wizard.base}/check-answers`;
/** Where a questionnaire's answers are confirmed as received. */
export const sentPath = (wizard: Pick<Wizard, 'base'>) => `${wizard.base}/sent`;
/** The receipt of a submitted application. */
export const receiptPath = (locale: string, applicationId: string) => `/${locale}/apply/receipt/${applicationId}`;
