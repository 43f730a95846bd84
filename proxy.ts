import createIntlProxy from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { isDatabaseUnavailable } from './lib/db/errors';
import { checkDatabase } from './lib/db/health';
import { accessOfPath, decide } from './lib/identity/access';
import { refreshSession, type Person } from './lib/identity/session';
import { routing } from './lib/i18n/routing';
import { checkoutOrigin, createNonce, pageContentSecurityPolicy, uploadOrigin } from './lib/security/csp';

const handleLocaleRouting = createIntlProxy(routing);

/** The path's segments as Next routes them: percent-escapes decoded, empty segments dropped; null when it cannot be decoded. */
export function routedSegments(pathname: string): string[] | null {
  try {
    return pathname.split('/').filter(Boolean).map((segment) => decodeURIComponent(segment));
  } catch {
    return null;
  }
}

/**
 * An early, convenient answer for the protected areas and records: not signed in, or too
 * weak a sign-in, to sign-in, coming back afterwards; terms not accepted, the terms first; the
 * wrong role or someone else's record, the forbidden page with status 403, and a malformed
 * record id, not found (a post is sent to the forbidden page, so that its action never runs). Every page, route and action decides again itself
 * (lib/identity/access.ts): nothing depends on this.
 */
async function guardArea(request: NextRequest, person: Person | null): Promise<NextResponse | null> {
  const [locale, ...segments] = routedSegments(request.nextUrl.pathname) ?? [];
  const access = accessOfPath(segments);
  if (access === 'anyone' || !locale || !routing.locales.includes(locale as never)) return null;
  try {
    const next = encodeURIComponent(`/${[locale, ...segments].join('/')}`);
    const denial = await decide(access, person);
    if (!denial) return null;
    if (denial === 'sign-in') return NextResponse.redirect(new URL(`/${locale}/sign-in?next=${next}`, request.url), 303);
    if (denial === 'terms') return NextResponse.redirect(new URL(`/${locale}/terms/accept?next=${next}`, request.url), 303);
    if (request.method !== 'GET' && request.method !== 'HEAD') return NextResponse.redirect(new URL(`/${locale}/forbidden`, request.url), 303);
    return explanation(request, locale, denial);
  } catch (error) {
    // The page itself shows that the service is unavailable.
    if (isDatabaseUnavailable(error)) return null;
    throw error;
  }
}

/**
 * Every page request: locale routing (/ → /sv, …), the protected areas, and a
 * Content-Security-Policy with a fresh script nonce. Next reads the nonce from the request's
 * policy header and puts it on its own scripts.
 */
export default async function proxy(request: NextRequest) {
  const nonce = createNonce();
  const policy = pageContentSecurityPolicy(nonce, { allowEval: process.env.NODE_ENV === 'development', formTargets: [checkoutOrigin()], connectTargets: [uploadOrigin()] });
  request.headers.set('x-nonce', nonce);
  request.headers.set('Content-Security-Policy', policy);
  const session = await sessionOf(request);
  const early = session && isNavigation(request) ? await guardArea(request, session.person) : null;
  const routed = early ?? handleLocaleRouting(request);
  const response = (await databaseUnavailable(session)) ? unavailable(request, routed) : routed;
  response.headers.set('Content-Security-Policy', policy);
  for (const cookie of session?.setCookies ?? []) response.headers.append('Set-Cookie', cookie);
  return response;
}

/**
 * The forbidden or not-found page, drawn on the server with its status. (A page's own
 * forbidden() or notFound() under a dynamic segment is drawn by the browser only in Next
 * 16.4, blank without JavaScript; vercel/next.js#57583.) No route matches `_not-found`.
 */
function explanation(request: NextRequest, locale: string, denial: 'forbidden' | 'not-found'): NextResponse {
  const headers = new Headers(request.headers);
  headers.set('X-NEXT-INTL-LOCALE', locale);
  const target = new URL(denial === 'forbidden' ? `/${locale}/forbidden` : `/${locale}/_not-found`, request.url);
  return NextResponse.rewrite(target, { status: denial === 'forbidden' ? 403 : 404, request: { headers } });
}

/**
 * A browser opening a page (Sec-Fetch-Mode: navigate, or a client that does not say): the
 * early answer saves it a render. The router's own fetches (RSC) and every other request go
 * straight to the page, which decides itself.
 */
const isNavigation = (request: NextRequest) =>
  (request.headers.get('sec-fetch-mode') ?? 'navigate') === 'navigate' && !request.headers.has('rsc') && !request.nextUrl.pathname.endsWith('.rsc');

/**
 * Who is signed in, with the session moved on: each request of an active person keeps it
 * going. null when the database is unavailable: the page itself then says so.
 */
async function sessionOf(request: NextRequest): Promise<Awaited<ReturnType<typeof refreshSession>> | null> {
  try {
    return await refreshSession(request.headers);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return null;
    throw error;
  }
}

/**
 * While the database cannot be reached, the layout draws "unavailable" in place of the page;
 * the status says so too (503), so that nothing caches or counts it as a page. A signed-in
 * request has just asked the database for its session; for the others a round trip is made,
 * and an answer of "up" trusted for a second.
 */
let databaseUpUntil = 0;
async function databaseUnavailable(session: Awaited<ReturnType<typeof sessionOf>>): Promise<boolean> {
  if (session === null) return true;
  if (session.person || Date.now() < databaseUpUntil) return false;
  const { up } = await checkDatabase(1_000);
  if (up) databaseUpUntil = Date.now() + 1_000;
  return !up;
}

/** The page with status 503 (a redirect, e.g. to the locale, stays one); a form post is sent to the page instead of running. */
function unavailable(request: NextRequest, routed: NextResponse): NextResponse {
  if (request.method !== 'GET' && request.method !== 'HEAD') return NextResponse.redirect(request.nextUrl, 303);
  if (routed.status >= 300 && routed.status < 400) return routed;
  const response = new NextResponse(null, { status: 503, headers: routed.headers });
  response.headers.set('Retry-After', '30');
  return response;
}

export const config = {
  // Pages only: not the API, not Next's files, not files with an extension (public/); under a
  // locale every address, dotted ones too (`/sv/caseworker/cases/<id>.x` is no file).
  matcher: ['/((?!api/|_next/|_vercel/|.*\\..*).*)', '/(sv|en|ar)/:path*'],
};
