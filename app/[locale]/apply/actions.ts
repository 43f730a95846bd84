'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { forms } from '@/forms';
import { db } from '@/lib/db/client';
import { saveConfirmedPage, savePendingInput } from '@/lib/drafts';
import { nextStep, pageInputFromEntries, reachablePages, validatePage, type Page } from '@/lib/form-engine';
import { routing } from '@/lib/i18n/routing';
import { currentOrNewDraft } from './session';
import { stepPath } from './paths';

/** Rows of a repeatable group left completely empty are not answers. */
function withoutEmptyGroupItems(page: Page, input: Record<string, unknown>): Record<string, unknown> {
  const result = { ...input };
  for (const field of page.fields) {
    if (field.type !== 'group' || !Array.isArray(result[field.id])) continue;
    result[field.id] = (result[field.id] as Record<string, unknown>[]).filter((item) =>
      Object.values(item ?? {}).some((value) =>
        typeof value === 'string' ? value.trim() !== '' : value && typeof value === 'object' && Object.values(value).some((part) => String(part).trim() !== ''),
      ),
    );
  }
  return result;
}

/**
 * A confirmed wizard page, posted by a plain form (works without JavaScript). Valid answers
 * are saved and the applicant goes on; otherwise the post is kept and the page shows it again
 * with its errors. Either way the browser is redirected (post/redirect/get).
 */
export async function submitPage(formId: string, locale: string, pageId: string, formData: FormData): Promise<never> {
  const form = forms[formId];
  const page = form?.pages.find((candidate) => candidate.id === pageId);
  const lang = routing.locales.includes(locale as never) ? locale : routing.defaultLocale;
  if (!form || !page) redirect(`/${lang}/apply`);
  const returnToSummary = formData.get('returnTo') === 'check-answers';
  const context = { today: new Date() };

  const input = withoutEmptyGroupItems(page, pageInputFromEntries(page, formData.entries()));
  const draft = await currentOrNewDraft(form);
  // The page is named in the post: only a page the answers so far lead to may be confirmed.
  if (!reachablePages(form, draft.answers, context).some((candidate) => candidate.id === pageId)) redirect(`/${lang}/apply`);
  const result = validatePage(form, pageId, input, draft.answers, context);
  if (!result.ok) {
    await savePendingInput(db(), draft.id, pageId, input);
    const samePage = stepPath(lang, { kind: 'page', page });
    // The same address again: the browser's router must fetch it anew to show the errors.
    revalidatePath(samePage);
    redirect(`${samePage}${returnToSummary ? '?returnTo=check-answers' : ''}`);
  }
  const saved = await saveConfirmedPage(db(), form, draft.id, pageId, result.values, context);
  // "Add another" on a repeatable group: saved, and the page again with one more empty row.
  if (formData.get('intent') === 'add-item') {
    const samePage = stepPath(lang, { kind: 'page', page });
    revalidatePath(samePage);
    redirect(`${samePage}${returnToSummary ? '?returnTo=check-answers' : ''}`);
  }
  const next = nextStep(form, pageId, saved.answers, context);
  // From the summary, a changed answer returns there unless it opened new questions or a stop.
  if (returnToSummary && next.kind === 'page') {
    redirect(`/${lang}/apply`);
  }
  redirect(stepPath(lang, next));
}
