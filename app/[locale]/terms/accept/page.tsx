import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ActionForm } from '@/components/form/ActionForm';
import { titleFrom } from '@/components/layout/page-title';
import { signedInPerson } from '@/lib/identity/current';
import { acceptTermsAction } from '../../sign-in/actions';
import { safeNextPath } from '../../sign-in/paths';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string }> };

export const generateMetadata = titleFrom('Identity.terms');

// Asked at sign-in when the person has not accepted the version in force (R-TOU-01).
export default async function AcceptTermsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const nextPath = safeNextPath((await searchParams).next, locale);
  setRequestLocale(locale);
  const person = await signedInPerson();
  if (!person) redirect(`/${locale}/sign-in`);
  const t = await getTranslations({ locale, namespace: 'Identity.terms' });
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{person.acceptedTermsVersion ? t('changed') : t('intro')}</p>
      <p>
        <a href={`/${locale}/terms`} target="_blank" rel="noopener">
          {t('read')}
        </a>
      </p>
      <ActionForm
        action={acceptTermsAction}
        hidden={nextPath ? { next: nextPath } : {}}
        submitLabel={t('submit')}
        fields={[{ kind: 'checkbox', name: 'accept', label: t('accept') }]}
      />
    </>
  );
}
