import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ActionForm } from '@/components/form/ActionForm';
import { titleFrom } from '@/components/layout/page-title';
import { resetPasswordAction } from '../sign-in/actions';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string }> };

export const generateMetadata = titleFrom('Identity.reset');

// Opened from the reset e-mail; the token travels on in the form and is checked on posting.
export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { token = '' } = await searchParams;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Identity' });
  return (
    <>
      <h1>{t('reset.title')}</h1>
      <ActionForm
        action={resetPasswordAction}
        hidden={{ token }}
        submitLabel={t('reset.submit')}
        fields={[
          { kind: 'password', name: 'password', label: t('reset.password'), hint: t('register.passwordHint'), autoComplete: 'new-password' },
          { kind: 'password', name: 'confirmPassword', label: t('reset.confirm'), autoComplete: 'new-password' },
        ]}
      />
    </>
  );
}
