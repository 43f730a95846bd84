import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NotificationBanner } from '@/components/ui';
import { db } from '@/lib/db/client';
import { formatDate } from '@/lib/i18n/format';
import { guardPage } from '@/lib/identity/guard';
import { isStrongSignIn } from '@/lib/identity/session';

type Props = { params: Promise<{ locale: string; applicationId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Receipt' });
  return { title: t('title') };
}

/** The receipt after submission (R-APP-08), for the person who sent the application only. */
export default async function ReceiptPage({ params }: Props) {
  const { locale, applicationId } = await params;
  setRequestLocale(locale);
  const { person } = await guardPage(locale, { record: 'apply/receipt', id: applicationId });
  const application = await db().application.findFirst({
    where: { id: applicationId, applicantAccountId: person.accountId },
    include: { case: true, familyMembers: { include: { case: true } } },
  });
  if (!application?.case) notFound();
  const t = await getTranslations({ locale, namespace: 'Receipt' });
  const date = formatDate(locale, application.submittedAt);
  const memberNumbers = application.familyMembers.flatMap((member) => (member.case ? [member.case.controlNumber] : []));
  return (
    <>
      <h1>{t('title')}</h1>
      <NotificationBanner title={t('panelTitle')} variant="success">
        <p>{t('sent', { date })}</p>
        <p>
          {t('controlNumber')} <strong className="ak-control-number" dir="ltr">{application.case.controlNumber}</strong>
        </p>
      </NotificationBanner>
      {memberNumbers.length ? (
        <>
          <h2>{t('membersTitle')}</h2>
          <ul>
            {memberNumbers.map((number) => (
              <li key={number} dir="ltr">
                {number}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>{t('emailSent')}</p>
      <h2>{t('nextTitle')}</h2>
      <p>{t('next')}</p>
      <p>{isStrongSignIn(person.signInMethod) ? <Link href={`/${locale}/min-sida`}>{t('minSida')}</Link> : t('minSidaNeedsStrong')}</p>
    </>
  );
}
