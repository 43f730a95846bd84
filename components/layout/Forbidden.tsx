import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';

/** "You do not have access": the forbidden page and every page that refuses someone. */
export function Forbidden() {
  const t = useTranslations('Identity.forbidden');
  const locale = useLocale();
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <p>
        <Link href={`/${locale}`}>{t('home')}</Link>
      </p>
    </>
  );
}
