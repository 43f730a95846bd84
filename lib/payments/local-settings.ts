// Payment settings for local runs (`npm start`, the embedded default, tests): without a
// STRIPE_SECRET_KEY the local Stripe stand-in is started and the app pointed at it.
import crypto from 'node:crypto';
import { startLocalStripe, type LocalStripe } from './local-stripe';

export async function providePaymentSettings(appPort: number, appUrl: string): Promise<{ env: Record<string, string>; localStripe?: LocalStripe }> {
  if (process.env.STRIPE_SECRET_KEY) return { env: {} };
  const secretKey = `sk_test_local_${crypto.randomBytes(12).toString('hex')}`;
  const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET ?? `whsec_local_${crypto.randomBytes(12).toString('hex')}`;
  const localStripe = await startLocalStripe({
    port: Number(process.env.LOCAL_STRIPE_PORT ?? appPort + 1100),
    secretKey,
    webhookSecret,
    webhookUrl: `${appUrl}/api/payments/stripe`,
  });
  return { env: { STRIPE_SECRET_KEY: secretKey, STRIPE_WEBHOOK_SECRET: webhookSecret, STRIPE_API_BASE: localStripe.url }, localStripe };
}
