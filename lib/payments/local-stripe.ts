// A local stand-in for the few Stripe endpoints the service calls, for development, the
// embedded default and tests: Checkout Sessions (create with idempotency keys, retrieve,
// expire), a hosted payment page (pay, declined card, cancel) and signed webhooks. The app
// reaches it through the real stripe SDK's host/port/protocol settings.
import crypto from 'node:crypto';
import http from 'node:http';
import Stripe from 'stripe';
import { escapeHtml, readBody } from '../http/node-server';

export interface LocalStripeOptions {
  port: number;
  /** The secret key the app uses; other keys get 401 as from Stripe. */
  secretKey: string;
  webhookSecret: string;
  /** Where events are delivered (the app's webhook route). */
  webhookUrl: string;
}

export interface LocalStripe {
  /** The API base for STRIPE_API_BASE, e.g. http://127.0.0.1:4200. */
  url: string;
  stop(): Promise<void>;
}

type Params = Record<string, unknown>;

interface CheckoutSession {
  id: string;
  object: 'checkout.session';
  status: 'open' | 'complete' | 'expired';
  payment_status: 'unpaid' | 'paid';
  mode: string;
  amount_total: number;
  currency: string;
  client_reference_id: string | null;
  metadata: Record<string, string>;
  payment_intent: string | null;
  payment_method_types: string[];
  success_url: string;
  cancel_url: string;
  url: string | null;
  created: number;
  expires_at: number;
  livemode: false;
}

/** Stripe's form encoding: `a[b][0][c]=1` → { a: { b: [ { c: '1' } ] } }. */
export function parseStripeForm(body: string): Params {
  const root: Params = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.replace(/\]/g, '').split('[');
    let node: Record<string, unknown> = root;
    path.forEach((part, index) => {
      if (index === path.length - 1) {
        node[part] = value;
        return;
      }
      const nextIsIndex = /^\d+$/.test(path[index + 1]!);
      node[part] ??= nextIsIndex ? [] : {};
      node = node[part] as Record<string, unknown>;
    });
  }
  return root;
}

const randomId = (prefix: string) => `${prefix}_test_${crypto.randomBytes(12).toString('hex')}`;
const now = () => Math.floor(Date.now() / 1000);

function stripeError(response: http.ServerResponse, status: number, type: string, message: string, code?: string) {
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify({ error: { type, message, ...(code ? { code } : {}) } }));
}

function json(response: http.ServerResponse, body: unknown) {
  response.writeHead(200, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(body));
}

function amountOf(params: Params): number {
  const items = (params.line_items as { price_data?: { unit_amount?: string }; quantity?: string }[] | undefined) ?? [];
  return items.reduce((sum, item) => sum + Number(item.price_data?.unit_amount ?? 0) * Number(item.quantity ?? 1), 0);
}

function paymentPage(session: CheckoutSession, notice?: string): string {
  const amount = new Intl.NumberFormat('en', { style: 'currency', currency: session.currency.toUpperCase() }).format(session.amount_total / 100);
  const action = (what: string) => `/pay/${escapeHtml(session.id)}/${what}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Local Stripe Checkout</title></head>
<body><main><h1>Local Stripe Checkout (test)</h1>
<p>This page stands in for Stripe's hosted payment page.</p>
<p>Amount: <strong>${escapeHtml(amount)}</strong></p>
${notice ? `<p role="alert">${escapeHtml(notice)}</p>` : ''}
<form method="post" action="${action('pay')}"><button>Pay ${escapeHtml(amount)} with card 4242 4242 4242 4242</button></form>
<form method="post" action="${action('decline')}"><button>Pay with card 4000 0000 0000 0002 (declined)</button></form>
<form method="post" action="${action('cancel')}"><button>Cancel and go back</button></form>
</main></body></html>`;
}

