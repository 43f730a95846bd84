'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { locales } from '@/lib/i18n/routing';

/** Links to the same page in each language: plain links, so they work without JavaScript. */
export function LanguageSwitcher() {
  const t = useTranslations('Layout');
  const languageName = useTranslations('Languages');
  const current = useLocale();
  const pathname = usePathname();
  return (
    <nav className="ak-language-switcher" aria-label={t('languageNav')}>
      <ul>
        {locales.map((locale) => (
          <li key={locale}>
            <Link
              href={pathname}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? 'true' : undefined}
            >
              {languageName(locale)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
