import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { titleFrom } from '@/components/layout/page-title';
import { questionnairesForSponsor } from '@/lib/cases/queries';
import { formatDate } from '@/lib/i18n/format';
import { guardPage } from '@/lib/identity/guard';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFrom('Staff.sponsor');

// The sponsor signs in with e-ID; only applications naming their personal identity number
// are theirs to answer (R-SPQ-02).
export default async function SponsorPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { person } = await guardPage(locale, { area: 'sponsor' });
  const t = await getTranslations({ locale, namespace: 'Staff.sponsor' });
  const questionnaires = person.personalIdentityNumber ? await questionnairesForSponsor(person.personalIdentityNumber) : [];
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="ak-lead">{t('intro')}</p>
      {questionnaires.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul className="ak-list">
          {questionnaires.map((item) => (
            <li key={item.applicationId}>
              <Link href={`/${locale}/sponsor/questionnaires/${item.applicationId}`}>{t('applicant', { name: item.applicantName })}</Link>{' '}
              ({formatDate(locale, item.submittedAt)})
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
