import { route } from '@/lib/http/route';
import { seeOther } from '@/lib/http/see-other';
import { auth } from '@/lib/identity/auth';
import { EID_PROVIDER_ID } from '@/lib/identity/config';
import { safeNextPath } from '../paths';

/**
 * Starts an e-ID sign-in: a plain link, so no JavaScript is needed and the page's
 * form-action policy stays 'self'. better-auth sets the state and PKCE cookies and answers
 * with the broker's authorization address.
 */
export const GET = route({ name: 'sign-in.e-id', access: 'anyone' }, async ({ request, locale }) => {
  const next = safeNextPath(new URL(request.url).searchParams.get('next'), locale);
  const { headers: cookieHeaders, response } = await auth().api.signInSocial({
    body: {
      provider: EID_PROVIDER_ID,
      callbackURL: `/${locale}/sign-in/complete${next ? `?next=${encodeURIComponent(next)}` : ''}`,
      errorCallbackURL: `/${locale}/sign-in`,
      disableRedirect: true,
    },
    headers: request.headers,
    returnHeaders: true,
  });
  return seeOther(response.url!, cookieHeaders.getSetCookie());
});
