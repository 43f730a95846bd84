// Who is signed in: the session (better-auth) joined with the account's roles and state.
// Ends sessions past the absolute timeout and sessions of barred accounts.
import { db } from '@/lib/db/client';
import type { Role, SignInMethod } from '@/lib/db/generated/enums';
import type { Account } from '@/lib/db/generated/client';
import { auth, errorCode } from './auth';

/** A session ends 12 hours after sign-in however active it is (R-TOU-05). */
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;

export interface Person {
  accountId: string;
  sessionId: string;
  signInMethod: SignInMethod;
  roles: Role[];
  missionIds: string[];
  personalIdentityNumber: string | null;
  /** null for e-ID identities, which have no e-mail address. */
  email: string | null;
  name: string;
  acceptedTermsVersion: number | null;
}

/** Staff and Min sida need a strong sign-in: e-ID, or password plus one-time code (R-MS-01). */
export const isStrongSignIn = (method: SignInMethod) => method === 'EID' || method === 'TWO_STEP';

/** A two-step account's first sign-in before its app is set up: the session serves the set-up pages only. */
export const isSettingUpTwoStep = (account: Pick<Account, 'twoStepChosen' | 'twoFactorEnabled' | 'emailVerified'>) =>
  account.twoStepChosen && !account.twoFactorEnabled && account.emailVerified;

/** The request's session and its account, once the timeouts and barring are applied. */
async function liveSession(requestHeaders: Headers) {
  // Most requests carry no session at all: no database round trip for them.
  if (!requestHeaders.get('cookie')?.includes('.session_token=')) return null;
  const found = await auth()
    .api.getSession({ headers: requestHeaders })
    // A session that ends while it is read (expired, signed out in another tab) is no session.
    .catch((error: unknown) => {
      if (errorCode(error) !== null) return null;
      throw error;
    });
  if (!found) return null;
  const { session } = found;
  const account = await db().account.findUnique({ where: { id: session.userId } });
  const expired = Date.now() - new Date(session.createdAt).getTime() > ABSOLUTE_TIMEOUT_MS;
  if (!account || expired || account.barredAt) {
    // Barred: every session of the account ends, not just this one.
    await db().session.deleteMany({ where: account?.barredAt ? { accountId: account.id } : { id: session.id } });
    return null;
  }
  return { session: { ...session, signInMethod: session.signInMethod as SignInMethod }, account };
}

export async function currentPerson(requestHeaders: Headers): Promise<Person | null> {
  const live = await liveSession(requestHeaders);
  if (!live || isSettingUpTwoStep(live.account)) return null;
  const { session, account } = live;
  return {
    accountId: account.id,
    sessionId: session.id,
    signInMethod: session.signInMethod,
    roles: account.roles,
    missionIds: account.missionIds,
    personalIdentityNumber: account.personalIdentityNumber,
    email: account.email.endsWith('.invalid') ? null : account.email,
    name: [account.givenName, account.familyName].filter(Boolean).join(' ') || account.displayName,
    acceptedTermsVersion: account.acceptedTermsVersion,
  };
}

/** The session of a two-step account's first sign-in, made to set up its app (and for nothing else). */
export async function setUpSession(requestHeaders: Headers): Promise<{ accountId: string; email: string } | null> {
  const live = await liveSession(requestHeaders);
  return live && isSettingUpTwoStep(live.account) ? { accountId: live.account.id, email: live.account.email } : null;
}

/** The terms version in force now (R-TOU-01). */
export async function currentTermsVersion(): Promise<number> {
  const latest = await db().termsVersion.findFirst({
    where: { publishedAt: { lte: new Date() } },
    orderBy: { version: 'desc' },
    select: { version: true },
  });
  return latest?.version ?? 1;
}
