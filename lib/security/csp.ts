// The Content-Security-Policy of HTML pages: scripts run only with the request's nonce.

/** A fresh, unguessable nonce (128 bits, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * 'strict-dynamic' lets Next's own loader add its chunks; no inline script runs without the
 * nonce. `allowEval` is for the development server only (React's debugging tools need eval).
 * `formTargets`: other origins a form post may be redirected to (the card payment page);
 * `connectTargets`: other origins scripts may send to (uploads go straight to UploadThing).
 */
export function pageContentSecurityPolicy(nonce: string, { allowEval = false, formTargets = [] as string[], connectTargets = [] as string[] } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${allowEval ? " 'unsafe-eval'" : ''}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    ["connect-src 'self'", ...connectTargets].join(' '),
    "object-src 'none'",
    "base-uri 'none'",
    ["form-action 'self'", ...formTargets].join(' '),
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Where the fee is paid: Stripe's hosted Checkout, or the local stand-in's page. */
export function checkoutOrigin(env: Record<string, string | undefined> = process.env): string {
  return env.STRIPE_API_BASE ? new URL(env.STRIPE_API_BASE).origin : 'https://checkout.stripe.com';
}

/** Where browsers upload documents: UploadThing's ingest servers, or the local stand-in. */
export function uploadOrigin(env: Record<string, string | undefined> = process.env): string {
  return env.UPLOADTHING_INGEST_URL ? new URL(env.UPLOADTHING_INGEST_URL).origin : 'https://*.ingest.uploadthing.com';
}
