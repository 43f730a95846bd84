// The wizard's pages, for any wizard (lib/wizard): the entry, a step, check-your-answers, a
// stop page and the confirmation of sent answers. A route file only names its kind and the page:
// `export default wizardPages('application').StepPage`. Nothing here knows a form (R-ENG-01).
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { errorTextFor, errorTextsOf, type Translate } from '@/components/form/error-text';
import { FieldRenderer } from '@/components/form/FieldRenderer';
import { ValidatedForm } from '@/components/form/ValidatedForm';
import { DocumentUploads, UPLOAD_ERRORS, uploadControlId } from '@/components/form/DocumentUploads';
import { Button, ButtonLink, Checkboxes, ErrorSummary, NotificationBanner } from '@/components/ui';
import { DECLARATION } from '@/lib/applications/declaration';
import { isReturnToSummary } from '@/lib/applications/return-to';
import { db } from '@/lib/db/client';
import { answersWithDocuments, documentsOf } from '@/lib/documents/drafts';
import { APPLICATION_QUOTA_BYTES, documentRules } from '@/lib/documents/rules';
import { currentDraft } from '@/lib/drafts/current';
import {
  answersReadBy,
  currentStep,
  feeFor,
  isAnswerField,
  missingDocuments,
  previousPage,
  progress,
  reachablePages,
  summary,
  validatePage,
  type Answers,
  type Page,
} from '@/lib/form-engine';
import { formatDateTime, formatMoney } from '@/lib/i18n/format';
import { decide } from '@/lib/identity/access';
import { guardPage } from '@/lib/identity/guard';
import { signedInPerson } from '@/lib/identity/current';
import type { Person } from '@/lib/identity/session';
import { checkAnswersPath, pagePath, resolveWizard, sentPath, stepPath, wizardAccess, type Wizard, type WizardKind } from '@/lib/wizard';
import { sendWizard, submitPage } from './actions';
import { AnswerSummary } from './AnswerSummary';

type WizardParams = { locale: string; applicationId?: string };
type Props<Extra = object> = { params: Promise<WizardParams & Extra> };
type StepProps = Props<{ pageId: string }> & { searchParams: Promise<{ returnTo?: string; upload?: string; draft?: string }> };
type CheckProps = Props & { searchParams: Promise<{ payment?: string; documents?: string; declaration?: string; case?: string }> };

/** The page's heading: its title, else its first question. */
function headingKey(page: Page): string {
  return page.title ?? page.fields.find(isAnswerField)!.label;
}

/** What the service knows of the person, for a form's texts to show and never ask (WCAG 3.3.7). */
function knownFacts(person: Person | null): Record<string, string> {
  const number = person?.personalIdentityNumber;
  return { name: person?.name ?? '', personalIdentityNumber: number ? `${number.slice(0, 8)}-${number.slice(8)}` : '' };
}

/** A translator that fills a text's placeholders for known facts (`{name}`) unless given. */
async function translatorWith(locale: string, person: Person | null): Promise<Translate> {
  const t = (await getTranslations({ locale })) as unknown as Translate;
  const facts = knownFacts(person);
  return (key, values) => t(key, { ...facts, ...values });
}

