import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ActionForm } from '@/components/form/ActionForm';
import { titleFrom } from '@/components/layout/page-title';
import { registerAction } from '../sign-in/actions';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFrom('Identity.register');

// Two-step verification is chosen here, when the account is made, and never later (R-MS-01).
export default async function RegisterPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Identity.register' });
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="ak-lead">{t('intro')}</p>
      <ActionForm
        action={registerAction}
        submitLabel={t('submit')}
        fields={[
          { kind: 'email', name: 'email', label: t('email'), hint: t('emailHint'), autoComplete: 'email' },
          { kind: 'password', name: 'password', label: t('password'), hint: t('passwordHint'), autoComplete: 'new-password' },
          { kind: 'password', name: 'confirmPassword', label: t('confirm'), autoComplete: 'new-password' },
          {
            kind: 'radios',
            name: 'twoStep',
            legend: t('twoStep'),
            hint: t('twoStepHint'),
            options: [
              { value: 'yes', label: t('twoStepYes') },
              { value: 'no', label: t('twoStepNo') },
            ],
          },
        ]}
      />
    </>
  );
}
