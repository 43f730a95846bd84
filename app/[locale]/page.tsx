import { useTranslations } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { use } from 'react';
import { ButtonLink } from '@/components/ui';
import type { Locale } from '@/lib/i18n/routing';

export default function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = use(params);
  setRequestLocale(locale);
  const t = useTranslations('Home');
  const startNow = useTranslations('Form')('startNow');
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

      <h2>{t('followHeading')}</h2>
      <p>{t('follow')}</p>
    </>
  );
}
