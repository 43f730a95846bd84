// The sponsor's questionnaire about an application (R-SPQ-01..04), as the sponsor and the
// caseworker see it: its deadline, where it stands, and its answers once sent. Which form is
// the questionnaire is the application's form's to say (`submission.questionnaire`).
import { forms, formVersion } from '@/forms';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import type { Answers, FormDefinition } from '@/lib/form-engine';
import { OPEN_DRAFT } from '@/lib/drafts';
import { applicantName, formOfApplication } from './parties';
import { questionnaireDeadline } from './questionnaire-schedule';

export type QuestionnaireStatus = 'not-started' | 'draft-saved' | 'sent' | 'overdue';

export interface SponsorQuestionnaire {
  applicationId: string;
  applicantName: string;
  /** The first day on which an answer is late (days in Sweden, as midnight UTC). */
  deadline: Date;
  status: QuestionnaireStatus;
  sentAt: Date | null;
}

/** The questionnaire form an application asks its sponsor to answer, if any. */
function questionnaireFormOf(application: { formId: string; formVersion: number }): FormDefinition | undefined {
  const submission = formOfApplication(application)?.submission;
  const formId = submission?.kind === 'register-cases' ? submission.questionnaire : undefined;
  return formId && Object.hasOwn(forms, formId) ? forms[formId] : undefined;
}

const caseSelect = {
  id: true,
  events: { where: { type: { in: ['REGISTERED', 'QUESTIONNAIRE_OVERDUE'] } }, select: { type: true, occurredOn: true } },
  responses: { select: { formId: true, formVersion: true, answers: true, submittedAt: true, respondentAccountId: true } },
} satisfies Prisma.CaseSelect;

type CaseRow = { events: { type: string; occurredOn: Date }[]; responses: { formId: string; submittedAt: Date }[] };

/** Where the questionnaire stands, by what the case and the sponsor's draft say. */
function statusOf(row: CaseRow, formId: string, hasDraft: boolean): { status: QuestionnaireStatus; sentAt: Date | null; deadline: Date } {
  const registeredOn = row.events.find((event) => event.type === 'REGISTERED')?.occurredOn ?? new Date(0);
  const sent = row.responses.find((response) => response.formId === formId);
  const overdue = row.events.some((event) => event.type === 'QUESTIONNAIRE_OVERDUE');
  const status = sent ? 'sent' : overdue ? 'overdue' : hasDraft ? 'draft-saved' : 'not-started';
  return { status, sentAt: sent?.submittedAt ?? null, deadline: questionnaireDeadline(registeredOn) };
}

/**
 * The questionnaires of the applications that name this person as their sponsor (R-SPQ-02):
 * the main applications only (the family's members hang on them), newest first.
 */
export async function questionnairesForSponsor(sponsor: { personalIdentityNumber: string; accountId: string }): Promise<SponsorQuestionnaire[]> {
  const rows = await db().application.findMany({
    where: { sponsorPersonalIdentityNumber: sponsor.personalIdentityNumber, mainApplicationId: null, case: { isNot: null } },
    select: { id: true, formId: true, formVersion: true, answers: true, case: { select: caseSelect } },
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
    return [{ applicationId: row.id, applicantName: applicantName(formOfApplication(row), row.answers as Answers), ...statusOf(row.case, form.id, hasDraft) }];
  });
}

export interface CaseQuestionnaire {
  status: Exclude<QuestionnaireStatus, 'draft-saved'>;
  deadline: Date;
  /** The answers, on the form version they were given on, once sent. */
  sent: { form: FormDefinition; answers: Answers; at: Date; respondentName: string } | null;
}

/**
 * The sponsor's questionnaire of a case, for the caseworker: null when the case's application
 * asks none (a family member's case: the main applicant's case holds it).
 */
export async function questionnaireOfCase(caseId: string): Promise<CaseQuestionnaire | null> {
  const row = await db().case.findUnique({ where: { id: caseId }, select: { ...caseSelect, application: { select: { formId: true, formVersion: true, mainApplicationId: true } } } });
  const form = row && !row.application.mainApplicationId ? questionnaireFormOf(row.application) : undefined;
  if (!row || !form) return null;
  const { status, deadline } = statusOf(row, form.id, false);
  const response = row.responses.find((candidate) => candidate.formId === form.id);
  const respondent = response?.respondentAccountId
    ? await db().account.findUnique({ where: { id: response.respondentAccountId }, select: { displayName: true, personalIdentityNumber: true } })
    : null;
  return {
    status: status === 'draft-saved' ? 'not-started' : status,
    deadline,
    sent: response
      ? {
          form: formVersion(response.formId, response.formVersion) ?? form,
          answers: response.answers as Answers,
          at: response.submittedAt,
          respondentName: respondent?.displayName ?? '',
        }
      : null,
  };
}
