import { route } from '@/lib/http/route';
import { seeOther } from '@/lib/http/see-other';
import { confirmEmail } from '@/lib/identity/sign-in';

/** The link in the confirmation e-mail: confirms the address, then on to sign in. */
export const GET = route({ name: 'account.verify-email', access: 'anyone' }, async ({ request, locale, requestId }) => {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  const confirmed = token ? await confirmEmail(token, requestId) : false;
  return seeOther(`/${locale}/sign-in?notice=${confirmed ? 'verified' : 'verify-failed'}`);
});
