import { route } from '@/lib/http/route';
import { seeOther } from '@/lib/http/see-other';
import { endSession } from '@/lib/identity/sign-in';

/**
 * "I have saved the codes": the set-up session ends and the person signs in with a code from
 * now on. A plain form post, not a server action: the recovery-codes page must not be drawn
 * again once the session is gone.
 */
export const POST = route({ name: 'account.register-finish', access: {}, audited: true }, async ({ request, person, locale }) => {
  const cleared = await endSession(request.headers, person!.sessionId);
  return seeOther(`/${locale}/sign-in?notice=two-step-ready`, cleared);
});
