'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';

// Whatever failed, nothing the person saved is lost: drafts are stored on confirmed steps.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('Error');
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <button type="button" className="ak-button" onClick={() => reset()}>
        {t('retry')}
      </button>
      <p>
        <Link href="/">{t('home')}</Link>
      </p>
    </>
  );
}
