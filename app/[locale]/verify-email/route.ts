import { seeOther } from '@/lib/http/see-other';
import { confirmEmail } from '@/lib/identity/sign-in';

/** The link in the confirmation e-mail: confirms the address, then on to sign in. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const token = new URL(request.url).searchParams.get('token') ?? '';
  const confirmed = token ? await confirmEmail(token, crypto.randomUUID()) : false;
  return seeOther(`/${locale}/sign-in?notice=${confirmed ? 'verified' : 'verify-failed'}`);
}
