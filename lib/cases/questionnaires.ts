// The sponsor's questionnaire about an application (R-SPQ-01..04): which form it is (the
// application's form says, `submission.questionnaire`), its deadline and where it stands, for
// the wizard that serves it, the sponsor's list and the caseworker's case page.
import { forms, formVersion } from '@/forms';
import { db } from '@/lib/db/client';
import type { CaseState } from '@/lib/db/generated/enums';
import type { Prisma } from '@/lib/db/generated/client';
import { OPEN_DRAFT } from '@/lib/drafts';
import type { Answers, FormDefinition } from '@/lib/form-engine';
import { statesAllowing } from './lifecycle';
import { applicantName, formOfApplication } from './parties';
import { questionnaireDeadline } from './questionnaire-schedule';

/** `closed`: the case takes no answer (never asked, or decided), and none was sent. */
export type QuestionnaireStatus = 'not-started' | 'draft-saved' | 'sent' | 'overdue' | 'closed';

const ANSWERABLE = new Set<CaseState>(statesAllowing('QUESTIONNAIRE_ANSWERED'));

/** The questionnaire form an application asks its sponsor to answer, if any: only a form whose sending answers a case. */
export function questionnaireFormOf(application: { formId: string; formVersion: number; mainApplicationId: string | null }): FormDefinition | undefined {
  // The sponsor answers once, about the main application (family members' hang on it).
  if (application.mainApplicationId) return undefined;
  const submission = formOfApplication(application)?.submission;
  const formId = submission?.kind === 'register-cases' ? submission.questionnaire : undefined;
  const form = formId && Object.hasOwn(forms, formId) ? forms[formId] : undefined;
  return form?.submission.kind === 'answer-case' ? form : undefined;
}

const caseSelect = {
  id: true,
  state: true,
  events: { where: { type: { in: ['REGISTERED', 'QUESTIONNAIRE_OVERDUE'] } }, select: { type: true, occurredOn: true } },
  responses: { select: { formId: true, submittedAt: true } },
} satisfies Prisma.CaseSelect;

interface CaseRow {
  state: CaseState;
  events: { type: string; occurredOn: Date }[];
  responses: { formId: string; submittedAt: Date }[];
}

export interface QuestionnaireState {
  status: QuestionnaireStatus;
  /** The first day on which an answer is late (days in Sweden, as midnight UTC). */
  deadline: Date;
  sentAt: Date | null;
}

/** Where the questionnaire stands, by what the case and the sponsor's draft say. */
function stateOf(row: CaseRow, formId: string, hasDraft: boolean): QuestionnaireState {
  const registeredOn = row.events.find((event) => event.type === 'REGISTERED')?.occurredOn ?? new Date(0);
  const sent = row.responses.find((response) => response.formId === formId);
  const status: QuestionnaireStatus = sent
    ? 'sent'
    : !ANSWERABLE.has(row.state)
      ? 'closed'
      : row.events.some((event) => event.type === 'QUESTIONNAIRE_OVERDUE')
        ? 'overdue'
        : hasDraft
          ? 'draft-saved'
          : 'not-started';
  return { status, sentAt: sent?.submittedAt ?? null, deadline: questionnaireDeadline(registeredOn) };
}

export interface Questionnaire extends QuestionnaireState {
  form: FormDefinition;
  applicantName: string;
}

/** The questionnaire about one application, for the wizard that serves it; null when it asks none or has no case. */
export async function questionnaireAbout(applicationId: string): Promise<Questionnaire | null> {
  const application = await db().application.findUnique({
    where: { id: applicationId },
    select: { formId: true, formVersion: true, answers: true, mainApplicationId: true, case: { select: caseSelect } },
  });
  const form = application && questionnaireFormOf(application);
  if (!form || !application.case) return null;
  return { form, applicantName: applicantName(formOfApplication(application), application.answers as Answers), ...stateOf(application.case, form.id, false) };
}

export interface SponsorQuestionnaire extends QuestionnaireState {
  applicationId: string;
  applicantName: string;
}

/**
 * The questionnaires of the applications that name this person as their sponsor (R-SPQ-02),
 * newest first.
 */
export async function questionnairesForSponsor(sponsor: { personalIdentityNumber: string; accountId: string }): Promise<SponsorQuestionnaire[]> {
  const rows = await db().application.findMany({
    where: { sponsorPersonalIdentityNumber: sponsor.personalIdentityNumber, mainApplicationId: null, case: { isNot: null } },
    select: { id: true, formId: true, formVersion: true, answers: true, mainApplicationId: true, case: { select: caseSelect } },
    orderBy: { submittedAt: 'desc' },
  });
  const drafts = await db().draft.findMany({
    where: { ownerAccountId: sponsor.accountId, subjectApplicationId: { in: rows.map((row) => row.id) }, ...OPEN_DRAFT },
    select: { subjectApplicationId: true, formId: true },
  });
  return rows.flatMap((row) => {
    const form = questionnaireFormOf(row);
    if (!form || !row.case) return [];
    const hasDraft = drafts.some((draft) => draft.subjectApplicationId === row.id && draft.formId === form.id);
    return [{ applicationId: row.id, applicantName: applicantName(formOfApplication(row), row.answers as Answers), ...stateOf(row.case, form.id, hasDraft) }];
  });
}

export interface CaseQuestionnaire extends QuestionnaireState {
  /** The answers, on the form version they were given on, once sent. */
  answers: { form: FormDefinition; values: Answers; respondentName: string } | null;
}

/**
 * The sponsor's questionnaire of a case, for the caseworker: null when the case's application
 * asks none (a family member's case: the main applicant's case holds it).
 */
export async function questionnaireOfCase(caseId: string): Promise<CaseQuestionnaire | null> {
  const row = await db().case.findUnique({ where: { id: caseId }, select: { ...caseSelect, application: { select: { formId: true, formVersion: true, mainApplicationId: true } } } });
  const form = row && questionnaireFormOf(row.application);
  if (!row || !form) return null;
  const state = stateOf(row, form.id, false);
  const response = state.sentAt ? await db().caseResponse.findUnique({ where: { caseId_formId: { caseId, formId: form.id } } }) : null;
  const respondent = response?.respondentAccountId ? await db().account.findUnique({ where: { id: response.respondentAccountId }, select: { displayName: true } }) : null;
  return {
    ...state,
    answers: response
      ? { form: formVersion(response.formId, response.formVersion) ?? form, values: response.answers as Answers, respondentName: respondent?.displayName ?? '' }
      : null,
  };
}
