import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { titleFrom } from '@/components/layout/page-title';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFrom('Identity.forbidden');

// proxy.ts shows this page, with status 403, when a signed-in person lacks the role an area needs.
export default async function ForbiddenPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Identity.forbidden' });
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
