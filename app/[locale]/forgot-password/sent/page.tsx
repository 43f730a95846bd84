import { getTranslations, setRequestLocale } from 'next-intl/server';
import { titleFrom } from '@/components/layout/page-title';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFrom('Identity.forgot');

// The same answer whether or not an account uses the address.
export default async function ResetLinkSentPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Identity.forgot' });
  return (
    <>
      <h1>{t('sentTitle')}</h1>
      <p>{t('sent')}</p>
    </>
  );
}
