import { getTranslations, setRequestLocale } from 'next-intl/server';
import { titleFrom } from '@/components/layout/page-title';
import { Button, ErrorSummary, NotificationBanner, TextInput, Textarea } from '@/components/ui';
import { formatDate } from '@/lib/i18n/format';
import { BAR_REASON_MAX_LENGTH, findAccounts } from '@/lib/identity/barring';
import { guardPage } from '@/lib/identity/guard';
import { barAccountAction, liftBarAction } from './actions';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string; done?: string; account?: string }> };

export const generateMetadata = titleFrom('Staff.admin');

// Administrators find an account and bar it, or lift a bar (R-TOU-04). Plain forms throughout.
export default async function AdminPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { q = '', done, account: accountWithError } = await searchParams;
  setRequestLocale(locale);
  const { audit } = await guardPage(locale, { area: 'admin' });
  const t = await getTranslations({ locale, namespace: 'Staff.admin' });
  const accounts = q ? await findAccounts(q) : [];
  if (q) await audit({ action: 'account.search', objectType: 'account', outcome: 'SUCCESS' });
  const reasonError = done === 'reason-required' ? t('reasonRequired') : undefined;
  const notices: Record<string, string> = { barred: t('barredDone'), lifted: t('liftedDone'), self: t('self'), unknown: t('noMatch') };
  return (
    <>
      {reasonError && accountWithError ? <ErrorSummary errors={[{ path: `reason-${accountWithError}`, message: reasonError }]} /> : null}
      {done && notices[done] ? (
        <NotificationBanner title={t('title')} variant="success">
          <p>{notices[done]}</p>
        </NotificationBanner>
      ) : null}
      <h1>{t('title')}</h1>
      <form method="get" action={`/${locale}/admin`} className="ak-search">
        <TextInput id="q" name="q" label={t('search')} defaultValue={q} autoComplete="off" spellCheck={false} />
        <Button>{t('searchButton')}</Button>
      </form>
      {q && accounts.length === 0 ? <p>{t('noMatch')}</p> : null}
      {accounts.map((account) => (
        <section key={account.id} className="ak-account" aria-labelledby={`account-${account.id}`}>
          <h2 id={`account-${account.id}`}>{account.displayName || account.email}</h2>
          <dl className="ak-summary-list">
            <div className="ak-summary-list__row">
              <dt className="ak-summary-list__key">{t('account')}</dt>
              <dd className="ak-summary-list__value" dir="ltr">
                {account.personalIdentityNumber ?? account.email}
              </dd>
            </div>
            <div className="ak-summary-list__row">
              <dt className="ak-summary-list__key">{t('roles')}</dt>
              <dd className="ak-summary-list__value">{account.roles.join(', ')}</dd>
            </div>
            <div className="ak-summary-list__row">
              <dt className="ak-summary-list__key">{t('status')}</dt>
              <dd className="ak-summary-list__value">
                {account.barredAt
                  ? t('barred', { date: formatDate(locale, account.barredAt), reason: account.barredReason ?? '' })
                  : t('active')}
              </dd>
            </div>
          </dl>
          {account.barredAt ? (
            <form action={liftBarAction.bind(null, account.id)}>
              <input type="hidden" name="q" value={q} />
              <Button variant="secondary">{t('lift')}</Button>
            </form>
          ) : (
            <form action={barAccountAction.bind(null, account.id)}>
              <input type="hidden" name="q" value={q} />
              <Textarea
                id={`reason-${account.id}`}
                name="reason"
                label={t('reason')}
                rows={2}
                maxLength={BAR_REASON_MAX_LENGTH}
                error={accountWithError === account.id ? reasonError : undefined}
              />
              <Button variant="warning">{t('bar')}</Button>
            </form>
          )}
        </section>
      ))}
    </>
  );
}
