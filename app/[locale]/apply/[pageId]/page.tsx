import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { errorTextFor, errorTextsOf, type Translate } from '@/components/form/error-text';
import { FieldRenderer } from '@/components/form/FieldRenderer';
import { ValidatedForm } from '@/components/form/ValidatedForm';
import { DocumentUploads, UPLOAD_ERRORS, uploadControlId } from '@/components/form/DocumentUploads';
import { Button, ErrorSummary, NotificationBanner } from '@/components/ui';
import { db } from '@/lib/db/client';
import { documentsOf } from '@/lib/documents/drafts';
import { APPLICATION_QUOTA_BYTES, documentRules } from '@/lib/documents/rules';
import { forms } from '@/forms';
import { answersReadBy, isAnswerField, previousPage, progress, reachablePages, validatePage, type Answers, type Page } from '@/lib/form-engine';
import { submitPage } from '../actions';
import { isReturnToSummary } from '@/lib/applications/return-to';
import { currentDraft } from '@/lib/drafts/current';

type Props = { params: Promise<{ locale: string; pageId: string }>; searchParams: Promise<{ returnTo?: string; upload?: string; draft?: string }> };

const currentForm = forms['family-reunion']!;

/** The page's heading: its title, else its first question. */
function headingKey(page: Page): string {
  return page.title ?? page.fields.find(isAnswerField)!.label;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, pageId } = await params;
  const t = await getTranslations({ locale });
  const page = currentForm.pages.find((candidate) => candidate.id === pageId);
  return { title: page ? t(headingKey(page)) : t('familyReunion.title') };
}

export default async function WizardPage({ params, searchParams }: Props) {
  const { locale, pageId } = await params;
  const { returnTo, upload, draft: draftNotice } = await searchParams;
  setRequestLocale(locale);
  const t = (await getTranslations({ locale })) as unknown as Translate;
  const context = { today: new Date() };
  // A draft is finished on the version it is on (R-ENG-05).
  const { draft, form } = await currentDraft(currentForm);
  const answers = draft?.answers ?? {};
  // Only pages the answers so far lead to can be opened; anything else goes to the current step.
  const page = reachablePages(form, answers, context).find((candidate) => candidate.id === pageId);
  if (!page) redirect(`/${locale}/apply`);

  // A post that did not validate is shown again, as typed, with its errors (nothing is lost).
  const pending = draft?.pending?.pageId === pageId ? draft.pending.input : null;
  const shown: Answers = { ...answers, ...((pending ?? {}) as Answers) };
  const result = pending ? validatePage(form, pageId, pending, answers, context) : null;
  // One table of words for the page's errors, the server's and those the browser finds.
  const errorTexts = errorTextsOf(t, page.fields.filter(isAnswerField));
  const fieldErrors = result && !result.ok ? result.errors : [];
  const messages = new Map(fieldErrors.map((error) => [error.path, errorTextFor(errorTexts, error.path, error.kind) ?? error.kind]));

  const { step, of } = progress(form, pageId, answers, context);
  const previous = previousPage(form, pageId, answers, context);
  // From check-your-answers the page leads back there, through every upload and removal too.
  const returnToSummary = isReturnToSummary(returnTo);
  const backHref = returnToSummary ? `/${locale}/apply/check-answers` : previous ? `/${locale}/apply/${previous.id}` : `/${locale}`;
  const firstQuestion = page.fields.find(isAnswerField);
  const questionIsHeading = !page.title;
  const renderField = (field: Page['fields'][number]) => (
    <FieldRenderer
      key={field.id}
      field={field}
      page={page}
      today={context.today}
      value={shown[field.id]}
      errors={messages}
      answers={shown}
      t={t}
      locale={locale}
      asHeading={questionIsHeading && field === firstQuestion}
    />
  );

  // A document page: its files and upload form stand outside the "Continue" form.
  const slot = page.fields.find((field) => field.type === 'document');
  const rule = slot?.type === 'document' ? documentRules[slot.documentType] : undefined;
  const uploadError =
    slot && upload && UPLOAD_ERRORS.has(upload)
      ? t(`Form.upload.errors.${upload}`, { size: rule?.maxFileSizeMB ?? 0, count: rule?.maxFileCount ?? 0, quota: APPLICATION_QUOTA_BYTES / 2 ** 20 })
      : undefined;
  const files = slot && draft ? await documentsOf(db(), draft.id, slot.id) : [];

  return (
    <>
      <Link href={backHref} className="ak-back-link">
        {t('Form.back')}
      </Link>
      {slot && rule ? (
        <>
          <ErrorSummary errors={uploadError ? [{ path: uploadControlId(slot.id), message: uploadError }] : []} />
          {upload === 'kept' || upload === 'removed' ? (
            <NotificationBanner title={t(headingKey(page))} variant="success">
              <p>{t(`Form.upload.${upload}`)}</p>
            </NotificationBanner>
          ) : null}
          <p className="ak-caption">{t('Form.caption', { step, of })}</p>
          {page.title ? <h1>{t(page.title)}</h1> : null}
          {page.fields.map(renderField)}
          <DocumentUploads locale={locale} fieldId={slot.id} documentType={slot.documentType} rule={rule} files={files} error={uploadError} returnTo={returnTo} t={t} />
        </>
      ) : null}
      {draftNotice === 'too-many' ? (
        <NotificationBanner title={t('Form.draftLimit.title')}>
          <p>{t('Form.draftLimit.text')}</p>
        </NotificationBanner>
      ) : null}
      <ValidatedForm
        action={submitPage.bind(null, form.id, locale, page.id)}
        page={page}
        answers={answersReadBy(page, answers)}
        today={context.today.toISOString()}
        errorTexts={errorTexts}
        before={
          slot && rule ? null : (
            <>
              <ErrorSummary errors={[...messages].map(([path, message]) => ({ path, message }))} />
              <p className="ak-caption">{t('Form.caption', { step, of })}</p>
              {page.title ? <h1>{t(page.title)}</h1> : null}
            </>
          )
        }
      >
        {returnToSummary ? <input type="hidden" name="returnTo" value="check-answers" /> : null}
        {slot && rule ? null : page.fields.map(renderField)}
        <Button>{t('Form.continue')}</Button>
      </ValidatedForm>
    </>
  );
}
