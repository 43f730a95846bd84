import { db } from '@/lib/db/client';
import { route } from '@/lib/http/route';
import { seeOther } from '@/lib/http/see-other';
import { auth } from '@/lib/identity/auth';
import { afterSignIn } from '@/lib/identity/sign-in';

/**
 * The e-ID broker sends the person back here with an authorization code; better-auth checks
 * state and PKCE, exchanges the code, verifies the ID token and makes the session. The only
 * better-auth endpoint the service exposes. Each attempt is written to the audit log, and a
 * barred account's new session ends at once.
 */
export const GET = route({ name: 'sign-in.e-id-callback', access: 'anyone' }, async ({ request, audit }) => {
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
  await audit({
    action: 'sign-in.e-id',
    actorAccountId: accountId,
    outcome: !accountId ? 'FAILURE' : barred ? 'DENIED' : 'SUCCESS',
    detail: {
      reason: !accountId ? (location.searchParams.get('error') ?? 'no-session') : barred ? 'barred' : 'signed-in',
      address: request.headers.get('x-client-address') ?? 'unknown',
    },
  });
  if (!barred) return response;
  // The sign-in page in the language the person started in, saying why.
  const locale = location.pathname.split('/')[1] || 'sv';
  return seeOther(`/${locale}/sign-in?error=barred`, response.headers.getSetCookie());
});
