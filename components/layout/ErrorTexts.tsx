'use client';

import { createContext, use, type ReactNode } from 'react';

export interface ErrorTexts {
  title: string;
  body: string;
  retry: string;
  home: string;
  homeHref: string;
}

const ErrorTextsContext = createContext<ErrorTexts | null>(null);

/**
 * The error page's words, translated on the server and handed down, so that the error
 * boundary (a client component) needs no translation library in the browser.
 */
export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: ReactNode }) {
  return <ErrorTextsContext value={texts}>{children}</ErrorTextsContext>;
}

export function useErrorTexts(): ErrorTexts {
  const texts = use(ErrorTextsContext);
  if (!texts) throw new Error('useErrorTexts outside ErrorTextsProvider');
  return texts;
}
