// Sending a draft about a submitted application (R-SPQ-04): in one transaction its answers and
// form version are frozen onto the application's case, the case records "questionnaire
// answered" on the day it arrived (a late answer too: the case says how late), and the draft
// becomes read-only. Nothing is paid.
import { Prisma } from '@/lib/db/generated/client';
import { recordCaseEvent } from '@/lib/cases/lifecycle';
import type { FormDefinition } from '@/lib/form-engine';
import type { Role } from '@/lib/db/generated/enums';
import { recordDeclaration } from './declaration';
import type { Transaction } from './submit';

export interface Answered {
  responseId: string;
  caseId: string;
}

/**
 * Attaches the draft's answers to its subject's case in the caller's transaction, with the
 * declaration that they are true and complete, made at `now` (the caller has checked it was
 * ticked). A draft sent already is not sent again: its first response is returned. Only the
 * draft's owner sends it.
 */
export async function answerCase(
  tx: Transaction,
  draftId: string,
  form: FormDefinition,
  { respondent, now, requestId }: { respondent: { accountId: string; role: Role | null }; now: Date; requestId?: string },
): Promise<Answered> {
  await tx.$queryRaw`SELECT id FROM draft WHERE id = ${draftId}::uuid FOR UPDATE`;
  const draft = await tx.draft.findUnique({ where: { id: draftId } });
  if (!draft?.subjectApplicationId || draft.ownerAccountId !== respondent.accountId) throw new Error(`Draft ${draftId} is not the respondent's draft about an application`);
  const subjectCase = await tx.case.findUniqueOrThrow({ where: { applicationId: draft.subjectApplicationId }, select: { id: true } });
  if (draft.submittedResponseId) return { responseId: draft.submittedResponseId, caseId: subjectCase.id };
  // The declaration made with "Accept and send" (declaration.ts), recorded once the draft is known unsent.
  await recordDeclaration(tx, draft.id, now);
  const response = await tx.caseResponse.create({
    data: {
      caseId: subjectCase.id,
      formId: draft.formId,
      formVersion: draft.formVersion,
      answers: draft.answers as Prisma.InputJsonValue,
      respondentAccountId: respondent.accountId,
      submittedAt: now,
      declaredAt: now,
    },
  });
  await recordCaseEvent(tx, {
    caseId: subjectCase.id,
    event: 'QUESTIONNAIRE_ANSWERED',
    at: now,
    actor: { accountId: respondent.accountId, role: respondent.role },
    requestId,
    data: { formId: form.id, formVersion: draft.formVersion },
  });
  await tx.draft.update({ where: { id: draft.id }, data: { submittedResponseId: response.id, pendingPageId: null, pendingInput: Prisma.DbNull } });
  return { responseId: response.id, caseId: subjectCase.id };
}

