import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
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
  return (
    <header className="ak-header">
      <div className="ak-width-container ak-header__inner">
        <div>
          <span className="ak-header__agency">{t('agencyName')}</span>
          <Link href="/" className="ak-header__service" aria-label={t('homeLink')}>
            {t('serviceName')}
          </Link>
        </div>
        <LanguageSwitcher />
      </div>
    </header>
  );
}

export function SiteFooter() {
  const t = useTranslations('Layout');
  return (
    <footer className="ak-footer">
      <div className="ak-width-container">
        <nav aria-label={t('footerNav')}>
          <ul>
            <li>
              <Link href="/terms">{t('terms')}</Link>
            </li>
            <li>
              <Link href="/privacy">{t('privacy')}</Link>
            </li>
            <li>
              <Link href="/accessibility">{t('accessibility')}</Link>
            </li>
          </ul>
        </nav>
        <p>{t('footerText')}</p>
      </div>
    </footer>
  );
}
