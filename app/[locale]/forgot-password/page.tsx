import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ActionForm } from '@/components/form/ActionForm';
import { titleFrom } from '@/components/layout/page-title';
import { requestPasswordResetAction } from '../sign-in/actions';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFrom('Identity.forgot');

export default async function ForgotPasswordPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Identity.forgot' });
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <ActionForm
        action={requestPasswordResetAction}
        submitLabel={t('submit')}
        fields={[{ kind: 'email', name: 'email', label: t('email'), autoComplete: 'email' }]}
      />
    </>
  );
}
