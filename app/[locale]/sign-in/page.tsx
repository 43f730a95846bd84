import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ActionForm } from '@/components/form/ActionForm';
import { titleFrom } from '@/components/layout/page-title';
import { ButtonLink, ErrorSummary, NotificationBanner } from '@/components/ui';
import { signInWithPasswordAction } from './actions';
import { eidFailureOf } from './failures';
import { safeNextPath } from './paths';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string; error?: string | string[]; notice?: string }> };

export const generateMetadata = titleFrom('Identity.signIn');

/** What brought the person back to sign in, from a link or a finished step. */
const successNotices = { verified: 'verified', 'password-changed': 'passwordChanged', 'two-step-ready': 'twoStepReady' } as const;
/** What a failed e-ID sign-in says (./failures.ts). */
const eidFailureMessages = {
  cancelled: 'eidCancelled',
  restart: 'eidRestart',
  unavailable: 'eidUnavailable',
  barred: 'barred',
  failed: 'eidFailed',
} as const;

// Two ways in (R-MS-01): e-ID through the broker, or an account (password, then a code when
// the account has two-step verification). Neither needs JavaScript.
export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { next, error, notice } = await searchParams;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Identity.signIn' });
  const nextPath = safeNextPath(next, locale);
  const eidHref = `/${locale}/sign-in/e-id${nextPath ? `?next=${encodeURIComponent(nextPath)}` : ''}`;
  const eidFailure = eidFailureOf(error);
  return (
    <>
      {/* A failed or cancelled e-ID sign-in comes back here; the summary links to the e-ID button. */}
      {eidFailure ? <ErrorSummary errors={[{ path: 'eid', message: t(eidFailureMessages[eidFailure]) }]} /> : null}
      {notice && notice in successNotices ? (
        <NotificationBanner title={t('title')} variant="success">
          <p>{t(successNotices[notice as keyof typeof successNotices])}</p>
        </NotificationBanner>
      ) : null}
      {notice === 'verify-failed' ? (
        <NotificationBanner title={t('title')}>
          <p>{t('verifyFailed')}</p>
        </NotificationBanner>
      ) : null}
      <h1>{t('title')}</h1>
      <p className="ak-lead">{t('intro')}</p>
      <h2>{t('eidHeading')}</h2>
      <p>{t('eidText')}</p>
      <ButtonLink id="eid" href={eidHref}>{t('eidButton')}</ButtonLink>
      <h2>{t('accountHeading')}</h2>
      <ActionForm
        action={signInWithPasswordAction}
        hidden={nextPath ? { next: nextPath } : {}}
        submitLabel={t('submit')}
        fields={[
          { kind: 'email', name: 'email', label: t('email'), autoComplete: 'username' },
          { kind: 'password', name: 'password', label: t('password'), autoComplete: 'current-password' },
        ]}
      />
      <p>
        <Link href={`/${locale}/forgot-password`}>{t('forgot')}</Link>
      </p>
      <p>
        {t('noAccount')} <Link href={`/${locale}/register`}>{t('register')}</Link>
      </p>
    </>
  );
}
