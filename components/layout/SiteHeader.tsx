import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { locales, type Locale } from '@/lib/i18n/routing';
import { LanguageSwitcher } from './LanguageSwitcher';

export function SkipLink() {
  const t = useTranslations('Layout');
  return (
    <a className="ak-skip-link" href="#main-content">
      {t('skipLink')}
    </a>
  );
}

export function SiteHeader() {
  const t = useTranslations('Layout');
  const languageName = useTranslations('Languages');
  const current = useLocale() as Locale;
  return (
    <header className="ak-header">
      <div className="ak-width-container ak-header__inner">
        <div>
          <span className="ak-header__agency">{t('agencyName')}</span>
          <Link href={`/${current}`} className="ak-header__service" aria-label={t('homeLink')}>
            {t('serviceName')}
          </Link>
        </div>
        <LanguageSwitcher
          label={t('languageNav')}
          current={current}
          languages={locales.map((locale) => ({ locale, name: languageName(locale) }))}
        />
      </div>
    </header>
  );
}

export function SiteFooter() {
  const t = useTranslations('Layout');
  const locale = useLocale();
  return (
    <footer className="ak-footer">
      <div className="ak-width-container">
        <nav aria-label={t('footerNav')}>
          <ul>
            <li>
              <Link href={`/${locale}/terms`}>{t('terms')}</Link>
            </li>
            <li>
              <Link href={`/${locale}/privacy`}>{t('privacy')}</Link>
            </li>
            <li>
              <Link href={`/${locale}/accessibility`}>{t('accessibility')}</Link>
            </li>
          </ul>
        </nav>
        <p>{t('footerText')}</p>
      </div>
    </footer>
  );
}
