import type { Metadata } from 'next';
import { useLocale, useTranslations } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/layout/PageShell';
import Link from 'next/link';
import type { Locale } from '@/lib/i18n/routing';

// Every address no route matches, in the language of its first segment (the locale proxy
// has already put one there). Rendered on the server, so it works without JavaScript.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await getLocale(), namespace: 'NotFound' });
  return { title: t('title') };
}

function NotFoundContent() {
  const t = useTranslations('NotFound');
  const locale = useLocale();
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <Link href={`/${locale}`}>{t('home')}</Link>
      </p>
    </>
  );
}

export default async function GlobalNotFound() {
  const locale = (await getLocale()) as Locale;
  return (
    <PageShell locale={locale}>
      <NotFoundContent />
    </PageShell>
  );
}
