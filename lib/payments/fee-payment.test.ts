// startCheckout and confirmReturn against a real PostgreSQL and the local Stripe stand-in,
// through the real stripe SDK.
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { forms } from '@/forms';
import type { PrismaClient } from '@/lib/db/generated/client';
import type { Fee } from '@/lib/form-engine';
import { createMigratedDatabase } from '@/test/database';
import { confirmReturn, handleStripeEvent, startCheckout, type PaymentContext } from './fee-payment';
import { startLocalStripe, type LocalStripe } from './local-stripe';
import { stripeClient } from './stripe';

let db: PrismaClient;
let local: LocalStripe;
let payments: PaymentContext;

beforeAll(async () => {
  db = await createMigratedDatabase();
  const port = 43000 + Math.floor(Math.random() * 1000);
  const settings = { secretKey: 'sk_test_fee', webhookSecret: 'whsec_fee', apiBase: `http://127.0.0.1:${port}` };
  // Webhooks go nowhere here: these tests are about what the server asks Stripe itself.
  local = await startLocalStripe({ port, ...settings, webhookUrl: 'http://127.0.0.1:9/nowhere' });
  payments = { db, stripe: stripeClient(settings), appUrl: 'http://127.0.0.1:3000' };
});
afterAll(async () => {
  await local?.stop();
  await db?.$disconnect();
});

const fee = (amount: number): Fee => ({ amount, persons: amount / 200_000, currency: 'SEK', ruleId: 'default', reason: 'familyReunion.fees.standard' });
const form = forms['family-reunion']!;
/** When the person ticked the declaration and pressed "Accept and pay". */
const declaredAt = new Date('2026-11-24T10:00:00Z');

async function newDraft() {
  const account = await db.account.create({ data: { email: `${crypto.randomUUID()}@example.org`, emailVerified: true } });
  return db.draft.create({ data: { formId: form.id, formVersion: form.version, ownerAccountId: account.id, answers: { applicantEmail: 'a@example.org', mission: 'amman' } } });
}
const urlOf = (start: Awaited<ReturnType<typeof startCheckout>>) => (start.kind === 'checkout' ? start.url : null);

describe('paying the fee', () => {
  test('R-FEE-02 the open Checkout is reused; a changed fee expires it and makes a new attempt', async () => {
    const draft = await newDraft();
    const first = urlOf(await startCheckout(payments, draft.id, fee(200_000), 'en', declaredAt));
    expect(urlOf(await startCheckout(payments, draft.id, fee(200_000), 'en', declaredAt))).toBe(first);
    expect(await db.payment.count({ where: { draftId: draft.id } })).toBe(1);

    const second = urlOf(await startCheckout(payments, draft.id, fee(400_000), 'en', declaredAt));
    expect(second).not.toBe(first);
    const rows = await db.payment.findMany({ where: { draftId: draft.id }, orderBy: { attempt: 'asc' } });
    expect(rows.map((row) => [row.attempt, row.state, row.amount])).toEqual([
      [1, 'EXPIRED', 200_000],
      [2, 'OPEN', 400_000],
    ]);
    expect((await payments.stripe.checkout.sessions.retrieve(rows[0]!.checkoutSessionId)).status).toBe('expired');
  });

  test('R-FEE-03 coming back submits only when Stripe says paid; afterwards the draft cannot be paid again', async () => {
    const draft = await newDraft();
    await startCheckout(payments, draft.id, fee(200_000), 'sv', declaredAt);
    const payment = (await db.payment.findFirst({ where: { draftId: draft.id } }))!;
    expect(await confirmReturn(payments, payment.checkoutSessionId)).toEqual({ kind: 'not-paid' });
    expect(await confirmReturn(payments, 'cs_test_unknown')).toEqual({ kind: 'unknown' });

    await fetch(`${local.url}/pay/${payment.checkoutSessionId}/pay`, { method: 'POST', redirect: 'manual' });
    const outcome = await confirmReturn(payments, payment.checkoutSessionId);
    expect(outcome.kind).toBe('submitted');
    // The declaration made before paying is kept with the application the payment sent.
    const applicationId = outcome.kind === 'submitted' ? outcome.submitted.applicationId : '';
    expect((await db.application.findUniqueOrThrow({ where: { id: applicationId } })).declaredAt).toEqual(declaredAt);
    expect((await db.payment.findUniqueOrThrow({ where: { id: payment.id } })).state).toBe('PAID');
    expect(await confirmReturn(payments, payment.checkoutSessionId)).toEqual(outcome);
    // Paid and submitted: no new Checkout, the same submission.
    expect(await startCheckout(payments, draft.id, fee(200_000), 'sv', declaredAt)).toEqual(outcome);
    expect(await db.payment.count({ where: { draftId: draft.id } })).toBe(1);
  });

  test('R-FEE-02 a refund of a payment not yet known here is left for Stripe to deliver again', async () => {
    const refund = { id: `evt_${crypto.randomUUID()}`, type: 'charge.refunded', data: { object: { payment_intent: 'pi_test_unknown' } } } as unknown as Stripe.Event;
    expect(await handleStripeEvent(payments, refund)).toBe('retry-later');
    // Not recorded as handled: the next delivery is acted on.
    expect(await db.stripeEvent.count({ where: { id: refund.id } })).toBe(0);
  });
});
