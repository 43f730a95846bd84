import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Translate } from '@/components/form/error-text';
import { formatAnswer } from '@/components/form/format';
import { forms } from '@/forms';
import { Button, ButtonLink, Checkboxes, ErrorSummary, NotificationBanner } from '@/components/ui';
import { DECLARATION } from '@/lib/applications/declaration';
import { db } from '@/lib/db/client';
import { formatMoney } from '@/lib/i18n/format';
import { answersWithDocuments } from '@/lib/documents/drafts';
import { currentStep, feeFor, missingDocuments, summary } from '@/lib/form-engine';
import { signedInPerson } from '@/lib/identity/current';
import { submitApplication } from '../actions';
import { currentDraft } from '@/lib/drafts/current';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ payment?: string; documents?: string; declaration?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale });
  return { title: t('Form.checkAnswersTitle') };
}

/**
 * Every answer with a link to change it, returning here (R-APP-06); then "Now send your
 * application": the declaration that the answers are true and complete, and "Accept and send".
 */
export default async function CheckAnswersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { payment, documents, declaration } = await searchParams;
  setRequestLocale(locale);
  const t = (await getTranslations({ locale })) as unknown as Translate;
  const context = { today: new Date() };
  const { draft, form } = await currentDraft(forms['family-reunion']!);
  const answers = draft?.answers ?? {};
  if (currentStep(form, answers, context).kind !== 'summary') redirect(`/${locale}/apply`);
  const fee = form.fees ? feeFor(form.fees, answers, context) : null;
  
  // Documents are listed apart from the answers, as the database has them.
  const withDocuments = draft ? await answersWithDocuments(db(), draft.id, form, answers) : answers;
  const missing = new Set(missingDocuments(form, withDocuments, context).map((field) => field.id));
  const summarised = summary(form, withDocuments, context);
  const documentRows = summarised.flatMap((section) => section.rows.filter((row) => row.field.type === 'document'));
  const sections = summarised
    .map((section) => ({ ...section, rows: section.rows.filter((row) => row.field.type !== 'document') }))
    .filter((section) => section.rows.length > 0);

  const person = await signedInPerson();
  const paymentNotice = payment === 'cancelled' ? 'Form.paymentCancelled' : payment === 'not-paid' ? 'Form.paymentNotPaid' : null;
  const here = `/${locale}/apply/check-answers`;
  // Sent without the declaration: the server refused, and says so at the box.
  const declarationError = person && declaration === 'missing' ? t('Form.declaration.missing') : undefined;

  return (
    <>
      <ErrorSummary errors={declarationError ? [{ path: DECLARATION.name, message: declarationError }] : []} />
      {documents === 'missing' && missing.size ? (
        <NotificationBanner title={t('Form.documentsTitle')}>
          <p>{t('Form.documentsMissing')}</p>
        </NotificationBanner>
      ) : null}
      {paymentNotice ? (
        <NotificationBanner title={t('Form.payTitle')}>
          <p>{t(paymentNotice)}</p>
        </NotificationBanner>
      ) : null}
      <h1>{t('Form.checkAnswersTitle')}</h1>
      {sections.map((section) => (
        <section key={section.id}>
          <h2>{t(section.title)}</h2>
          <dl className="ak-summary-list">
            {section.rows.map((row) => {
              const lines = formatAnswer(row.field, row.value, answers, t, locale);
              return (
                <div className="ak-summary-list__row" key={row.fieldId}>
                  <dt className="ak-summary-list__key">{t(row.label)}</dt>
                  <dd className="ak-summary-list__value">
                    {lines.length ? lines.map((line, index) => <div key={index}>{line}</div>) : t('Form.notAnswered')}
                  </dd>
                  <dd className="ak-summary-list__actions">
                    <Link href={`/${locale}/apply/${row.pageId}?returnTo=check-answers`}>
                      {t('Form.changeAnswer')}
                      <span className="ak-visually-hidden">{` ${t(row.label)} (${t(section.title)})`}</span>
                    </Link>
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
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
                    <Link href={`/${locale}/apply/${row.pageId}?returnTo=check-answers`}>
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
          <p>
            {t('Form.feeTotal', { amount: formatMoney(locale, fee.amount, fee.currency), persons: fee.persons })}
          </p>
        </section>
      ) : null}
      <section>
        <h2>{t('Form.declaration.title')}</h2>
        {person ? (
          <form action={submitApplication.bind(null, form.id)}>
            <p>{t('Form.declaration.text')}</p>
            <Checkboxes
              id={DECLARATION.name}
              name={DECLARATION.name}
              legend={t('Form.declaration.legend')}
              options={[{ value: DECLARATION.value, label: t('Form.declaration.confirm') }]}
              error={declarationError}
            />
            <Button>{fee && fee.amount > 0 ? t('Form.payAndSend', { amount: formatMoney(locale, fee.amount, fee.currency) }) : t('Form.send')}</Button>
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
}
