import { useTranslations } from 'next-intl';

/** Shown instead of a page while the database cannot be reached. */
export function ServiceUnavailable() {
  const t = useTranslations('Unavailable');
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <p>{t('tryAgain')}</p>
    </>
  );
}
