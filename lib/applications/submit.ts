// Submitting a draft (R-APP-08, R-APP-03, R-FEE-03): in one transaction the answers and form
// version are frozen into an application with the applicant's declaration (declaration.ts),
// each family member applying too gets an
// application of their own, every application gets a case with a control number and the
// person's designation number and a "registered" event dated that day, and the receipt
// e-mail is queued. What the form registers is declared in its definition (`submission`, field roles).
import { Prisma } from '@/lib/db/generated/client';
import { serviceClock } from '@/lib/clock';
import { INITIAL_STATE, openingEvent, recordCaseEvent } from '@/lib/cases/lifecycle';
import { controlNumber, designationNumber } from '@/lib/cases/numbers';
import { swedishDay } from '@/lib/cases/questionnaire-schedule';
import { answersWithDocuments } from '@/lib/documents/drafts';
import { answerOfRole, textOfRole, type Answers, type FormDefinition } from '@/lib/form-engine';
import { sponsorPersonalIdentityNumber } from '@/lib/cases/parties';
import { formatDate } from '@/lib/i18n/format';
import { translatorFor } from '@/lib/i18n/translator';
import { queueEmail } from '@/lib/notify/outbox';

export type Transaction = Prisma.TransactionClient;

export interface Submitted {
  applicationId: string;
  /** The control number of the main application first, then each family member's. */
  controlNumbers: string[];
}

const nextValue = async (tx: Transaction, sequence: 'control_number_seq' | 'designation_number_seq') =>
  Number((await tx.$queryRawUnsafe<{ value: bigint }[]>(`SELECT nextval('${sequence}') AS value`))[0]!.value);

/** The person's designation number: the one they already have, else a new one kept on the account. */
async function designationOf(tx: Transaction, accountId: string | null): Promise<string> {
  if (!accountId) return designationNumber(await nextValue(tx, 'designation_number_seq'));
  const account = await tx.account.findUniqueOrThrow({ where: { id: accountId }, select: { designationNumber: true } });
  if (account.designationNumber) return account.designationNumber;
  const number = designationNumber(await nextValue(tx, 'designation_number_seq'));
  await tx.account.update({ where: { id: accountId }, data: { designationNumber: number } });
  return number;
}

/** The draft, locked for this transaction; null when there is none. */
async function lockDraft(tx: Transaction, draftId: string) {
  await tx.$queryRaw`SELECT id FROM draft WHERE id = ${draftId}::uuid FOR UPDATE`;
  return tx.draft.findUnique({ where: { id: draftId } });
}

/**
 * Submits the draft in the caller's transaction. A draft already submitted is not submitted
 * again: its first submission is returned, so a late or repeated trigger changes nothing.
 * A draft never declared true and complete is not sent.
 */
export async function submitDraft(
  tx: Transaction,
  draftId: string,
  form: FormDefinition,
  { locale, appUrl, now: given }: { locale: string; appUrl: string; now?: Date },
): Promise<Submitted> {
  const now = given ?? (await serviceClock(tx)).now();
  const draft = await lockDraft(tx, draftId);
  if (!draft) throw new Error(`No draft ${draftId}`);
  if (draft.submittedApplicationId) return submitted(tx, draft.submittedApplicationId);
  const { declaredAt } = draft;
  if (!declaredAt) throw new Error(`Draft ${draftId} is not declared true and complete`);
  const submission = form.submission;
  if (submission.kind !== 'register-cases') throw new Error(`Form ${form.id} does not register cases`);
  // The documents are those uploaded to the draft, whatever the answers say.
  const answers = await answersWithDocuments(tx, draft.id, form, draft.answers as Answers);
  const registeredOn = swedishDay(now);
  const missionId = textOfRole(form, answers, 'mission');
  const sponsor = sponsorPersonalIdentityNumber(form, answers);

  const register = async (applicationAnswers: Answers, applicantAccountId: string | null, mainApplicationId: string | null) => {
    const application = await tx.application.create({
      data: {
        formId: draft.formId,
        formVersion: draft.formVersion,
        answers: applicationAnswers as Prisma.InputJsonValue,
        applicantAccountId,
        mainApplicationId,
        // The sponsor answers one questionnaire, about the main application.
        sponsorPersonalIdentityNumber: mainApplicationId ? null : sponsor,
        submittedAt: now,
        declaredAt,
      },
    });
    const registered = await tx.case.create({
      data: {
        controlNumber: controlNumber(await nextValue(tx, 'control_number_seq')),
        designationNumber: await designationOf(tx, applicantAccountId),
        category: submission.category,
        missionId,
        applicationId: application.id,
        state: INITIAL_STATE,
        events: { create: openingEvent(now) },
      },
    });
    return { applicationId: application.id, caseId: registered.id, controlNumber: registered.controlNumber };
  };

  const main = await register(answers, draft.ownerAccountId, null);
  const members = answerOfRole(form, answers, 'familyMembers');
  const memberCases = [];
  for (const member of Array.isArray(members) ? (members as Answers[]) : []) {
    memberCases.push(await register(member, null, main.applicationId));
  }
  await tx.draft.update({ where: { id: draft.id }, data: { submittedApplicationId: main.applicationId, pendingPageId: null, pendingInput: Prisma.DbNull } });
  // The sponsor is asked about the main application only, when the applicant named one (R-SPQ-01).
  if (submission.questionnaire && sponsor && textOfRole(form, answers, 'sponsorEmail')) {
    await recordCaseEvent(tx, { caseId: main.caseId, event: 'QUESTIONNAIRE_SENT', at: now, appUrl, data: { questionnaire: submission.questionnaire } });
  }

  const controlNumbers = [main.controlNumber, ...memberCases.map((entry) => entry.controlNumber)];
  const to = textOfRole(form, answers, 'receiptEmail');
  if (to) await queueReceipt(tx, { to, locale, appUrl, controlNumbers, registeredOn });
  return { applicationId: main.applicationId, controlNumbers };
}

async function submitted(tx: Transaction, applicationId: string): Promise<Submitted> {
  // The main application's case was numbered first, its family members' after it.
  const cases = await tx.case.findMany({
    where: { OR: [{ applicationId }, { application: { mainApplicationId: applicationId } }] },
    select: { controlNumber: true },
    orderBy: { controlNumber: 'asc' },
  });
  return { applicationId, controlNumbers: cases.map((entry) => entry.controlNumber) };
}

async function queueReceipt(
  tx: Transaction,
  receipt: { to: string; locale: string; appUrl: string; controlNumbers: string[]; registeredOn: Date },
) {
  const t = await translatorFor(receipt.locale, 'Email.receipt');
  const date = formatDate(receipt.locale, receipt.registeredOn, 'UTC');
  const [main, ...members] = receipt.controlNumbers;
  const text = t('text', {
    controlNumber: main!,
    members: members.length ? t('members', { numbers: members.join(', ') }) : '',
    date,
    url: `${receipt.appUrl}/${receipt.locale}/min-sida`,
  });
  await queueEmail(tx, { to: receipt.to, subject: t('subject', { controlNumber: main! }), text, kind: 'receipt-email' });
}
