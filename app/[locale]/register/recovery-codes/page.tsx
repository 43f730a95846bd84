import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { titleFrom } from '@/components/layout/page-title';
import { Button } from '@/components/ui';
import { signedInPerson } from '@/lib/identity/current';
import { recoveryCodesAfterSetUp } from '@/lib/identity/sign-in';

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFrom('Identity.recovery');

// Shown right after the set-up only; the session ends when the person says they have saved them.
export default async function RecoveryCodesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const codes = await recoveryCodesAfterSetUp(await signedInPerson());
  if (!codes) redirect(`/${locale}/sign-in`);
  const t = await getTranslations({ locale, namespace: 'Identity.recovery' });
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <ul className="ak-recovery-codes" dir="ltr">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <form method="post" action={`/${locale}/register/finish`}>
        <Button>{t('continue')}</Button>
      </form>
    </>
  );
}
