import createIntlProxy from 'next-intl/middleware';
import type { NextRequest } from 'next/server';
import { routing } from './lib/i18n/routing';
import { createNonce, pageContentSecurityPolicy } from './lib/security/csp';

const handleLocaleRouting = createIntlProxy(routing);

/**
 * Every page request: locale routing (/ → /sv, …) and a Content-Security-Policy with a fresh
 * script nonce. Next reads the nonce from the request's policy header and puts it on its
 * own scripts.
 */
export default function proxy(request: NextRequest) {
  const nonce = createNonce();
  const policy = pageContentSecurityPolicy(nonce, { allowEval: process.env.NODE_ENV === 'development' });
  request.headers.set('x-nonce', nonce);
  request.headers.set('Content-Security-Policy', policy);
  const response = handleLocaleRouting(request);
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Pages only: not the API, not Next's files, not files with an extension (public/).
  matcher: ['/((?!api/|_next/|_vercel/|.*\\..*).*)'],
};
