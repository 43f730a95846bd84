import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { connection } from 'next/server';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { PageShell } from '@/components/layout/PageShell';
import { ServiceUnavailable } from '@/components/layout/ServiceUnavailable';
import { isDatabaseUnavailable } from '@/lib/db/errors';
import { routing } from '@/lib/i18n/routing';
import { currentNotices, type ServiceNotice } from '@/lib/notices';
import type { SignedInAccount } from '@/components/layout/SiteHeader';
import { signedInPerson } from '@/lib/identity/current';
import { signOutAction } from './sign-in/actions';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Meta' });
  return { title: { default: t('title'), template: `%s – ${t('title')}` }, description: t('description') };
}

/** The notices of the moment and who is signed in, or 'unavailable' when the database cannot be reached. */
async function noticesOrOutage(locale: string): Promise<{ notices: ServiceNotice[]; account: SignedInAccount | null } | 'unavailable'> {
  try {
    const [notices, person] = await Promise.all([currentNotices(locale), signedInPerson()]);
    return { notices, account: person ? { name: person.name || person.email || '', signOut: signOutAction } : null };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return 'unavailable';
    throw error;
  }
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  // The locale proxy sends every page address to /sv, /en or /ar; only a file-like address
  // it leaves alone (/robots.txt with no such file) lands here with another first segment.
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // Rendered for each request, never at build time: every page carries its own script nonce
  // and the notices of the moment.
  await connection();
  const state = await noticesOrOutage(locale);
  return state === 'unavailable' ? (
    <PageShell locale={locale}>
      <ServiceUnavailable />
    </PageShell>
  ) : (
    <PageShell locale={locale} notices={state.notices} account={state.account}>
      {children}
    </PageShell>
  );
}
