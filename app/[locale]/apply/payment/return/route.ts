import { route } from '@/lib/http/route';
import { seeOther } from '@/lib/http/see-other';
import { confirmReturn, paymentContext } from '@/lib/payments/fee-payment';
import { receiptPath } from '@/lib/wizard';

/**
 * Back from Checkout. The address proves nothing: the server asks Stripe about the session,
 * and only a paid one submits the application. Otherwise the answers wait on check-your-answers.
 */
export const GET = route({ name: 'payment.return', access: 'anyone' }, async ({ request, locale }) => {
  const sessionId = new URL(request.url).searchParams.get('session') ?? '';
  const outcome = /^cs_[A-Za-z0-9_]{1,200}$/.test(sessionId) ? await confirmReturn(paymentContext(), sessionId) : ({ kind: 'unknown' } as const);
  if (outcome.kind === 'submitted') return seeOther(receiptPath(locale, outcome.submitted.applicationId));
  return seeOther(`/${locale}/apply/check-answers?payment=not-paid`);
});