export async function startLocalStripe(options: LocalStripeOptions): Promise<LocalStripe> {
  const sessions = new Map<string, CheckoutSession>();
  /** Idempotency key → the request body it was first used with, and the answer. */
  const idempotent = new Map<string, { body: string; session: CheckoutSession }>();
  const url = `http://127.0.0.1:${options.port}`;
  const webhooks = new Stripe(options.secretKey).webhooks;

  async function deliver(type: string, object: unknown): Promise<void> {
    const payload = JSON.stringify({ id: randomId('evt'), object: 'event', type, created: now(), livemode: false, data: { object } });
    const signature = await webhooks.generateTestHeaderStringAsync({ payload, secret: options.webhookSecret });
    // Stripe retries failed deliveries for days; the stand-in tries a few times.
    for (let attempt = 0; attempt < 3; attempt++) {
      const answer = await fetch(options.webhookUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Stripe-Signature': signature },
        body: payload,
      }).catch(() => null);
      if (answer?.ok) return;
      await new Promise((resolve) => setTimeout(resolve, 500 * (attempt + 1)));
    }
  }

  async function api(request: http.IncomingMessage, response: http.ServerResponse, path: string[]) {
    if (request.headers.authorization !== `Bearer ${options.secretKey}`) {
      return stripeError(response, 401, 'invalid_request_error', 'Invalid API Key provided.');
    }
    const body = (await readBody(request)).toString();
    const [resource, id, verb] = path;
    if (resource !== 'checkout' || id !== 'sessions') return stripeError(response, 404, 'invalid_request_error', 'Unrecognized request URL.');
    const sessionId = verb;
    const action = path[3];
    if (request.method === 'POST' && !sessionId) {
      const key = request.headers['idempotency-key'];
      const earlier = typeof key === 'string' ? idempotent.get(key) : undefined;
      if (earlier && earlier.body !== body) {
        return stripeError(response, 400, 'idempotency_error', 'Keys for idempotent requests can only be used with the same parameters they were first used with.');
      }
      if (earlier) return json(response, earlier.session);
      const params = parseStripeForm(body);
      const session: CheckoutSession = {
        id: randomId('cs'),
        object: 'checkout.session',
        status: 'open',
        payment_status: 'unpaid',
        mode: String(params.mode ?? 'payment'),
        amount_total: amountOf(params),
        currency: String((params.line_items as { price_data?: { currency?: string } }[] | undefined)?.[0]?.price_data?.currency ?? 'sek'),
        client_reference_id: (params.client_reference_id as string | undefined) ?? null,
        metadata: (params.metadata as Record<string, string> | undefined) ?? {},
        payment_intent: null,
        payment_method_types: (params.allowed_payment_method_types as string[] | undefined) ?? ['card'],
        success_url: String(params.success_url ?? ''),
        cancel_url: String(params.cancel_url ?? ''),
        url: null,
        created: now(),
        expires_at: Number(params.expires_at ?? now() + 24 * 60 * 60),
        livemode: false,
      };
      session.url = `${url}/pay/${session.id}`;
      sessions.set(session.id, session);
      if (typeof key === 'string') idempotent.set(key, { body, session });
      return json(response, session);
    }
    const session = sessionId ? sessions.get(sessionId) : undefined;
    if (!session) return stripeError(response, 404, 'invalid_request_error', `No such checkout.session: '${sessionId}'`, 'resource_missing');
    if (request.method === 'GET' && !action) return json(response, session);
    if (request.method === 'POST' && action === 'expire') {
      if (session.status !== 'open') {
        return stripeError(response, 400, 'invalid_request_error', `Only Checkout Sessions with a status in ["open"] can be expired.`);
      }
      Object.assign(session, { status: 'expired', url: null });
      void deliver('checkout.session.expired', { ...session });
      return json(response, session);
    }
    return stripeError(response, 404, 'invalid_request_error', 'Unrecognized request URL.');
  }

  async function hostedPage(request: http.IncomingMessage, response: http.ServerResponse, sessionId: string, choice?: string) {
    const session = sessions.get(sessionId);
    const html = (status: number, page: string) => {
      response.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(page);
    };
    if (!session) return html(404, '<!doctype html><title>Not found</title><p>No such payment page.</p>');
    if (session.status !== 'open') return html(410, '<!doctype html><title>Expired</title><p>This payment page is no longer open.</p>');
    if (request.method === 'GET') return html(200, paymentPage(session));
    await readBody(request);
    if (choice === 'decline') return html(402, paymentPage(session, 'Your card was declined. Try another card.'));
    if (choice === 'cancel') {
      response.writeHead(303, { Location: session.cancel_url });
      return response.end();
    }
    Object.assign(session, { status: 'complete', payment_status: 'paid', payment_intent: randomId('pi'), url: null });
    // As from Stripe, the event travels on its own: it may arrive before or after the person does.
    void deliver('checkout.session.completed', { ...session });
    response.writeHead(303, { Location: session.success_url.replace('{CHECKOUT_SESSION_ID}', session.id) });
    response.end();
  }

  const server = http.createServer((request, response) => {
    const path = new URL(request.url ?? '/', url).pathname.split('/').filter(Boolean);
    const handle = path[0] === 'v1' ? api(request, response, path.slice(1)) : path[0] === 'pay' && path[1] ? hostedPage(request, response, path[1], path[2]) : null;
    if (!handle) return stripeError(response, 404, 'invalid_request_error', 'Unrecognized request URL.');
    handle.catch((error: unknown) => stripeError(response, 500, 'api_error', String(error)));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });

  return {
    url,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
