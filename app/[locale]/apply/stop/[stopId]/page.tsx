import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { forms } from '@/forms';

type Props = { params: Promise<{ locale: string; stopId: string }> };
const form = forms['family-reunion']!;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, stopId } = await params;
  const stop = form.stops.find((candidate) => candidate.id === stopId);
  const t = await getTranslations({ locale });
  return { title: stop ? t(stop.title) : t('familyReunion.title') };
}

/** Why the web application ends here and what to do instead (R-ELIG-09); the answers are kept. */
export default async function StopPage({ params }: Props) {
  const { locale, stopId } = await params;
  setRequestLocale(locale);
  const stop = form.stops.find((candidate) => candidate.id === stopId);
  if (!stop) redirect(`/${locale}/apply`);
  const t = await getTranslations({ locale });
  return (
    <>
      <Link href={`/${locale}/apply/${stop.after}`} className="ak-back-link">
        {t('Form.back')}
      </Link>
      <h1>{t(stop.title)}</h1>
      {stop.paragraphs.map((key) => (
        <p key={key}>{t(key)}</p>
      ))}
      <p>
        <Link href={`/${locale}/apply/${stop.after}`}>{t('Form.stopBack')}</Link>
      </p>
    </>
  );
}
