import { route } from '@/lib/http/route';
import { handleStripeEvent, paymentContext } from '@/lib/payments/fee-payment';
import { stripe, stripeSettings, verifiedEvent } from '@/lib/payments/stripe';

const answer = (status: number, body: Record<string, unknown>) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });

/**
 * Stripe's webhook: posted by Stripe's servers, so from another site by design. The signature
 * is checked over the raw body; an event is acted on once, whatever the number or order of
 * deliveries (lib/payments/fee-payment.ts).
 */
export const POST = route({ name: 'payment.webhook', access: 'anyone', crossSite: 'allowed' }, async ({ request }) => {
  const rawBody = await request.text();
  const signature = request.headers.get('stripe-signature') ?? '';
  let settings;
  try {
    settings = stripeSettings();
  } catch {
    return answer(503, { error: 'Payments are not configured.' });
  }
  let event;
  try {
    event = await verifiedEvent(stripe(), settings, rawBody, signature);
  } catch {
    return answer(400, { error: 'The signature does not match the body.' });
  }
  const outcome = await handleStripeEvent(paymentContext(), event);
  // 409: not yet (a refund of a payment this service has not heard of): Stripe delivers again later.
  return answer(outcome === 'retry-later' ? 409 : 200, { received: true, outcome });
});
