'use client';

import { useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { LiveErrorsProvider, type LiveError } from '@/components/ui/live-errors';
import type { Answers, Page } from '@/lib/form-engine';
import type { ErrorTexts } from './error-text';

// The check (react-hook-form, zod and the engine) is fetched when the form is first used, so
// it adds nothing to the page's first load.
const loadCheck = () => import('./browser-validation');

interface ValidatedFormProps {
  /** The server action the form posts to; without JavaScript the plain post reaches it. */
  action: (formData: FormData) => Promise<void>;
  page: Page;
  /** The earlier answers this page's conditions and options read. */
  answers: Answers;
  /** The server's today (ISO), so that ages and dates are judged alike on both sides. */
  today: string;
  errorTexts: ErrorTexts;
  /** What goes above the form and shows the browser's errors too (the error summary). */
  before: ReactNode;
  children: ReactNode;
}

/**
 * A wizard page's form. With JavaScript the browser checks the answers first, with the
 * server's schema and words, and posts only a page that passes; the server checks again.
 */
export function ValidatedForm({ action, page, answers, today, errorTexts, before, children }: ValidatedFormProps) {
  const form = useRef<HTMLFormElement>(null);
  const passed = useRef(false);
  // The browser's findings hold for the page as the server last rendered it: a new render
  // (new props) brings the server's own errors back.
  const [checked, setChecked] = useState<{ render: ErrorTexts; errors: LiveError[] } | null>(null);
  const liveErrors = checked?.render === errorTexts ? checked.errors : null;
  const setLiveErrors = (errors: LiveError[]) => setChecked({ render: errorTexts, errors });

  function post(submitter: HTMLElement | null) {
    passed.current = true;
    // In a task of its own: a submit requested while the first submit event is still being
    // dispatched (the check can finish within it) is ignored by the browser.
    setTimeout(() => form.current?.requestSubmit(submitter ?? undefined));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    // The second submit event, after the check passed: React hands it to the action.
    if (passed.current) {
      passed.current = false;
      return;
    }
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    try {
      const errors = await (await loadCheck()).checkForm(form.current!, page, answers, new Date(today), errorTexts);
      setLiveErrors(errors);
      if (errors.length === 0) post(submitter);
    } catch {
      post(submitter); // the check could not run here: the server's check is enough
    }
  }

  // Enter in a box means "Continue", not the first button in the form ("Add another").
  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== 'Enter' || (event.target as HTMLElement).tagName !== 'INPUT') return;
    event.preventDefault();
    form.current?.requestSubmit();
  }

  return (
    <LiveErrorsProvider errors={liveErrors}>
      {before}
      <form ref={form} action={action} noValidate onSubmit={onSubmit} onKeyDown={onKeyDown} onFocus={() => void loadCheck()}>
        {children}
      </form>
    </LiveErrorsProvider>
  );
}
