import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/layout/PageShell';
import { Explanation } from '@/components/layout/Explanation';
import type { Locale } from '@/lib/i18n/routing';

// Every address no route matches, in the language of its first segment (the locale proxy
// has already put one there). Rendered on the server, so it works without JavaScript.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await getLocale(), namespace: 'NotFound' });
  return { title: t('title') };
}

export default async function GlobalNotFound() {
  const locale = (await getLocale()) as Locale;
  return (
    <PageShell locale={locale}>
      <Explanation namespace="NotFound" />
    </PageShell>
  );
}
