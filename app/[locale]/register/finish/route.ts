import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db/client';
import { seeOther } from '@/lib/http/see-other';
import { currentPerson } from '@/lib/identity/session';
import { endSession } from '@/lib/identity/sign-in';

/**
 * "I have saved the codes": the set-up session ends and the person signs in with a code from
 * now on. A plain form post, not a server action: the recovery-codes page must not be drawn
 * again once the session is gone.
 */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const person = await currentPerson(request.headers);
  if (!person) return seeOther(`/${locale}/sign-in`);
  const cleared = await endSession(request.headers, person.sessionId);
  await recordAudit(db(), { requestId: crypto.randomUUID(), actorAccountId: person.accountId, action: 'account.register-finish', outcome: 'SUCCESS' });
  return seeOther(`/${locale}/sign-in?notice=two-step-ready`, cleared);
}
