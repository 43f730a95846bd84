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

interface LiveSession {
  session: { id: string; createdAt: Date; signInMethod: SignInMethod };
  account: Account;
}

/**
 * The request's session and its account, once the timeouts and barring are applied.
 * `refresh` moves the idle timeout on and gives the renewed cookie (proxy.ts does it once per
 * request; the cookie lives as long as the session). Every other read only reads.
 */
async function readSession(requestHeaders: Headers, refresh: boolean): Promise<{ live: LiveSession | null; setCookies: string[] }> {
  // Most requests carry no session at all: no database round trip for them.
  if (!requestHeaders.get('cookie')?.includes('.session_token=')) return { live: null, setCookies: [] };
  let read;
  try {
    read = await auth().api.getSession({ headers: requestHeaders, query: { disableRefresh: !refresh }, returnHeaders: true });
  } catch (error) {
    // A session that ends while it is read (expired, signed out in another tab) is no session.
    if (errorCode(error) !== null) return { live: null, setCookies: [] };
    throw error;
  }
  // Only a renewal is passed on, never a clearing: a request sent with a session that another
  // request has just replaced (two-step set-up, a new sign-in) would otherwise, arriving later,
  // clear the new session's cookie. A dead token left behind is simply no session.
  const setCookies = refresh ? read.headers.getSetCookie().filter((cookie) => !/;\s*Max-Age=0\b/i.test(cookie)) : [];
  const found = read.response;
  if (!found) return { live: null, setCookies };
  const { session } = found;
  const account = await db().account.findUnique({ where: { id: session.userId } });
  const expired = Date.now() - new Date(session.createdAt).getTime() > ABSOLUTE_TIMEOUT_MS;
  if (!account || expired || account.barredAt) {
    // Barred: every session of the account ends, not just this one.
    await db().session.deleteMany({ where: account?.barredAt ? { accountId: account.id } : { id: session.id } });
    return { live: null, setCookies };
  }
  const live = { session: { id: session.id, createdAt: new Date(session.createdAt), signInMethod: session.signInMethod as SignInMethod }, account };
  return { live, setCookies };
}

function personOf(live: LiveSession | null): Person | null {
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

export async function currentPerson(requestHeaders: Headers): Promise<Person | null> {
  return personOf((await readSession(requestHeaders, false)).live);
}

/** proxy.ts, once per request: the person, and the cookie that keeps the session going. */
export async function refreshSession(requestHeaders: Headers): Promise<{ person: Person | null; setCookies: string[] }> {
  const { live, setCookies } = await readSession(requestHeaders, true);
  return { person: personOf(live), setCookies };
}

/** The session of a two-step account's first sign-in, made to set up its app (and for nothing else). */
export async function setUpSession(requestHeaders: Headers): Promise<{ accountId: string; email: string } | null> {
  const { live } = await readSession(requestHeaders, false);
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
