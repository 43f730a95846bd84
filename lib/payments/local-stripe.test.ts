// Pins the part of Stripe's protocol the service uses, between the real stripe SDK and the
// local stand-in: if either moves, this fails.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startLocalStripe, parseStripeForm, type LocalStripe } from './local-stripe';
import { stripeClient, verifiedEvent, type StripeSettings } from './stripe';

const received: { body: string; signature: string }[] = [];
let receiver: http.Server;
let local: LocalStripe;
let settings: StripeSettings;
let client: Stripe;

beforeAll(async () => {
  receiver = http.createServer(async (request, response) => {
    let body = '';
    for await (const chunk of request) body += chunk;
    received.push({ body, signature: String(request.headers['stripe-signature']) });
    response.end('ok');
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const webhookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  const port = 42000 + Math.floor(Math.random() * 1000);
  settings = { secretKey: 'sk_test_local', webhookSecret: 'whsec_local', apiBase: `http://127.0.0.1:${port}` };
  local = await startLocalStripe({ port, secretKey: settings.secretKey, webhookSecret: settings.webhookSecret, webhookUrl });
  client = stripeClient(settings);
});
afterAll(async () => {
  await local?.stop();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

const checkout = (amount: number, key: string) =>
  client.checkout.sessions.create(
    {
      mode: 'payment',
      allowed_payment_method_types: ['card'],
      payment_method_options: { card: { restrictions: { brands_blocked: ['american_express', 'discover_global_network'] } } },
      line_items: [{ quantity: 1, price_data: { currency: 'sek', unit_amount: amount, product_data: { name: 'Application fee' } } }],
      client_reference_id: 'application-1',
      success_url: 'http://127.0.0.1:1/return?session={CHECKOUT_SESSION_ID}',
      cancel_url: 'http://127.0.0.1:1/cancelled',
    },
    { idempotencyKey: key },
  );

describe('the local Stripe stand-in, through the real SDK', () => {
  test('parses Stripe\'s nested form encoding', () => {
    expect(parseStripeForm('a[b][0][c]=1&a[b][1][c]=2&d=x')).toEqual({ a: { b: [{ c: '1' }, { c: '2' }] }, d: 'x' });
  });

  test('R-FEE-02 an idempotency key gives the same session; the same key with another amount is refused', async () => {
    const first = await checkout(200_000, 'attempt-1');
    expect(first).toMatchObject({ status: 'open', payment_status: 'unpaid', amount_total: 200_000, currency: 'sek', client_reference_id: 'application-1', payment_method_types: ['card'] });
    expect((await checkout(200_000, 'attempt-1')).id).toBe(first.id);
    await expect(checkout(150_000, 'attempt-1')).rejects.toMatchObject({ type: 'StripeIdempotencyError' });
    expect((await client.checkout.sessions.retrieve(first.id)).id).toBe(first.id);
  });

  test('R-FEE-02 paying sends a signed checkout.session.completed and returns to the success address', async () => {
    const session = await checkout(200_000, 'attempt-pay');
    const declined = await fetch(`${session.url}/decline`, { method: 'POST', redirect: 'manual' });
    expect(declined.status).toBe(402);
    expect((await client.checkout.sessions.retrieve(session.id)).status).toBe('open');

    const paid = await fetch(`${session.url}/pay`, { method: 'POST', redirect: 'manual' });
    expect(paid.status).toBe(303);
    expect(paid.headers.get('location')).toBe(`http://127.0.0.1:1/return?session=${session.id}`);
    await expect.poll(() => received.some((entry) => entry.body.includes(session.id))).toBe(true);
    const delivery = received.find((entry) => entry.body.includes(session.id))!;
    const event = await verifiedEvent(client, settings, delivery.body, delivery.signature);
    expect(event.type).toBe('checkout.session.completed');
    expect(event.data.object).toMatchObject({ id: session.id, payment_status: 'paid', amount_total: 200_000 });
    // A changed body or another secret does not pass.
    await expect(verifiedEvent(client, settings, delivery.body.replace('200000', '1'), delivery.signature)).rejects.toThrow();
    await expect(verifiedEvent(client, { ...settings, webhookSecret: 'whsec_other' }, delivery.body, delivery.signature)).rejects.toThrow();
  });

  test('an open session can be expired, once; a wrong key is refused as by Stripe', async () => {
    const session = await checkout(100_000, 'attempt-expire');
    expect((await client.checkout.sessions.expire(session.id)).status).toBe('expired');
    await expect(client.checkout.sessions.expire(session.id)).rejects.toMatchObject({ type: 'StripeInvalidRequestError' });
    await expect(client.checkout.sessions.retrieve('cs_test_nope')).rejects.toMatchObject({ type: 'StripeInvalidRequestError', code: 'resource_missing' });
    const stranger = stripeClient({ ...settings, secretKey: 'sk_test_other' });
    await expect(stranger.checkout.sessions.retrieve(session.id)).rejects.toMatchObject({ type: 'StripeAuthenticationError' });
  });
});

