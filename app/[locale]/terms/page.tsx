import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ContentPage } from '@/components/layout/ContentPage';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Terms' });
  return { title: t('title') };
}

export default async function TermsPage({ params }: Props) {
  setRequestLocale((await params).locale);
  return <ContentPage namespace="Terms" />;
}
