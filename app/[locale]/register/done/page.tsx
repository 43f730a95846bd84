import { getTranslations, setRequestLocale } from 'next-intl/server';
import { titleFrom } from '@/components/layout/page-title';
import { ButtonLink } from '@/components/ui';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFrom('Identity.registered');

// The same page whether the address was new or already had an account (lib/identity/sign-in.ts).
export default async function RegisteredPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Identity.registered' });
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('checkEmail')}</p>
      <p>{t('twoStep')}</p>
      <ButtonLink href={`/${locale}/sign-in`}>{t('signIn')}</ButtonLink>
    </>
  );
}
