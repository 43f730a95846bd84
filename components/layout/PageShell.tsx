import '@/components/ui/ui.css';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { directionOf, type Locale } from '@/lib/i18n/routing';
import type { ServiceNotice } from '@/lib/notices';
import { ServiceNotices } from './ServiceNotices';
import { SiteFooter, SiteHeader, SkipLink } from './SiteHeader';

// Only these namespaces reach the browser: client components need no more.
const CLIENT_NAMESPACES = ['Layout', 'Languages', 'Error', 'Ui'] as const;

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
  const messages = await getMessages({ locale });
  const clientMessages = Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace]]));
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body>
        <NextIntlClientProvider locale={locale} messages={clientMessages}>
          <SkipLink />
          <SiteHeader />
          <div className="ak-width-container">
            <ServiceNotices notices={notices} />
            <main className="ak-main" id="main-content" tabIndex={-1}>
              {children}
            </main>
          </div>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
