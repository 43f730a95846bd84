import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CaseList } from '@/components/cases/CaseList';
import { titleFrom } from '@/components/layout/page-title';
import { missionNames } from '@/forms';
import { casesIn } from '@/lib/cases/queries';
import type { Locale } from '@/lib/i18n/routing';
import { guardPage } from '@/lib/identity/guard';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFrom('Identity.minSida');

// Min sida's entry, for e-ID and two-step sign-ins only (R-MS-01); what each sees differs by
// how the person signed in.
export default async function MinSidaPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { person } = await guardPage(locale, { area: 'min-sida' });
  const t = await getTranslations({ locale, namespace: 'Identity.minSida' });
  const cases = await casesIn({ kind: 'applicant', accountId: person.accountId });
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="ak-lead">{t('welcome', { name: person.name || person.email || '' })}</p>
      <p>{t(`method.${person.signInMethod}`)}</p>
      <h2>{t('casesHeading')}</h2>
      {cases.length ? <CaseList cases={cases} basePath={`/${locale}/min-sida/cases`} missionNames={missionNames(locale as Locale)} /> : <p>{t('empty')}</p>}
      <p>
        <Link href={`/${locale}/apply`}>{t('apply')}</Link>
      </p>
    </>
  );
}
