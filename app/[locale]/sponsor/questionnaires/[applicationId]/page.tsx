import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { titleFrom } from '@/components/layout/page-title';
import { questionnairesForSponsor } from '@/lib/cases/queries';
import { guardPage } from '@/lib/identity/guard';

type Props = { params: Promise<{ locale: string; applicationId: string }> };

export const generateMetadata = titleFrom('Staff.sponsor');

// Only for the sponsor the application names (R-SPQ-02).
export default async function QuestionnairePage({ params }: Props) {
  const { locale, applicationId } = await params;
  setRequestLocale(locale);
  const { person } = await guardPage(locale, { record: 'sponsor/questionnaires', id: applicationId });
  const questionnaire = person.personalIdentityNumber
    ? (await questionnairesForSponsor(person.personalIdentityNumber)).find((item) => item.applicationId === applicationId)
    : undefined;
  if (!questionnaire) notFound();
  const t = await getTranslations({ locale, namespace: 'Staff.sponsor' });
  return (
    <>
      <h1>{t('questionnaireTitle', { name: questionnaire.applicantName })}</h1>
      <p>{t('questionnaireIntro')}</p>
    </>
  );
}
