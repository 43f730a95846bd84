'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { action } from '@/lib/actions';
import { serviceClock } from '@/lib/clock';
import { actingRole, type Access } from '@/lib/identity/access';
import { db } from '@/lib/db/client';
import { declares, recordDeclaration } from '@/lib/applications/declaration';
import { answerCase } from '@/lib/applications/answer-case';
import { IllegalTransition } from '@/lib/cases/lifecycle';
import { submitDraft } from '@/lib/applications/submit';
import { isReturnToSummary, returnToQuery } from '@/lib/applications/return-to';
import { saveConfirmedPage, savePendingInput } from '@/lib/drafts';
import { currentDraft, currentOrNewDraft } from '@/lib/drafts/current';
import { answersWithDocuments } from '@/lib/documents/drafts';
import { currentStep, feeFor, missingDocuments, nextStep, pageInputFromEntries, reachablePages, shownInput, validatePage } from '@/lib/form-engine';
import { routing } from '@/lib/i18n/routing';
import { paymentContext, startCheckout } from '@/lib/payments/fee-payment';
import { checkAnswersPath, isWizardKind, pagePath, receiptPath, resolveWizard, sentPath, stepPath, wizardAccess, WIZARD_KINDS } from '@/lib/wizard';

/**
 * The pages bind a wizard's kind and subject (and the locale and page id) to their forms; a
 * post can carry anything in their place. Only a kind the service has, an id-sized subject,
 * short texts and a form's fields are taken; anything else throws before it is used, and the
 * server answers 400 (scripts/serve.js).
 */
const wizardArguments = [z.enum(WIZARD_KINDS), z.string().max(36)] as const;
const pageArguments = z.tuple([...wizardArguments, z.string().max(10), z.string().max(200), z.instanceof(FormData)]);
// The send form's action is called with its fields after the bound arguments.
const sendArguments = z.tuple(wizardArguments, z.unknown());

/**
 * Who may post to a wizard, to fill it in or to send it: asked of its kind and subject before
 * anything of them is read. A post naming no kind of wizard reads nothing: its arguments are
 * refused (400) before use.
 */
const accessOfPost =
  (purpose: 'fill' | 'send') =>
  (...[kind, subject]: unknown[]): Access =>
    isWizardKind(kind) ? wizardAccess(kind, typeof subject === 'string' && subject ? subject : null, purpose) : 'anyone';

/** The wizard a post names; a subject without one (say, an application that asks nothing) goes home. */
async function wizardOfPost(kind: (typeof WIZARD_KINDS)[number], subject: string, locale: string) {
  const wizard = await resolveWizard(kind, locale, subject || null);
  if (!wizard) redirect(`/${locale}`);
  // Answers sent are not changed afterwards, and a closed case takes none: a late post (another
  // tab) finds the page that says so.
  if (wizard.closedBecause) redirect(sentPath(wizard));
  return wizard;
}

/**
 * A confirmed wizard page, posted by a plain form (works without JavaScript). Valid answers
 * are saved and the person goes on; otherwise the post is kept and the page shows it again
 * with its errors. Either way the browser is redirected (post/redirect/get).
 */
