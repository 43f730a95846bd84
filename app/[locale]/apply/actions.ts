'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { forms } from '@/forms';
import { action } from '@/lib/actions';
import { db } from '@/lib/db/client';
import { declares, recordDeclaration } from '@/lib/applications/declaration';
import { submitDraft } from '@/lib/applications/submit';
import { saveConfirmedPage, savePendingInput } from '@/lib/drafts';
import { answersWithDocuments } from '@/lib/documents/drafts';
import { currentStep, feeFor, missingDocuments, nextStep, pageInputFromEntries, reachablePages, shownInput, validatePage } from '@/lib/form-engine';
import { routing } from '@/lib/i18n/routing';
import { paymentContext, startCheckout } from '@/lib/payments/fee-payment';
import { currentDraft, currentOrNewDraft } from '@/lib/drafts/current';
import { receiptPath, stepPath } from './paths';
import { isReturnToSummary, returnToQuery } from '@/lib/applications/return-to';

/**
 * The pages bind a form's id (and the locale and page id) to their forms; a post can carry
 * anything in their place. Only a form the service has, by its own key (never one inherited
 * from Object.prototype such as `__proto__` or `constructor`), short texts and a form's fields
 * are taken; anything else throws before it is used, and the server answers 400
 * (scripts/serve.js).
 */
const formIdSchema = z.string().refine((formId) => Object.hasOwn(forms, formId), 'not a form of the service');
const pageArguments = z.tuple([formIdSchema, z.string().max(10), z.string().max(200), z.instanceof(FormData)]);
// A form's action is called with its fields after the bound id.
const applicationArguments = z.tuple([formIdSchema], z.unknown());

/**
 * A confirmed wizard page, posted by a plain form (works without JavaScript). Valid answers
 * are saved and the applicant goes on; otherwise the post is kept and the page shows it again
 * with its errors. Either way the browser is redirected (post/redirect/get).
 */
export const submitPage = action(
  { name: 'draft.save-page', access: 'anyone' },
  async (_context, ...args: [formId: string, locale: string, pageId: string, formData: FormData]): Promise<never> => {
    const [formId, locale, pageId, formData] = pageArguments.parse(args);
    const lang = routing.locales.includes(locale as never) ? locale : routing.defaultLocale;
    const currentForm = forms[formId]!;
    // Nothing is made for a post naming no page of the form.
    if (!currentForm.pages.some((candidate) => candidate.id === pageId)) redirect(`/${lang}/apply`);
    // A draft is finished on the version it is on (R-ENG-05).
    const found = await currentOrNewDraft(currentForm);
    if (found === 'too-many') redirect(`/${lang}/apply/${pageId}?draft=too-many`);
    const { draft, form } = found;
    const page = form.pages.find((candidate) => candidate.id === pageId);
    if (!page) redirect(`/${lang}/apply`);
    const returnTo = formData.get('returnTo');
    const context = { today: new Date() };

    const input = pageInputFromEntries(page, formData.entries());
    // The page is named in the post: only a page the answers so far lead to may be confirmed.
    if (!reachablePages(form, draft.answers, context).some((candidate) => candidate.id === pageId)) redirect(`/${lang}/apply`);
    const result = validatePage(form, pageId, input, draft.answers, context);
    if (!result.ok) {
      // A question hidden by the posted choice is not kept, even as typed.
      await savePendingInput(db(), draft.id, pageId, shownInput(page, draft.answers, input, context));
      const samePage = stepPath(lang, { kind: 'page', page });
      // The same address again: the browser's router must fetch it anew to show the errors.
      revalidatePath(samePage);
      redirect(`${samePage}${returnToQuery(returnTo)}`);
    }
    const saved = await saveConfirmedPage(db(), form, draft.id, pageId, result.values, context);
    // "Add another" on a repeatable group: saved, and the page again with one more empty row.
    if (formData.get('intent') === 'add-item') {
      const samePage = stepPath(lang, { kind: 'page', page });
      revalidatePath(samePage);
      redirect(`${samePage}${returnToQuery(returnTo)}`);
    }
    const next = nextStep(form, pageId, saved.answers, context);
    // From the summary, a changed answer returns there unless it opened new questions or a stop.
    if (isReturnToSummary(returnTo) && next.kind === 'page') {
      redirect(`/${lang}/apply`);
    }
    redirect(stepPath(lang, next));
  },
);

/**
 * "Accept and send" on check-your-answers (R-FEE-03): only with the declaration that the
 * answers are true and complete, else the page again with its error. An exempt application is
 * then submitted at once; otherwise the person goes to pay, and the application is submitted
 * when Stripe confirms the payment to the server. A double click reaches the same Checkout.
 */
export const submitApplication = action(
  { name: 'application.submit', access: {}, audited: true },
  async (context, ...args: [formId: string, formData: FormData]): Promise<never> => {
    const [formId, formData] = applicationArguments.parse(args);
    const lang = context.locale;
    const currentForm = forms[formId]!;
    const { draft, form } = await currentDraft(currentForm);
    const today = { today: new Date() };
    // Only a draft whose every answer leads to the summary can be sent.
    if (!draft || currentStep(form, draft.answers, today).kind !== 'summary') redirect(`/${lang}/apply`);
    // Every required document must be there (R-DOC-02): the database says which are.
    const withDocuments = await answersWithDocuments(db(), draft.id, form, draft.answers);
    if (missingDocuments(form, withDocuments, today).length) redirect(`/${lang}/apply/check-answers?documents=missing`);
    if (!declares(formData)) redirect(`/${lang}/apply/check-answers?declaration=missing`);
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
