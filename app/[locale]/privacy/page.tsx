import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ContentPage } from '@/components/layout/ContentPage';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Privacy' });
  return { title: t('title') };
}

export default async function PrivacyPage({ params }: Props) {
  setRequestLocale((await params).locale);
  return <ContentPage namespace="Privacy" />;
}
