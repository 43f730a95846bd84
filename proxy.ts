import createIntlProxy from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { isDatabaseUnavailable } from './lib/db/errors';
import { checkDatabase } from './lib/db/health';
import { areaAccess, pathDenial, recordAccess } from './lib/identity/access';
import { currentTermsVersion, refreshSession, type Person } from './lib/identity/session';
import { routing } from './lib/i18n/routing';
import { checkoutOrigin, createNonce, pageContentSecurityPolicy, uploadOrigin } from './lib/security/csp';

const handleLocaleRouting = createIntlProxy(routing);

/**
 * The protected areas (/sv/min-sida/…, /sv/caseworker/…) and records (/sv/embassy/cases/<id>):
 * no page renders for someone who may not see it. Not signed in, or too weak a sign-in: to
 * sign-in, coming back afterwards. The wrong role or someone else's record: the forbidden page
 * with status 403 (a post is sent there). Terms not accepted: the terms first.
 */
async function guardArea(request: NextRequest, person: Person | null): Promise<NextResponse | null> {
  const [, locale, ...segments] = request.nextUrl.pathname.split('/');
  const [area, kind] = segments;
  const isProtected = (area && areaAccess[area]) || (area && kind && recordAccess[`${area}/${kind}`]);
  if (!isProtected || !routing.locales.includes(locale as never)) return null;
  try {
    const next = encodeURIComponent(request.nextUrl.pathname);
    const denial = await pathDenial(segments, person);
    if (denial === 'sign-in') return NextResponse.redirect(new URL(`/${locale}/sign-in?next=${next}`, request.url), 303);
    if (denial === 'forbidden') {
      // A refused form post goes to the page, not through it: its action must not run there.
      const forbidden = new URL(`/${locale}/forbidden`, request.url);
      return request.method === 'GET' || request.method === 'HEAD'
        ? NextResponse.rewrite(forbidden, { status: 403 })
        : NextResponse.redirect(forbidden, 303);
    }
    if ((person!.acceptedTermsVersion ?? 0) < (await currentTermsVersion())) {
      return NextResponse.redirect(new URL(`/${locale}/terms/accept?next=${next}`, request.url), 303);
    }
    return null;
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
  const [, , area] = request.nextUrl.pathname.split('/');
  // The development mailbox exists only where it is switched on.
  if (area === 'dev' && process.env.DEV_MAILBOX !== '1') {
    const response = NextResponse.rewrite(new URL('/_no-such-page', request.url));
    response.headers.set('Content-Security-Policy', policy);
    return response;
  }
  const session = await sessionOf(request);
  const routed = (session && (await guardArea(request, session.person))) ?? handleLocaleRouting(request);
  const response = (await databaseUnavailable(session)) ? unavailable(request, routed) : routed;
  response.headers.set('Content-Security-Policy', policy);
  for (const cookie of session?.setCookies ?? []) response.headers.append('Set-Cookie', cookie);
  return response;
}

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
  // Pages only: not the API, not Next's files, not files with an extension (public/).
  matcher: ['/((?!api/|_next/|_vercel/|.*\\..*).*)'],
};
