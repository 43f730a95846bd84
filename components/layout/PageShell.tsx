import '@/components/ui/ui.css';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { directionOf, type Locale } from '@/lib/i18n/routing';
import type { ServiceNotice } from '@/lib/notices';
import { UiWordsProvider, type UiWords } from '@/components/ui/ui-words';
import { ServiceNotices } from './ServiceNotices';
import { SiteFooter, SiteHeader, SkipLink, type SignedInAccount } from './SiteHeader';

/** The document every page shares: language and direction, header, notices, main, footer. */
export async function PageShell({
  locale,
  notices = [],
  account = null,
  children,
}: {
  locale: Locale;
  notices?: ServiceNotice[];
  /** Who is signed in, and the action that signs them out; null shows "Sign in". */
  account?: SignedInAccount | null;
  children: ReactNode;
}) {
  const error = await getTranslations({ locale, namespace: 'Error' });
  const ui = await getTranslations({ locale, namespace: 'Ui' });
  const uiWords: UiWords = {
    errorPrefix: ui('errorPrefix'),
    errorSummaryTitle: ui('errorSummaryTitle'),
    optional: ui('optional'),
    selectPlaceholder: ui('selectPlaceholder'),
    day: ui('day'),
    month: ui('month'),
    year: ui('year'),
    errorPage: { title: error('title'), body: error('body'), retry: error('retry'), home: error('home'), homeHref: `/${locale}` },
  };
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body>
        <UiWordsProvider words={uiWords}>
          <SkipLink />
          <SiteHeader account={account} />
          <div className="ak-width-container ak-page">
            <ServiceNotices notices={notices} />
            <main className="ak-main" id="main-content" tabIndex={-1}>
              {children}
            </main>
          </div>
          <SiteFooter />
        </UiWordsProvider>
      </body>
    </html>
  );
}
