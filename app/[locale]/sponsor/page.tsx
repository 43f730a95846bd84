import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { titleFrom } from '@/components/layout/page-title';
import { questionnairesForSponsor } from '@/lib/cases/questionnaires';
import { formatDate } from '@/lib/i18n/format';
import { guardPage } from '@/lib/identity/guard';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFrom('Staff.sponsor');

// The sponsor signs in with e-ID; only applications naming their personal identity number
// are theirs to answer (R-SPQ-02). Each shows its deadline and where it stands (R-SPQ-03).
export default async function SponsorPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { person } = await guardPage(locale, { area: 'sponsor' });
  const t = await getTranslations({ locale, namespace: 'Staff.sponsor' });
  const questionnaires = person.personalIdentityNumber
    ? await questionnairesForSponsor({ personalIdentityNumber: person.personalIdentityNumber, accountId: person.accountId })
    : [];
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="ak-lead">{t('intro')}</p>
      {questionnaires.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul className="ak-task-list">
          {questionnaires.map((item) => (
            <li key={item.applicationId} className="ak-task-list__item">
              <div>
                <Link href={`/${locale}/sponsor/questionnaires/${item.applicationId}`} aria-describedby={`status-${item.applicationId}`}>
                  {t('applicant', { name: item.applicantName })}
                </Link>
                <p className="ak-hint">
                  {item.sentAt
                    ? t('sentOn', { date: formatDate(locale, item.sentAt) })
                    : t('answerBefore', { date: formatDate(locale, item.deadline, 'UTC') })}
                </p>
              </div>
              <strong id={`status-${item.applicationId}`} className={`ak-tag ak-tag--${item.status}`}>
                {t(`status.${item.status}`)}
              </strong>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
