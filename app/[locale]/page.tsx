import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ButtonLink } from '@/components/ui';
import { applicationForm } from '@/forms';
import { MIN_DECISIONS_SHOWN, processingTimesOf } from '@/lib/cases/processing-times';
import { db } from '@/lib/db/client';
import { formatNumber } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/routing';

export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Home');
  const startNow = (await getTranslations('Form'))('startNow');
  const category = applicationForm.submission?.kind === 'register-cases' ? applicationForm.submission.category : undefined;
  const times = category ? await processingTimesOf(db(), category) : null;
  const count = (value: number) => ({ count: value, number: formatNumber(locale, value) });
  // "At most N days": a fraction of a day from the percentile is rounded up, never down.
  const days = (value: number) => t('processingDays', count(Math.ceil(value)));
  const items = (key: 'canApply' | 'cannotApply' | 'documents' | 'steps') =>
    (t.raw(key) as string[]).map((item) => <li key={item}>{item}</li>);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="ak-lead">{t('lead')}</p>
      <ButtonLink href={`/${locale}/apply`} start>
        {startNow}
      </ButtonLink>

      <h2>{t('canApplyHeading')}</h2>
      <ul className="ak-list">
        {items('canApply')}
      </ul>

      <h2>{t('cannotApplyHeading')}</h2>
      <ul className="ak-list">
        {items('cannotApply')}
      </ul>

      <h2>{t('documentsHeading')}</h2>
      <ul className="ak-list">
        {items('documents')}
      </ul>
      <p className="ak-inset">{t('documentsGuidance')}</p>

      <h2>{t('stepsHeading')}</h2>
      <ol className="ak-steps">
        {items('steps')}
      </ol>

      {times ? (
        <>
          <h2>{t('processingHeading')}</h2>
          {times.decisions >= MIN_DECISIONS_SHOWN && times.medianDays !== null && times.p80Days !== null ? (
            <>
              <p>{t('processingTimes', { p80: days(times.p80Days), median: days(times.medianDays) })}</p>
              <p>{t('processingNotAPromise')}</p>
            </>
          ) : (
            <p>{t('processingTooFew')}</p>
          )}
          <p>{t('processingWaiting', count(times.waiting))}</p>
        </>
      ) : null}

      <h2>{t('followHeading')}</h2>
      <p>{t('follow')}</p>
    </>
  );
}
