import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';

/** A page that only explains: not found, no access. Its words are `title`, `body` and `home` of `namespace`. */
export function Explanation({ namespace }: { namespace: 'NotFound' | 'Identity.forbidden' }) {
  const t = useTranslations(namespace);
  const locale = useLocale();
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <Link href={`/${locale}`}>{t('home')}</Link>
      </p>
    </>
  );
}
