import '@/components/ui/ui.css';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { directionOf, type Locale } from '@/lib/i18n/routing';
import type { ServiceNotice } from '@/lib/notices';
import { ErrorTextsProvider } from './ErrorTexts';
import { ServiceNotices } from './ServiceNotices';
import { SiteFooter, SiteHeader, SkipLink } from './SiteHeader';

/** The document every page shares: language and direction, header, notices, main, footer. */
export async function PageShell({
  locale,
  notices = [],
  children,
}: {
  locale: Locale;
  notices?: ServiceNotice[];
  children: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: 'Error' });
  const errorTexts = { title: t('title'), body: t('body'), retry: t('retry'), home: t('home'), homeHref: `/${locale}` };
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body>
        <ErrorTextsProvider texts={errorTexts}>
          <SkipLink />
          <SiteHeader />
          <div className="ak-width-container ak-page">
            <ServiceNotices notices={notices} />
            <main className="ak-main" id="main-content" tabIndex={-1}>
              {children}
            </main>
          </div>
          <SiteFooter />
        </ErrorTextsProvider>
      </body>
    </html>
  );
}