export function wizardPages(kind: WizardKind) {
  /**
   * The wizard the address names, once the person may have it: a questionnaire's sponsor is
   * checked before anything of its application is read. No such wizard: not found.
   */
  async function openWizard({ locale, applicationId }: WizardParams, { whenSent = false } = {}): Promise<{ wizard: Wizard; person: Person | null }> {
    const subject = applicationId ?? null;
    const access = wizardAccess(kind, subject);
    const person = access === 'anyone' ? await signedInPerson() : (await guardPage(locale, access)).person;
    const wizard = await resolveWizard(kind, locale, subject);
    if (!wizard) notFound();
    // Answers sent are not filled in again, nor a questionnaire whose case takes none: one page says which.
    if (Boolean(wizard.closedBecause) !== whenSent) redirect(whenSent ? wizard.base : sentPath(wizard));
    return { wizard, person };
  }

  /** A page that shows the person's draft: the wizard, the draft on the version it is on (R-ENG-05), and the words. */
  async function openDraft(params: WizardParams) {
    setRequestLocale(params.locale);
    const { wizard, person } = await openWizard(params);
    const t = await translatorWith(params.locale, person);
    const { draft, form } = await currentDraft(wizard);
    return { locale: params.locale, wizard, person, t, context: { today: new Date() }, draft, form, answers: draft?.answers ?? {} };
  }

  /** The wizard for a page's title: only when the person may have it (a title tells of it too). */
  async function wizardForTitle({ locale, applicationId }: WizardParams): Promise<Wizard | null> {
    const subject = applicationId ?? null;
    if (await decide(wizardAccess(kind, subject), await signedInPerson())) return null;
    return resolveWizard(kind, locale, subject);
  }

  async function titled(locale: string, key: string | undefined): Promise<Metadata> {
    const t = await getTranslations({ locale });
    return { title: key ? t(key) : undefined };
  }

  return {
    /** The wizard's entry: wherever the saved answers say the person is (R-APP-07). */
    async EntryPage({ params }: Props) {
      const resolved = await params;
      const { wizard } = await openWizard(resolved);
      const { draft, form } = await currentDraft(wizard);
      // A new draft opens on the first page, even one that only tells (nothing there to answer).
      if (!draft) redirect(pagePath(wizard, reachablePages(form, {}, { today: new Date() })[0]!.id));
      redirect(stepPath(wizard, currentStep(form, draft.answers, { today: new Date() })));
    },

    async stepMetadata({ params }: StepProps): Promise<Metadata> {
      const resolved = await params;
      const wizard = await wizardForTitle(resolved);
      const page = wizard?.form.pages.find((candidate) => candidate.id === resolved.pageId);
      return titled(resolved.locale, page ? headingKey(page) : wizard?.form.title);
    },

    async StepPage({ params, searchParams }: StepProps) {
      const { pageId } = await params;
      const { returnTo, upload, draft: draftNotice } = await searchParams;
      const { locale, wizard, t, context, draft, form, answers } = await openDraft(await params);
      // Only pages the answers so far lead to can be opened; anything else goes to the current step.
      const page = reachablePages(form, answers, context).find((candidate) => candidate.id === pageId);
      if (!page) redirect(wizard.base);

      // A post that did not validate is shown again, as typed, with its errors (nothing is lost).
      const pending = draft?.pending?.pageId === pageId ? draft.pending.input : null;
      const shown: Answers = { ...answers, ...((pending ?? {}) as Answers) };
      const result = pending ? validatePage(form, pageId, pending, answers, context) : null;
      // One table of words for the page's errors, the server's and those the browser finds.
      const errorTexts = errorTextsOf(t, page.fields.filter(isAnswerField), locale);
      const fieldErrors = result && !result.ok ? result.errors : [];
      const messages = new Map(fieldErrors.map((error) => [error.path, errorTextFor(errorTexts, error.path, error.kind) ?? error.kind]));

      const { step, of } = progress(form, pageId, answers, context);
      // Where the person is, and for a questionnaire whose application it is about.
      const caption = wizard.subjectName ? t('Wizard.captionAbout', { step, of, name: wizard.subjectName }) : t('Form.caption', { step, of });
      const previous = previousPage(form, pageId, answers, context);
      // From check-your-answers the page leads back there, through every upload and removal too.
      const returnToSummary = isReturnToSummary(returnTo);
      const backHref = returnToSummary ? checkAnswersPath(wizard) : previous ? pagePath(wizard, previous.id) : wizard.subjectApplicationId ? `/${locale}/sponsor` : `/${locale}`;
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
              <p className="ak-caption">{caption}</p>
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
            action={submitPage.bind(null, wizard.kind, wizard.subjectApplicationId ?? '', locale, page.id)}
            page={page}
            answers={answersReadBy(page, answers)}
            today={context.today.toISOString()}
            errorTexts={errorTexts}
            before={
              slot && rule ? null : (
                <>
                  <ErrorSummary errors={[...messages].map(([path, message]) => ({ path, message }))} />
                  <p className="ak-caption">{caption}</p>
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
    },

    async checkAnswersMetadata({ params }: Props): Promise<Metadata> {
      return titled((await params).locale, 'Form.checkAnswersTitle');
    },

    /**
     * Every answer with a link to change it, returning here (R-APP-06); then "Now send": the
     * declaration that the answers are true and complete, and "Accept and send".
     */
    async CheckAnswersPage({ params, searchParams }: CheckProps) {
      const { payment, documents, declaration, case: caseNotice } = await searchParams;
      const { locale, wizard, person, t, context, draft, form, answers } = await openDraft(await params);
      if (currentStep(form, answers, context).kind !== 'summary') redirect(wizard.base);
      const fee = form.fees ? feeFor(form.fees, answers, context) : null;

      // Documents are listed apart from the answers, as the database has them.
      const withDocuments = draft ? await answersWithDocuments(db(), draft.id, form, answers) : answers;
      const missing = new Set(missingDocuments(form, withDocuments, context).map((field) => field.id));
      const summarised = summary(form, withDocuments, context);
      const documentRows = summarised.flatMap((section) => section.rows.filter((row) => row.field.type === 'document'));
      const sections = summarised
        .map((section) => ({ ...section, rows: section.rows.filter((row) => row.field.type !== 'document') }))
        .filter((section) => section.rows.length > 0);

      const paymentNotice = payment === 'cancelled' ? 'Form.paymentCancelled' : payment === 'not-paid' ? 'Form.paymentNotPaid' : null;
      const here = checkAnswersPath(wizard);
      // Sent without the declaration: the server refused, and says so at the box.
      const declarationError = person && declaration === 'missing' ? t('Form.declaration.missing') : undefined;
      const changeHref = (pageId: string) => `${pagePath(wizard, pageId)}?returnTo=check-answers`;
      const sendLabel = fee && fee.amount > 0 ? t('Form.payAndSend', { amount: formatMoney(locale, fee.amount, fee.currency) }) : t('Form.send');

      return (
        <>
          <ErrorSummary errors={declarationError ? [{ path: DECLARATION.name, message: declarationError }] : []} />
          {documents === 'missing' && missing.size ? (
            <NotificationBanner title={t('Form.documentsTitle')}>
              <p>{t('Form.documentsMissing')}</p>
            </NotificationBanner>
          ) : null}
          {caseNotice === 'closed' ? (
            <NotificationBanner title={t('Wizard.caseClosed.title')}>
              <p>{t('Wizard.caseClosed.text')}</p>
            </NotificationBanner>
          ) : null}
          {paymentNotice ? (
            <NotificationBanner title={t('Form.payTitle')}>
              <p>{t(paymentNotice)}</p>
            </NotificationBanner>
          ) : null}
          {wizard.subjectName ? <p className="ak-caption">{t('Wizard.about', { name: wizard.subjectName })}</p> : null}
          <h1>{t('Form.checkAnswersTitle')}</h1>
          <AnswerSummary sections={sections} answers={answers} t={t} locale={locale} changeHref={changeHref} />
          {documentRows.length ? (
            <section>
              <h2>{t('Form.documentsTitle')}</h2>
              <dl className="ak-summary-list">
                {documentRows.map((row) => {
                  const count = Array.isArray(row.value) ? row.value.length : 0;
                  return (
                    <div className="ak-summary-list__row" key={row.fieldId}>
                      <dt className="ak-summary-list__key">{t(row.label)}</dt>
                      <dd className="ak-summary-list__value">
                        {missing.has(row.fieldId) ? <strong className="ak-missing">{t('Form.documentMissing')}</strong> : t('Form.documentsCount', { count })}
                      </dd>
                      <dd className="ak-summary-list__actions">
                        <Link href={changeHref(row.pageId)}>
                          {missing.has(row.fieldId) ? t('Form.uploadDocument') : t('Form.changeAnswer')}
                          <span className="ak-visually-hidden">{` ${t(row.label)}`}</span>
                        </Link>
                      </dd>
                    </div>
                  );
                })}
              </dl>
            </section>
          ) : null}
          {fee ? (
            <section>
              <h2>{t('Form.feeTitle')}</h2>
              <p>{t(fee.reason, { amount: formatMoney(locale, fee.amount / fee.persons, fee.currency) })}</p>
              <p>{t('Form.feeTotal', { amount: formatMoney(locale, fee.amount, fee.currency), persons: fee.persons })}</p>
            </section>
          ) : null}
          <section>
            <h2>{t('Form.declaration.title')}</h2>
            {person ? (
              <form action={sendWizard.bind(null, wizard.kind, wizard.subjectApplicationId ?? '')}>
                <p>{t('Form.declaration.text')}</p>
                <Checkboxes
                  id={DECLARATION.name}
                  name={DECLARATION.name}
                  legend={t('Form.declaration.legend')}
                  options={[{ value: DECLARATION.value, label: t('Form.declaration.confirm') }]}
                  error={declarationError}
                />
                <Button>{sendLabel}</Button>
              </form>
            ) : (
              <>
                <p>{t('Form.signInToSendText')}</p>
                <ButtonLink href={`/${locale}/sign-in?next=${encodeURIComponent(here)}`}>{t('Form.signInToSend')}</ButtonLink>
              </>
            )}
          </section>
        </>
      );
    },

    async stopMetadata({ params }: Props<{ stopId: string }>): Promise<Metadata> {
      const resolved = await params;
      const wizard = await wizardForTitle(resolved);
      const stop = wizard?.form.stops.find((candidate) => candidate.id === resolved.stopId);
      return titled(resolved.locale, stop?.title ?? wizard?.form.title);
    },

    /** Why the web form ends here and what to do instead (R-ELIG-09); the answers are kept. */
    async StopPage({ params }: Props<{ stopId: string }>) {
      const resolved = await params;
      const { locale, stopId } = resolved;
      setRequestLocale(locale);
      const { wizard } = await openWizard(resolved);
      const stop = wizard.form.stops.find((candidate) => candidate.id === stopId);
      if (!stop) redirect(wizard.base);
      const t = await getTranslations({ locale });
      return (
        <>
          <Link href={pagePath(wizard, stop.after)} className="ak-back-link">
            {t('Form.back')}
          </Link>
          <h1>{t(stop.title)}</h1>
          {stop.paragraphs.map((key) => (
            <p key={key}>{t(key)}</p>
          ))}
          <p>
            <Link href={pagePath(wizard, stop.after)}>{t('Form.stopBack')}</Link>
          </p>
        </>
      );
    },

    async sentMetadata({ params }: Props): Promise<Metadata> {
      const resolved = await params;
      const wizard = await wizardForTitle(resolved);
      return titled(resolved.locale, wizard?.closedBecause && !wizard.closedBecause.sentAt ? 'Wizard.caseClosed.title' : 'Wizard.sent.title');
    },

    /** The answers arrived (GOV.UK confirmation page): when, and what happens next. */
    async SentPage({ params }: Props) {
      const resolved = await params;
      const { locale } = resolved;
      setRequestLocale(locale);
      const { wizard } = await openWizard(resolved, { whenSent: true });
      const t = await getTranslations({ locale, namespace: 'Wizard' });
      const sentAt = wizard.closedBecause?.sentAt;
      const back = (
        <p>
          <Link href={`/${locale}/sponsor`}>{t('sent.back')}</Link>
        </p>
      );
      // Never asked, or the case was decided before an answer came: nothing to fill in.
      if (!sentAt) {
        return (
          <>
            <h1>{t('caseClosed.title')}</h1>
            <p>{t('caseClosed.text')}</p>
            {back}
          </>
        );
      }
      return (
        <>
          <h1>{t('sent.title')}</h1>
          <NotificationBanner title={t('sent.panelTitle')} variant="success">
            <p>{t('sent.when', { date: formatDateTime(locale, sentAt) })}</p>
          </NotificationBanner>
          <h2>{t('sent.nextTitle')}</h2>
          <p>{t('sent.next')}</p>
          {back}
        </>
      );
    },

  };
}
