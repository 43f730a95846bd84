import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ActionForm } from '@/components/form/ActionForm';
import { titleFrom } from '@/components/layout/page-title';
import { signInWithCodeAction } from '../actions';
import { safeNextPath } from '../paths';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string }> };

export const generateMetadata = titleFrom('Identity.code');

// The second step of a two-step account's sign-in (R-MS-01), after the password.
export default async function CodePage({ params, searchParams }: Props) {
  const { locale } = await params;
  const nextPath = safeNextPath((await searchParams).next, locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Identity.code' });
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <ActionForm
        action={signInWithCodeAction}
        hidden={nextPath ? { next: nextPath } : {}}
        submitLabel={t('submit')}
        fields={[{ kind: 'code', name: 'code', label: t('label'), autoComplete: 'one-time-code' }]}
      />
    </>
  );
}
