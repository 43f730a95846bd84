import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { renderSVG } from 'uqr';
import { ActionForm } from '@/components/form/ActionForm';
import { titleFrom } from '@/components/layout/page-title';
import { headers } from 'next/headers';
import { pendingEnrolment } from '@/lib/identity/sign-in';
import { confirmTwoStepAction } from '../../sign-in/actions';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFrom('Identity.enrol');

// At the first sign-in of an account made with two-step verification: the authenticator made
// with the account is set up and proved with a first code. Reloading shows the same key again.
export default async function TwoStepSetUpPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const enrolment = await pendingEnrolment(new Headers(await headers()));
  if (!enrolment) redirect(`/${locale}/sign-in`);
  const t = await getTranslations({ locale, namespace: 'Identity.enrol' });
  const qr = `data:image/svg+xml;base64,${Buffer.from(renderSVG(enrolment.uri, { border: 2 })).toString('base64')}`;
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('scan')}</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a generated data: image */}
      <img src={qr} alt={t('qrLabel')} width={200} height={200} className="ak-qr" />
      <p>{t('keyLabel')}</p>
      <p>
        <code className="ak-secret" dir="ltr">
          {enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}
        </code>
      </p>
      <ActionForm
        action={confirmTwoStepAction}
        submitLabel={t('submit')}
        fields={[{ kind: 'code', name: 'code', label: t('code'), autoComplete: 'one-time-code' }]}
      />
    </>
  );
}
