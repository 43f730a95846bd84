import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { signedInPerson } from '@/lib/identity/current';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Identity.minSida' });
  return { title: t('title') };
}

// Min sida's entry. proxy.ts lets only e-ID and two-step sign-ins in (R-MS-01); what each
// sees differs by how the person signed in.
export default async function MinSidaPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const person = await signedInPerson();
  if (!person) redirect(`/${locale}/sign-in`);
  const t = await getTranslations({ locale, namespace: 'Identity.minSida' });
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="ak-lead">{t('welcome', { name: person.name || person.email || '' })}</p>
      <p>{t(`method.${person.signInMethod}`)}</p>
      <p>{t('empty')}</p>
      <p>
        <Link href={`/${locale}/apply`}>{t('apply')}</Link>
      </p>
    </>
  );
}
