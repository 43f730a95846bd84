import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { titleFrom } from '@/components/layout/page-title';
import { questionnairesForSponsor } from '@/lib/cases/queries';
import { requirePerson } from '@/lib/identity/current';

type Props = { params: Promise<{ locale: string; applicationId: string }> };

export const generateMetadata = titleFrom('Staff.sponsor');

// Only for the sponsor the application names (R-SPQ-02); proxy.ts refuses anyone else.
export default async function QuestionnairePage({ params }: Props) {
  const { locale, applicationId } = await params;
  setRequestLocale(locale);
  const person = await requirePerson(locale);
  const questionnaire = person.personalIdentityNumber
    ? (await questionnairesForSponsor(person.personalIdentityNumber)).find((item) => item.applicationId === applicationId)
    : undefined;
  if (!questionnaire) redirect(`/${locale}/forbidden`);
  const t = await getTranslations({ locale, namespace: 'Staff.sponsor' });
  return (
    <>
      <h1>{t('questionnaireTitle', { name: questionnaire.applicantName })}</h1>
      <p>{t('questionnaireIntro')}</p>
    </>
  );
}
