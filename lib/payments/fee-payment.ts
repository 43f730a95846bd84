// The application fee by card through Stripe's hosted Checkout (R-FEE-01..03). A payment
// counts only when Stripe says so to the server: a signed webhook, or the server's own
// retrieve of the session when the person comes back. Never the return address itself.
// Every step is idempotent, so double clicks, retries and duplicate or late events are harmless.
import type Stripe from 'stripe';
import { recordAudit } from '@/lib/audit';
import { db, type Database } from '@/lib/db/client';
import { identityConfig } from '@/lib/identity/config';
import { stripe } from './stripe';
import { formVersion } from '@/forms';
import type { Fee } from '@/lib/form-engine';
import { recordDeclaration } from '@/lib/applications/declaration';
import { submitDraft, type Submitted, type Transaction } from '@/lib/applications/submit';

export interface PaymentContext {
  db: Database;
  stripe: Stripe;
  appUrl: string;
}

/** The app's own: its database, Stripe client (made when first asked for) and address. */
export const paymentContext = (): PaymentContext => ({
  db: db(),
  get stripe() {
    return stripe();
  },
  appUrl: identityConfig().appUrl,
});

/** Checkout can take a while to answer; the draft stays locked meanwhile, so a double click waits. */
const TRANSACTION_OPTIONS = { timeout: 30_000, maxWait: 30_000 };

export type CheckoutStart = { kind: 'checkout'; url: string } | { kind: 'submitted'; submitted: Submitted };

/**
 * The Checkout to send the person to for this draft's fee: the open one when it is still for
 * this amount, else a new attempt (an open one for another amount is expired first). Stripe
 * gets our own idempotency key per attempt, so a retried call makes no second session. Only
 * for a person who has just declared the answers true and complete (`declaredAt`, kept on the
 * draft for the application the payment sends).
 */
