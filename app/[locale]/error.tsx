'use client';

import Link from 'next/link';
import { useUiWords } from '@/components/ui/ui-words';

// Whatever failed, nothing the person saved is lost: drafts are stored on confirmed steps.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useUiWords().errorPage;
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <button type="button" className="ak-button" onClick={() => reset()}>
        {t.retry}
      </button>
      <p>
        <Link href={t.homeHref}>{t.home}</Link>
      </p>
    </>
  );
}
