'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { DocumentRouter, UploadOutcome } from '@/lib/documents/uploadthing/file-router';

/**
 * A document slot's upload form. Without JavaScript it is a plain multipart post to the
 * service. With JavaScript the file goes through UploadThing's client straight to storage,
 * with a progress bar; the server checks it either way, and the page then shows the outcome.
 * Should the client upload fail, the plain post is made instead.
 */
export function UploadForm({
  action,
  documentType,
  fieldId,
  progressLabel,
  children,
}: {
  action: string;
  documentType: string;
  fieldId: string;
  /** e.g. "Uploading {name}": the file name is put in. */
  progressLabel: string;
  children: ReactNode;
}) {
  const [progress, setProgress] = useState<{ name: string; percent: number } | null>(null);
  const router = useRouter();
  const pathname = usePathname();

  async function upload(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    const file = form.querySelector<HTMLInputElement>('input[type=file]')?.files?.[0];
    // No file chosen: the server says so, in the person's language.
    if (!file || progress) return;
    event.preventDefault();
    setProgress({ name: file.name, percent: 0 });
    try {
      const { genUploader } = await import('uploadthing/client');
      const { uploadFiles } = genUploader<DocumentRouter>({ url: '/api/uploadthing', package: 'anknytning' });
      const [uploaded] = await uploadFiles(documentType, {
        files: [file],
        input: { fieldId },
        onUploadProgress: ({ progress: percent }) => setProgress({ name: file.name, percent: Math.min(100, Math.round(percent)) }),
      });
      const { outcome } = (uploaded?.serverData ?? { outcome: 'broken' }) as UploadOutcome;
      // The page's own query (the way back to check-your-answers) stays; only the outcome is new.
      const query = new URLSearchParams(window.location.search);
      query.set('upload', outcome);
      router.push(`${pathname}?${query}`);
      setProgress(null);
    } catch {
      // Refused before it left (too large for the type, say) or a network failure: the plain
      // post gives the server's own answer.
      form.submit();
    }
  }

  return (
    <form method="post" action={action} encType="multipart/form-data" onSubmit={upload}>
      {children}
      <div aria-live="polite" className="ak-upload-progress">
        {progress ? (
          <label>
            {progressLabel.replace('{name}', progress.name)}{' '}
            <progress max={100} value={progress.percent}>
              {progress.percent} %
            </progress>
          </label>
        ) : null}
      </div>
    </form>
  );
}
