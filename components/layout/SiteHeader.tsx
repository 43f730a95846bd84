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

export interface SignedInAccount {
  name: string;
  signOut: () => Promise<void>;
}

/** Sign in, or who is signed in and a sign-out button (a plain form: works without JavaScript). */
function AccountBar({ account }: { account: SignedInAccount | null }) {
  const t = useTranslations('Identity.signIn');
  const locale = useLocale();
  if (!account) {
    return (
      <Link href={`/${locale}/sign-in`} className="ak-header__link">
        {t('headerSignIn')}
      </Link>
    );
  }
  return (
    <form action={account.signOut} className="ak-header__account">
      <span>{t('signedInAs', { name: account.name })}</span>{' '}
      <button type="submit" className="ak-header__link ak-link-button">
        {t('signOut')}
      </button>
    </form>
  );
}

export function SiteHeader({ account = null }: { account?: SignedInAccount | null }) {
  const t = useTranslations('Layout');
  const languageName = useTranslations('Languages');
  const current = useLocale() as Locale;
  return (
    <header className="ak-header">
      <div className="ak-width-container ak-header__inner">
        <div className="ak-header__brand">
          <span className="ak-header__agency">{t('agencyName')}</span>
          <Link href={`/${current}`} className="ak-header__service" aria-label={t('homeLink')}>
            {t('serviceName')}
          </Link>
        </div>
        <div className="ak-header__tools">
          <AccountBar account={account} />
          <LanguageSwitcher
            label={t('languageNav')}
            current={current}
            languages={locales.map((locale) => ({ locale, name: languageName(locale) }))}
          />
        </div>
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
