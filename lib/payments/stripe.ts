// The Stripe client of the service: hosted Checkout for the card fee, and webhook checks.
// STRIPE_API_BASE points the real SDK at another address (the local stand-in in development
// and tests); in production it is unset and the SDK talks to Stripe.
import Stripe from 'stripe';

export interface StripeSettings {
  secretKey: string;
  webhookSecret: string;
  /** e.g. http://127.0.0.1:4200; unset for Stripe itself. */
  apiBase?: string;
}

export function stripeSettings(env: NodeJS.ProcessEnv = process.env): StripeSettings {
  const secretKey = env.STRIPE_SECRET_KEY;
  const webhookSecret = env.STRIPE_WEBHOOK_SECRET;
  if (!secretKey || !webhookSecret) throw new Error('STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET must be set');
  return { secretKey, webhookSecret, apiBase: env.STRIPE_API_BASE || undefined };
}

/** The SDK, reaching `apiBase` through its own host/port/protocol settings when one is given. */
export function stripeClient(settings: StripeSettings): Stripe {
  const base = settings.apiBase ? new URL(settings.apiBase) : null;
  return new Stripe(settings.secretKey, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
    ...(base && {
      host: base.hostname,
      port: base.port || (base.protocol === 'https:' ? 443 : 80),
      protocol: base.protocol.replace(':', '') as 'http' | 'https',
    }),
  });
}

const holder = globalThis as { anknytningStripe?: Stripe };

/** The process's one Stripe client, from the environment. */
export function stripe(): Stripe {
  holder.anknytningStripe ??= stripeClient(stripeSettings());
  return holder.anknytningStripe;
}

/** A webhook's event, if its signature over the raw body is right (else throws). */
export async function verifiedEvent(client: Stripe, settings: StripeSettings, rawBody: string, signature: string): Promise<Stripe.Event> {
  return client.webhooks.constructEventAsync(rawBody, signature, settings.webhookSecret);
}
