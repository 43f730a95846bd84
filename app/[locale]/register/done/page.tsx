import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ButtonLink } from '@/components/ui';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Identity.registered' });
  return { title: t('title') };
}

export default async function RegisteredPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Identity.registered' });
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <ButtonLink href={`/${locale}/sign-in`}>{t('signIn')}</ButtonLink>
    </>
  );
}
