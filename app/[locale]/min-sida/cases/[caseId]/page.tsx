import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CaseTimeline } from '@/components/cases/CaseList';
import { titleFrom } from '@/components/layout/page-title';
import { caseIn } from '@/lib/cases/queries';
import { guardPage } from '@/lib/identity/guard';

type Props = { params: Promise<{ locale: string; caseId: string }> };

export const generateMetadata = titleFrom('Identity.minSida');

// One of the applicant's own cases with its dated timeline (R-MS-02).
export default async function MyCasePage({ params }: Props) {
  const { locale, caseId } = await params;
  setRequestLocale(locale);
  const { person } = await guardPage(locale, { record: 'min-sida/cases', id: caseId });
  const item = await caseIn({ kind: 'applicant', accountId: person.accountId }, caseId);
  if (!item) notFound();
  const t = await getTranslations({ locale, namespace: 'Identity.minSida' });
  const cases = await getTranslations({ locale, namespace: 'Staff.cases' });
  return (
    <>
      <Link href={`/${locale}/min-sida`} className="ak-back-link">
        {cases('back')}
      </Link>
      <h1>{t('caseTitle', { controlNumber: item.controlNumber })}</h1>
      <CaseTimeline item={item} />
    </>
  );
}
