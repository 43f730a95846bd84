'use client';

import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { LiveErrorsProvider, type ControlError } from '@/components/ui/live-errors';
import type { Answers, Page } from '@/lib/form-engine';
import type { ErrorTexts } from './error-text';

// The check (react-hook-form, zod and the engine) is fetched when the form is first used, so
// it adds nothing to the page's first load.
const loadCheck = () => import('./browser-validation');
// A check that has not arrived by then is not waited for: the server checks every post anyway.
const CHECK_WAIT_MS = 3_000;
const loadCheckInTime = () =>
  Promise.race([loadCheck(), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the check did not load in time')), CHECK_WAIT_MS))]);

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
  // A check or post under way: a second click waits for it rather than posting twice. A new
  // render from the server (new props) ends it.
  const busy = useRef(false);
  useEffect(() => {
    busy.current = false;
  }, [errorTexts]);
  // The browser's findings hold for the page as the server last rendered it: a new render
  // (new props) brings the server's own errors back.
  const [checked, setChecked] = useState<{ render: ErrorTexts; errors: ControlError[] } | null>(null);
  const liveErrors = checked?.render === errorTexts ? checked.errors : null;
  const setLiveErrors = (errors: ControlError[]) => setChecked({ render: errorTexts, errors });

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
    if (busy.current) return;
    busy.current = true;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    try {
      const errors = await (await loadCheckInTime()).checkForm(form.current!, page, answers, new Date(today), errorTexts);
      setLiveErrors(errors);
      if (errors.length === 0) post(submitter);
      else busy.current = false;
    } catch {
      post(submitter); // the check could not run here: the server's check is enough
    }
  }

  // Enter in a box means "Continue", not the first button in the form ("Add another").
  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    // Not the Enter that picks a word in an input method (Arabic, Chinese, …).
    if (event.key !== 'Enter' || event.nativeEvent.isComposing || (event.target as HTMLElement).tagName !== 'INPUT') return;
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
