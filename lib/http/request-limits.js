// How much a request may send and how slowly: the one table that the HTTP server
// (scripts/serve.js, through lib/http/request-guard.js) enforces before Next reads a body, and
// that next.config.js hands to Next as its server-action limit. Plain JavaScript so that
// serve.js and next.config.js can import it.

const KiB = 1024;
const MiB = 1024 * KiB;

/** The methods the service answers; anything else (TRACE, OPTIONS, PUT, …) gets 405 with Allow. */
export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST'];

/**
 * Server actions and every other post: Next's own limit for server-action bodies
 * (experimental.serverActions.bodySizeLimit, set from this), counted in raw bytes as Next
 * counts them, multipart envelope included.
 */
export const ACTION_BODY_LIMIT = 1 * MiB;

/**
 * A document posted by the plain upload form: the largest document lib/documents/rules.ts
 * allows (32 MiB) plus room for the multipart envelope and the form's few fields. A unit test
 * keeps the two in step.
 */
export const DOCUMENT_BODY_LIMIT = 34 * MiB;

/**
 * UploadThing's route takes file names and sizes, never the files (they go to UploadThing),
 * and its signed callbacks; Stripe's webhook takes one event. Both are a few KiB.
 */
export const SMALL_BODY_LIMIT = 256 * KiB;

/** The first matching address decides; the rest take ACTION_BODY_LIMIT. */
const BODY_LIMITS = [
  { path: /^\/api\/documents\/[^/]+$/, limit: DOCUMENT_BODY_LIMIT },
  { path: /^\/api\/uploadthing$/, limit: SMALL_BODY_LIMIT },
  { path: /^\/api\/payments\/stripe$/, limit: SMALL_BODY_LIMIT },
];

/** The most bytes a request body to this path may have. */
export function bodyLimitFor(pathname) {
  return BODY_LIMITS.find(({ path }) => path.test(pathname))?.limit ?? ACTION_BODY_LIMIT;
}

/**
 * Slow clients. A browser sends its request headers at once: 20 s is ample even on a poor
 * mobile link (Node's default is 60 s), and a client that trickles headers holds a connection
 * no longer than that. A body may arrive slowly but not stall: 60 s without a byte ends it with
 * 408 (nginx's client_body_timeout), while one that keeps coming may take up to 15 minutes in
 * all, enough for the largest document (34 MiB) at about 0.3 Mbit/s or a 10 MiB one at
 * 0.1 Mbit/s (Node's default of 5 minutes would cut a 10 MiB upload below 0.28 Mbit/s).
 */
export const HEADERS_TIMEOUT_MS = 20_000;
export const BODY_IDLE_TIMEOUT_MS = 60_000;
export const REQUEST_TIMEOUT_MS = 15 * 60_000;