export async function startCheckout(
  { db, stripe, appUrl }: PaymentContext,
  draftId: string,
  fee: Fee,
  locale: string,
  declaredAt: Date,
): Promise<CheckoutStart> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM draft WHERE id = ${draftId}::uuid FOR UPDATE`;
    await recordDeclaration(tx, draftId, declaredAt);
    const latest = await tx.payment.findFirst({ where: { draftId }, orderBy: { attempt: 'desc' } });
    if (latest?.state === 'PAID') return { kind: 'submitted', submitted: await submitPaidDraft(tx, draftId, latest.locale, appUrl) } as const;
    if (latest?.state === 'OPEN') {
      const session = await stripe.checkout.sessions.retrieve(latest.checkoutSessionId);
      if (session.payment_status === 'paid') {
        const outcome = await recordPaid(tx, session, appUrl);
        if (outcome.kind === 'submitted') return outcome;
      }
      const sameFee = latest.amount === fee.amount && latest.currency === fee.currency;
      if (session.status === 'open' && sameFee && session.url) return { kind: 'checkout', url: session.url } as const;
      if (session.status === 'open') await stripe.checkout.sessions.expire(session.id);
      await tx.payment.update({ where: { id: latest.id }, data: { state: 'EXPIRED' } });
    }
    const attempt = (latest?.attempt ?? 0) + 1;
    const back = `${appUrl}/${locale}/apply`;
    const session = await stripe.checkout.sessions.create(
      {
        mode: 'payment',
        allowed_payment_method_types: ['card'],
        // Visa and Mastercard only.
        payment_method_options: { card: { restrictions: { brands_blocked: ['american_express', 'discover_global_network'] } } },
        line_items: [
          {
            quantity: 1,
            price_data: { currency: fee.currency.toLowerCase(), unit_amount: fee.amount, product_data: { name: 'Application fee, residence permit' } },
          },
        ],
        client_reference_id: draftId,
        metadata: { draftId, attempt: String(attempt) },
        locale: locale === 'sv' ? 'sv' : 'en',
        success_url: `${back}/payment/return?session={CHECKOUT_SESSION_ID}`,
        cancel_url: `${back}/check-answers?payment=cancelled`,
      },
      { idempotencyKey: `fee-${draftId}-${attempt}` },
    );
    await tx.payment.create({
      data: { draftId, attempt, checkoutSessionId: session.id, amount: fee.amount, currency: fee.currency, locale },
    });
    return { kind: 'checkout', url: session.url! } as const;
  }, TRANSACTION_OPTIONS);
}

export type PaidOutcome = { kind: 'submitted'; submitted: Submitted } | { kind: 'not-paid' | 'unknown' | 'wrong-amount' };

/**
 * A session Stripe reports: paid for the amount and currency asked → the payment is PAID and
 * the draft submitted, in the caller's transaction. Anything else changes nothing.
 */
async function recordPaid(tx: Transaction, session: Stripe.Checkout.Session, appUrl: string): Promise<PaidOutcome> {
  const payment = await tx.payment.findUnique({ where: { checkoutSessionId: session.id } });
  if (!payment) return { kind: 'unknown' };
  if (session.payment_status !== 'paid') return { kind: 'not-paid' };
  if (session.amount_total !== payment.amount || session.currency?.toLowerCase() !== payment.currency.toLowerCase()) {
    await recordAudit(tx, {
      requestId: crypto.randomUUID(),
      action: 'payment.wrong-amount',
      objectType: 'payment',
      objectId: payment.id,
      outcome: 'DENIED',
      detail: { expected: payment.amount, got: session.amount_total, currency: session.currency },
    });
    return { kind: 'wrong-amount' };
  }
  if (payment.state !== 'PAID') {
    const paymentIntent = typeof session.payment_intent === 'string' ? session.payment_intent : (session.payment_intent?.id ?? null);
    await tx.payment.update({ where: { id: payment.id }, data: { state: 'PAID', paidAt: new Date(), paymentIntentId: paymentIntent } });
  }
  return { kind: 'submitted', submitted: await submitPaidDraft(tx, payment.draftId, payment.locale, appUrl) };
}

async function submitPaidDraft(tx: Transaction, draftId: string, locale: string, appUrl: string): Promise<Submitted> {
  const draft = await tx.draft.findUniqueOrThrow({ where: { id: draftId }, select: { formId: true, formVersion: true } });
  const form = formVersion(draft.formId, draft.formVersion);
  if (!form) throw new Error(`Form ${draft.formId} version ${draft.formVersion} is not kept`);
  return submitDraft(tx, draftId, form, { locale, appUrl });
}

/** The person is back from Checkout: the server asks Stripe, and trusts only that. */
export async function confirmReturn({ db, stripe, appUrl }: PaymentContext, sessionId: string): Promise<PaidOutcome> {
  const session = await stripe.checkout.sessions.retrieve(sessionId).catch((error: { type?: string }) => {
    if (error.type === 'StripeInvalidRequestError') return null;
    throw error;
  });
  if (!session) return { kind: 'unknown' };
  return db.$transaction((tx) => recordPaid(tx, session, appUrl), TRANSACTION_OPTIONS);
}

export type EventOutcome = 'done' | 'duplicate' | 'ignored' | 'retry-later';

/**
 * One verified webhook event, exactly once: its id is stored in the same transaction as its
 * effect, so a second delivery finds it and changes nothing. Events may come in any order:
 * each only moves a payment forward from the state it expects.
 */
export async function handleStripeEvent({ db, appUrl }: Omit<PaymentContext, 'stripe'>, event: Stripe.Event): Promise<EventOutcome> {
  try {
    return await db.$transaction(async (tx) => {
      const fresh = await tx.$executeRaw`INSERT INTO stripe_event (id, type) VALUES (${event.id}, ${event.type}) ON CONFLICT DO NOTHING`;
      if (fresh === 0) return 'duplicate';
      switch (event.type) {
        case 'checkout.session.completed':
        case 'checkout.session.async_payment_succeeded':
          await recordPaid(tx, event.data.object, appUrl);
          return 'done';
        case 'checkout.session.expired':
          await tx.payment.updateMany({ where: { checkoutSessionId: event.data.object.id, state: 'OPEN' }, data: { state: 'EXPIRED' } });
          return 'done';
        case 'charge.refunded':
        case 'charge.dispute.created': {
          const intent = event.data.object.payment_intent;
          const paymentIntentId = typeof intent === 'string' ? intent : intent?.id;
          const state = event.type === 'charge.refunded' ? 'REFUNDED' : 'DISPUTED';
          const moved = await tx.payment.updateMany({ where: { paymentIntentId, state: { in: ['PAID', 'REFUNDED', 'DISPUTED'] } }, data: { state } });
          // Before the payment itself is known here: Stripe is asked to deliver it again later.
          if (moved.count === 0) throw new RetryLater();
          return 'done';
        }
        default:
          return 'ignored';
      }
    }, TRANSACTION_OPTIONS);
  } catch (error) {
    if (error instanceof RetryLater) return 'retry-later';
    throw error;
  }
}

class RetryLater extends Error {}
