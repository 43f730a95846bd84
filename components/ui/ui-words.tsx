'use client';

import { createContext, use, type ReactNode } from 'react';

/** The UI kit's own words, translated on the server: the kit's controls also render in the browser. */
export interface UiWords {
  errorPrefix: string;
  errorSummaryTitle: string;
  optional: string;
  selectPlaceholder: string;
  day: string;
  month: string;
  year: string;
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
