import { db } from '@/lib/db/client';
import { route } from '@/lib/http/route';
import { seeOther } from '@/lib/http/see-other';
import { auth } from '@/lib/identity/auth';
import { afterSignIn } from '@/lib/identity/sign-in';
import { locales, type Locale } from '@/lib/i18n/routing';

/**
 * The e-ID broker sends the person back here with an authorization code; better-auth checks
 * state and PKCE, exchanges the code, verifies the ID token and makes the session. The only
 * better-auth endpoint the service exposes. Each attempt is written to the audit log, and a
 * barred account's new session ends at once. Every failure ends on the sign-in page with one
 * code saying why (`?error=<code>`, shown by app/[locale]/sign-in/failures.ts), in the language
 * the sign-in started in: also those better-auth would send to its own error page, which the
 * service does not have (a state it cannot read holds no language).
 */
export const GET = route({ name: 'sign-in.e-id-callback', access: 'anyone' }, async ({ request, audit, locale: requestLocale }) => {
  const response = await auth().handler(request);
  const location = new URL(response.headers.get('location') ?? '/', 'http://callback');
  const sessionCookie = response.headers
    .getSetCookie()
    .find((cookie) => cookie.includes('.session_token=') && !cookie.includes('Max-Age=0'))
    ?.split(';')[0];
  const session = sessionCookie ? await auth().api.getSession({ headers: new Headers({ cookie: sessionCookie }) }) : null;
  const accountId = session?.user.id ?? null;
  const barred = accountId ? Boolean((await db().account.findUnique({ where: { id: accountId } }))?.barredAt) : false;
  if (accountId && barred) await db().session.deleteMany({ where: { accountId } });
  if (accountId && !barred) await afterSignIn(accountId, request.headers);
  const failure = !accountId ? (location.searchParams.getAll('error').at(-1) ?? 'no-session') : barred ? 'barred' : null;
  await audit({
    action: 'sign-in.e-id',
    actorAccountId: accountId,
    outcome: !accountId ? 'FAILURE' : barred ? 'DENIED' : 'SUCCESS',
    detail: { reason: failure ?? 'signed-in', address: request.headers.get('x-client-address') ?? 'unknown' },
  });
  if (!failure) return response;
  const started = location.pathname.split('/')[1];
  const locale = locales.includes(started as Locale) ? started : requestLocale;
  return seeOther(`/${locale}/sign-in?error=${encodeURIComponent(failure)}`, response.headers.getSetCookie());
});
