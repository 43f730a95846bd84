import { route } from '@/lib/http/route';
import { seeOther } from '@/lib/http/see-other';
import { destinationAfterSignIn } from '@/lib/identity/sign-in';
import { safeNextPath } from '../paths';

/**
 * Where an e-ID sign-in lands after the broker: on to the terms or where the person was going.
 * No session here (its cookie did not come back) is a failed sign-in, and says so.
 */
export const GET = route({ name: 'sign-in.complete', access: 'anyone' }, async ({ request, person, locale }) => {
  const next = safeNextPath(new URL(request.url).searchParams.get('next'), locale);
  if (!person) return seeOther(`/${locale}/sign-in?error=no-session`);
  return seeOther(await destinationAfterSignIn({ accountId: person.accountId, method: person.signInMethod }, locale, next));
});
