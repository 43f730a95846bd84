import type { Step } from '@/lib/form-engine';

/** The address of a wizard step. */
export function stepPath(locale: string, step: Step): string {
  if (step.kind === 'stop') return `/${locale}/apply/stop/${step.stop.id}`;
  if (step.kind === 'summary') return `/${locale}/apply/check-answers`;
  return `/${locale}/apply/${step.page.id}`;
}

/** The receipt of a submitted application. */
export const receiptPath = (locale: string, applicationId: string) => `/${locale}/apply/receipt/${applicationId}`;
