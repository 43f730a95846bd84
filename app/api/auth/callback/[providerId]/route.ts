import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db/client';
import { auth } from '@/lib/identity/auth';
import { afterSignIn } from '@/lib/identity/sign-in';

/**
 * The e-ID broker sends the person back here with an authorization code; better-auth checks
 * state and PKCE, exchanges the code, verifies the ID token and makes the session. The only
 * better-auth endpoint the service exposes. Each attempt is written to the audit log.
 */
export async function GET(request: Request) {
  const requestId = crypto.randomUUID();
  const response = await auth().handler(request);
  const location = response.headers.get('location') ?? '';
  const sessionCookie = response.headers.getSetCookie().find((cookie) => cookie.includes('.session_token=') && !cookie.includes('Max-Age=0'));
  const session = sessionCookie ? await auth().api.getSession({ headers: new Headers({ cookie: sessionCookie.split(';')[0]! }) }) : null;
  const barred = session ? (await db().account.findUnique({ where: { id: session.user.id } }))?.barredAt : null;
  if (session && !barred) await afterSignIn(session.user.id);
  if (session && barred) await db().session.deleteMany({ where: { accountId: session.user.id } });
  await recordAudit(db(), {
    requestId,
    action: 'sign-in.e-id',
    actorAccountId: session?.user.id ?? null,
    outcome: session && !barred ? 'SUCCESS' : barred ? 'DENIED' : 'FAILURE',
    detail: { reason: barred ? 'barred' : session ? 'signed-in' : new URL(location, 'http://x').searchParams.get('error') ?? 'no-session', address: request.headers.get('x-client-address') ?? 'unknown' },
  });
  return response;
}