export const submitPage = action(
  { name: 'draft.save-page', access: accessOfPost('fill') },
  async (_context, ...args: [kind: string, subject: string, locale: string, pageId: string, formData: FormData]): Promise<never> => {
    const [kind, subject, locale, pageId, formData] = pageArguments.parse(args);
    const lang = routing.locales.includes(locale as never) ? locale : routing.defaultLocale;
    const wizard = await wizardOfPost(kind, subject, lang);
    // Nothing is made for a post naming no page of the form.
    if (!wizard.form.pages.some((candidate) => candidate.id === pageId)) redirect(wizard.base);
    // A draft is finished on the version it is on (R-ENG-05).
    const found = await currentOrNewDraft(wizard);
    if (found === 'sign-in') redirect(`/${lang}/sign-in?next=${encodeURIComponent(wizard.base)}`);
    if (found === 'too-many') redirect(`${pagePath(wizard, pageId)}?draft=too-many`);
    const { draft, form } = found;
    const page = form.pages.find((candidate) => candidate.id === pageId);
    if (!page) redirect(wizard.base);
    const returnTo = formData.get('returnTo');
    const context = { today: new Date() };

    const input = pageInputFromEntries(page, formData.entries());
    // The page is named in the post: only a page the answers so far lead to may be confirmed.
    if (!reachablePages(form, draft.answers, context).some((candidate) => candidate.id === pageId)) redirect(wizard.base);
    const result = validatePage(form, pageId, input, draft.answers, context);
    const samePage = pagePath(wizard, pageId);
    if (!result.ok) {
      // A question hidden by the posted choice is not kept, even as typed.
      await savePendingInput(db(), draft.id, pageId, shownInput(page, draft.answers, input, context));
      // The same address again: the browser's router must fetch it anew to show the errors.
      revalidatePath(samePage);
      redirect(`${samePage}${returnToQuery(returnTo)}`);
    }
    const saved = await saveConfirmedPage(db(), form, draft.id, pageId, result.values, context);
    // "Add another" on a repeatable group: saved, and the page again with one more empty row.
    if (formData.get('intent') === 'add-item') {
      revalidatePath(samePage);
      redirect(`${samePage}${returnToQuery(returnTo)}`);
    }
    const next = nextStep(form, pageId, saved.answers, context);
    // From the summary, a changed answer returns there unless it opened new questions or a stop.
    if (isReturnToSummary(returnTo) && next.kind === 'page') redirect(wizard.base);
    redirect(stepPath(wizard, next));
  },
);

/**
 * "Accept and send" on check-your-answers (R-FEE-03): only with the declaration that the
 * answers are true and complete, else the page again with its error. What sending does is the
 * form's: an application is submitted at once when exempt from the fee, else the person goes to
 * pay and it is submitted when Stripe confirms the payment to the server (a double click reaches
 * the same Checkout); a questionnaire's answers are attached to its case.
 */
export const sendWizard = action(
  { name: 'draft.send', access: accessOfPost('send'), audited: true },
  async (context, ...args: [kind: string, subject: string, formData: FormData]): Promise<never> => {
    const [kind, subject, formData] = sendArguments.parse(args);
    const lang = context.locale;
    const wizard = await wizardOfPost(kind, subject, lang);
    const { draft, form } = await currentDraft(wizard);
    const today = { today: new Date() };
    // Only a draft whose every answer leads to the summary can be sent.
    if (!draft || currentStep(form, draft.answers, today).kind !== 'summary') redirect(wizard.base);
    // Every required document must be there (R-DOC-02): the database says which are.
    const withDocuments = await answersWithDocuments(db(), draft.id, form, draft.answers);
    if (missingDocuments(form, withDocuments, today).length) redirect(`${checkAnswersPath(wizard)}?documents=missing`);
    if (!declares(formData)) redirect(`${checkAnswersPath(wizard)}?declaration=missing`);
    if (form.submission.kind === 'answer-case') {
      // The service's clock dates the answer, as it counts the deadline (lib/clock.ts).
      const now = (await serviceClock(db())).now();
      const respondent = { accountId: context.person!.accountId, role: actingRole(wizardAccess(kind, wizard.subjectApplicationId, 'send'), context.person) };
      const answered = await db()
        .$transaction((tx) => answerCase(tx, draft.id, form, { respondent, now, requestId: context.requestId }))
        .then(
          () => true,
          // A case decided meanwhile takes no more answers: the page says so, the draft is kept.
          (error: unknown) => {
            if (error instanceof IllegalTransition) return false;
            throw error;
          },
        );
      redirect(answered ? sentPath(wizard) : `${checkAnswersPath(wizard)}?case=closed`);
    }
    const declaredAt = new Date();
    const payments = paymentContext();
    const fee = form.fees ? feeFor(form.fees, draft.answers, today) : null;
    if (!fee || fee.amount === 0) {
      const submitted = await db().$transaction(async (tx) => {
        await recordDeclaration(tx, draft.id, declaredAt);
        return submitDraft(tx, draft.id, form, { locale: lang, appUrl: payments.appUrl });
      });
      redirect(receiptPath(lang, submitted.applicationId));
    }
    const start = await startCheckout(payments, draft.id, fee, lang, declaredAt);
    redirect(start.kind === 'checkout' ? start.url : receiptPath(lang, start.submitted.applicationId));
  },
);
