'use client';

import { createContext, use, type ReactNode } from 'react';

/**
 * Words for the components that also render in the browser (the UI kit's controls, the error
 * page), translated on the server and handed down, so that no translation library ships.
 */
export interface UiWords {
  errorPrefix: string;
  errorSummaryTitle: string;
  optional: string;
  selectPlaceholder: string;
  day: string;
  month: string;
  year: string;
  /** The error page's. */
  errorPage: { title: string; body: string; retry: string; home: string; homeHref: string };
}

const UiWordsContext = createContext<UiWords | null>(null);

export function UiWordsProvider({ words, children }: { words: UiWords; children: ReactNode }) {
  return <UiWordsContext value={words}>{children}</UiWordsContext>;
}

export function useUiWords(): UiWords {
  const words = use(UiWordsContext);
  if (!words) throw new Error('useUiWords outside UiWordsProvider');
  return words;
}
