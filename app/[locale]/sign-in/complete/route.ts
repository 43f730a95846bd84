import { seeOther } from '@/lib/http/see-other';
import { currentPerson } from '@/lib/identity/session';
import { destinationAfterSignIn } from '@/lib/identity/sign-in';
import { safeNextPath } from '../paths';

/** Where an e-ID sign-in lands after the broker: on to the terms or where the person was going. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const next = safeNextPath(new URL(request.url).searchParams.get('next'), locale);
  const person = await currentPerson(request.headers);
  if (!person) return seeOther(`/${locale}/sign-in`);
  return seeOther(await destinationAfterSignIn({ accountId: person.accountId, method: person.signInMethod }, locale, next));
}
