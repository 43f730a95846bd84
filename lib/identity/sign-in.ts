// The sign-in steps behind the server actions: password, one-time code, registration with
// or without two-step verification, terms, sign-out. Each attempt is rate limited in
// PostgreSQL and written to the audit log.
import { signJWT, symmetricDecrypt } from 'better-auth/crypto';
import * as OTPAuth from 'otpauth';
import type { ActionContext } from '@/lib/actions';
import { db } from '@/lib/db/client';
import { attachDraftToAccount, draftTokensIn } from '@/lib/drafts';
import { recordAudit } from '@/lib/audit';
import { staffAreaOf } from './access';
import { auth, EMAIL_VERIFICATION_SECONDS, errorCode } from './auth';
import { identityConfig } from './config';
import { queueAccountExistsEmail, queueIdentityEmail } from './emails';
import { hit, limits, type Limit } from './rate-limit';
import type { SignInMethod } from '@/lib/db/generated/enums';
import { currentTermsVersion, isStrongSignIn, setUpSession, type Person } from './session';

/** Wrong passwords in a row that lock an account until its password is reset. */
export const LOCK_AFTER_FAILURES = 50;
/** Wrong passwords for an address with no account, counted like an account's (a day's worth). */
const unknownAddressFailures: Limit = { name: 'password-failures', max: LOCK_AFTER_FAILURES - 1, windowSeconds: 24 * 60 * 60 };
/** A used code stays refused for longer than any code is valid (30 s steps, ±1 step). */
const USED_CODE_MEMORY_MS = 3 * 60 * 1000;

const normalEmail = (email: string) => email.trim().toLowerCase();

/** A finished sign-in: who, and how (the session records it too). */
export interface SignedIn {
  accountId: string;
  method: SignInMethod;
}

export type PasswordSignIn = SignedIn | 'code-needed' | 'set-up-two-step' | 'wrong' | 'locked' | 'too-many' | 'barred' | 'unverified';

export async function signInWithPassword(context: ActionContext, emailInput: string, password: string): Promise<PasswordSignIn> {
  const email = normalEmail(emailInput);
  const audit = (outcome: 'SUCCESS' | 'DENIED' | 'FAILURE', reason: string, accountId?: string) =>
    context.audit({ action: 'sign-in.password', actorAccountId: accountId ?? null, outcome, detail: { reason, address: context.clientAddress } });
  if (!(await hit(db(), limits.signInPerAddress, context.clientAddress))) {
    await audit('DENIED', 'rate-limit-address');
    return 'too-many';
  }
  const account = await db().account.findUnique({ where: { email } });
  if (account?.lockedAt) {
    // A lock answers whatever the password, but only after the work an unknown address's
    // answer costs (better-auth's look-up and argon2 hash, then one counted failure), done by
    // the same code: better-auth is asked about an address that has no account.
    await auth()
      .api.signInEmail({ body: { email: `locked-${crypto.randomUUID()}@sign-in.invalid`, password }, headers: context.requestHeaders })
      .catch((error: unknown) => {
        if (errorCode(error) !== 'INVALID_EMAIL_OR_PASSWORD') throw error;
      });
    await db().account.update({ where: { id: account.id }, data: { failedSignIns: { increment: 1 } } });
    await audit('DENIED', 'locked', account.id);
    return 'locked';
  }
  let result: Awaited<ReturnType<ReturnType<typeof auth>['api']['signInEmail']>>;
  try {
    result = await auth().api.signInEmail({ body: { email, password }, headers: context.requestHeaders });
  } catch (error) {
    if (errorCode(error) !== 'INVALID_EMAIL_OR_PASSWORD') throw error;
    if (!account) {
      // Unknown addresses count wrong passwords too, so that they get the very same answers.
      const belowLock = await hit(db(), unknownAddressFailures, email);
      await audit('FAILURE', 'wrong-password');
      return belowLock ? 'wrong' : 'locked';
    }
    const { failedSignIns } = await db().account.update({
      where: { id: account.id },
      data: { failedSignIns: { increment: 1 } },
      select: { failedSignIns: true },
    });
    if (failedSignIns < LOCK_AFTER_FAILURES) {
      await audit('FAILURE', 'wrong-password', account.id);
      return 'wrong';
    }
    await db().account.update({ where: { id: account.id }, data: { lockedAt: new Date() } });
    await audit('FAILURE', 'wrong-password-locked', account.id);
    return 'locked';
  }
  // The password was right.
  const signedIn = account!;
  const endNewSession = () => db().session.deleteMany({ where: { accountId: signedIn.id } });
  if (signedIn.barredAt) {
    await endNewSession();
    await audit('DENIED', 'barred', signedIn.id);
    return 'barred';
  }
  if (!signedIn.emailVerified) {
    // The address must be the person's before the account is used: a new link goes out.
    await endNewSession();
    if (await hit(db(), limits.verifyPerAccount, email)) await sendVerification(signedIn, context.locale);
    await audit('DENIED', 'e-mail-not-confirmed', signedIn.id);
    return 'unverified';
  }
  if (signedIn.twoStepChosen && !signedIn.twoFactorEnabled) {
    // The first sign-in of an account made with two-step verification finishes making it: the
    // session that follows serves only the set-up pages (lib/identity/session.ts).
    await audit('SUCCESS', 'password-ok-set-up-two-step', signedIn.id);
    return 'set-up-two-step';
  }
  if ('twoFactorRedirect' in result && result.twoFactorRedirect) {
    await audit('SUCCESS', 'password-ok-code-needed', signedIn.id);
    return 'code-needed';
  }
  await afterSignIn(signedIn.id, context.requestHeaders);
  await audit('SUCCESS', 'signed-in', signedIn.id);
  return { accountId: signedIn.id, method: 'PASSWORD' };
}

export type CodeSignIn = SignedIn | 'wrong' | 'expired' | 'too-many';

/** The second step: a code from the authenticator app, or a recovery code. */
export async function signInWithCode(context: ActionContext, codeInput: string): Promise<CodeSignIn> {
  const code = codeInput.replace(/[\s-]/g, '');
  const audit = (outcome: 'SUCCESS' | 'DENIED' | 'FAILURE', reason: string, accountId?: string) =>
    context.audit({ action: 'sign-in.code', actorAccountId: accountId ?? null, outcome, detail: { reason, address: context.clientAddress } });
  if (!(await hit(db(), limits.codePerAddress, context.clientAddress))) {
    await audit('DENIED', 'rate-limit-address');
    return 'too-many';
  }
  const isAppCode = /^\d{6}$/.test(code);
  // A code seen before (read over a shoulder, say) is refused before it is checked, so the
  // person's sign-in stays open for the next code.
  const pendingAccountId = await pendingTwoStepAccountId(context.requestHeaders);
  if (isAppCode && pendingAccountId && (await codeWasUsed(pendingAccountId, code))) {
    await audit('DENIED', 'code-reused', pendingAccountId);
    return 'wrong';
  }
  let signedIn: { token?: string; user: { id: string } };
  try {
    signedIn = isAppCode
      ? await auth().api.verifyTOTP({ body: { code }, headers: context.requestHeaders })
      : await auth().api.verifyBackupCode({ body: { code }, headers: context.requestHeaders });
  } catch (error) {
    const reason = errorCode(error);
    if (reason === 'INVALID_TWO_FACTOR_COOKIE') {
      await audit('FAILURE', 'no-pending-sign-in');
      return 'expired';
    }
    if (reason === 'ACCOUNT_TEMPORARILY_LOCKED' || reason === 'TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE') {
      await audit('DENIED', 'too-many-codes');
      return 'too-many';
    }
    if (reason === null) throw error;
    await audit('FAILURE', 'wrong-code');
    return 'wrong';
  }
  const accountId = signedIn.user.id;
  if (isAppCode && !(await rememberUsedCode(accountId, code))) {
    // Two posts of one code at the same moment: the second sign-in is undone.
    await db().session.deleteMany({ where: { token: signedIn.token ?? '' } });
    await audit('DENIED', 'code-reused', accountId);
    return 'wrong';
  }
  await afterSignIn(accountId, context.requestHeaders);
  await audit('SUCCESS', 'signed-in', accountId);
  return { accountId, method: 'TWO_STEP' };
}

/** The account whose password was right and whose code is awaited (better-auth's pending two-step cookie). */
async function pendingTwoStepAccountId(requestHeaders: Headers): Promise<string | null> {
  const cookie = requestHeaders.get('cookie')?.match(/(?:^|;\s*)anknytning\.two_factor=([^;]+)/)?.[1];
  if (!cookie) return null;
  // The cookie is "<identifier>.<signature>"; a forged one can only refuse its own holder.
  const signed = decodeURIComponent(cookie);
  const identifier = signed.slice(0, signed.lastIndexOf('.'));
  const pending = await db().verification.findFirst({ where: { identifier, expiresAt: { gt: new Date() } } });
  return pending?.value ?? null;
}

async function codeWasUsed(accountId: string, code: string): Promise<boolean> {
  const since = new Date(Date.now() - USED_CODE_MEMORY_MS);
  return (await db().usedOneTimeCode.count({ where: { accountId, code, usedAt: { gte: since } } })) > 0;
}

/** false when the account already used this code within its validity window. */
async function rememberUsedCode(accountId: string, code: string): Promise<boolean> {
  await db().usedOneTimeCode.deleteMany({ where: { usedAt: { lt: new Date(Date.now() - USED_CODE_MEMORY_MS) } } });
  const inserted = await db().$executeRaw`
    INSERT INTO used_one_time_code (account_id, code) VALUES (${accountId}::uuid, ${code}) ON CONFLICT DO NOTHING`;
  return inserted === 1;
}

/**
 * Where a sign-in goes on to: the terms first when the version in force is not accepted
 * (R-TOU-01), then where the person was going, else their own area: staff their staff area,
 * others Min sida (or the application for an account without two-step verification, which
 * can use neither).
 */
export async function destinationAfterSignIn(signedIn: SignedIn, locale: string, next: string | null): Promise<string> {
  const account = await db().account.findUnique({ where: { id: signedIn.accountId }, select: { acceptedTermsVersion: true, roles: true } });
  if ((account?.acceptedTermsVersion ?? 0) < (await currentTermsVersion())) {
    return `/${locale}/terms/accept${next ? `?next=${encodeURIComponent(next)}` : ''}`;
  }
  if (next) return next;
  if (!isStrongSignIn(signedIn.method)) return `/${locale}/apply`;
  return `/${locale}/${staffAreaOf(account?.roles ?? []) ?? 'min-sida'}`;
}

/** Every successful sign-in: counters reset, time noted, drafts made before it attached. */
export async function afterSignIn(accountId: string, requestHeaders: Headers): Promise<void> {
  await db().account.update({ where: { id: accountId }, data: { failedSignIns: 0, lastSignInAt: new Date() } });
  for (const { formId, token } of draftTokensIn(requestHeaders.get('cookie'))) {
    await attachDraftToAccount(db(), formId, token, accountId);
  }
}

export type Registration = 'sent' | 'too-many';

/**
 * Makes a password account and sends the link that confirms its address. An address already
 * in use gets the same answer, and its owner an e-mail saying so: the page never tells whether
 * an address has an account, nor does the time it takes. For that, an address in use makes
 * the very same account under a throwaway address and removes it: the same argon2 hashes and
 * the same writes as a new account, whatever they cost on the machine's load of the moment,
 * where a pause to a deadline would have to guess them. `npm run bench:identity-timing`
 * compares the two.
 */
export async function registerAccount(
  context: ActionContext,
  input: { email: string; password: string; twoStep: boolean },
): Promise<Registration> {
  const email = normalEmail(input.email);
  if (!(await hit(db(), limits.registerPerAddress, context.clientAddress))) {
    await context.audit({ action: 'account.register', outcome: 'DENIED', detail: { reason: 'rate-limit-address' } });
    return 'too-many';
  }
  // Asked first, so that an address in use spends nothing on a failed sign-up; a race
  // (the address taken meanwhile) ends up on the same path.
  const inUse = await db().account.findUnique({ where: { email }, select: { id: true } });
  const account = inUse ? null : await createPasswordAccount(context, email, input).catch(nullWhenAddressInUse);
  if (!account) {
    // (.invalid never receives mail.) Removed without waiting, as a new account's answer does
    // not wait for a removal either; housekeeping removes one a failure leaves behind.
    const throwaway = await createPasswordAccount(context, `unused-${crypto.randomUUID()}@register.invalid`, input);
    void db().account.delete({ where: { id: throwaway.id } }).catch(() => {});
    if (await hit(db(), limits.verifyPerAccount, email)) await queueAccountExistsEmail(email, context.locale);
    await context.audit({ action: 'account.register', outcome: 'FAILURE', detail: { reason: 'address-in-use' } });
    return 'sent';
  }
  // The first link counts towards the address's links, as the e-mail to a taken one does.
  await hit(db(), limits.verifyPerAccount, email);
  await sendVerification(account, context.locale);
  await context.audit({ action: 'account.register', actorAccountId: account.id, outcome: 'SUCCESS', detail: { twoStep: input.twoStep } });
  return 'sent';
}

function nullWhenAddressInUse(error: unknown): null {
  const code = errorCode(error);
  if (code !== 'USER_ALREADY_EXISTS' && code !== 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL') throw error;
  return null;
}

/** An account with a password, and with its authenticator made when two-step is chosen; not signed in. */
async function createPasswordAccount(
  context: ActionContext,
  email: string,
  input: { password: string; twoStep: boolean },
): Promise<{ id: string; email: string }> {
  const created = await auth().api.signUpEmail({
    body: { email, password: input.password, name: '', twoStepChosen: input.twoStep },
    headers: context.requestHeaders,
    returnHeaders: true,
  });
  const account = created.response.user;
  if (input.twoStep) {
    // The authenticator secret and recovery codes are made now, with the account (R-MS-01);
    // the app is set up at the first sign-in, once the address is confirmed.
    const sessionCookie = (created.headers.getSetCookie?.() ?? []).map((cookie) => cookie.split(';')[0]).join('; ');
    await auth().api.enableTwoFactor({ body: { password: input.password }, headers: new Headers({ cookie: sessionCookie }) });
  }
  // Registration does not sign in: signing in is one path for everyone.
  await db().session.deleteMany({ where: { accountId: account.id } });
  return account;
}

export interface Enrolment {
  accountId: string;
  email: string;
  /** otpauth:// address for the QR code, and the key to type by hand. */
  uri: string;
  secret: string;
}

/** The set-up of the authenticator, in the session of the account's first sign-in. */
export async function pendingEnrolment(requestHeaders: Headers): Promise<Enrolment | null> {
  const account = await setUpSession(requestHeaders);
  const twoFactor = account && (await db().twoFactor.findFirst({ where: { accountId: account.accountId } }));
  if (!account || !twoFactor) return null;
  const secret = await symmetricDecrypt({ key: identityConfig().secret, data: twoFactor.secret });
  const totp = new OTPAuth.TOTP({ issuer: 'Anknytning', label: account.email, secret: OTPAuth.Secret.fromUTF8(secret) });
  return { accountId: account.accountId, email: account.email, uri: totp.toString(), secret: totp.secret.base32 };
}

/** The first code from the app proves the set-up; then the recovery codes are shown once. */
export async function confirmEnrolment(context: ActionContext, codeInput: string): Promise<'enrolled' | 'wrong' | 'expired'> {
  const enrolment = await pendingEnrolment(context.requestHeaders);
  if (!enrolment) return 'expired';
  const audit = (outcome: 'SUCCESS' | 'FAILURE', reason?: string) =>
    context.audit({ action: 'account.two-step-set-up', actorAccountId: enrolment.accountId, outcome, detail: reason ? { reason } : undefined });
  const code = codeInput.replace(/\s/g, '');
  try {
    // With a session and two-step not yet on, better-auth turns it on when the code is right.
    await auth().api.verifyTOTP({ body: { code }, headers: context.requestHeaders });
  } catch (error) {
    if (errorCode(error) === null) throw error;
    await audit('FAILURE', 'wrong-code');
    return 'wrong';
  }
  await rememberUsedCode(enrolment.accountId, code);
  await audit('SUCCESS');
  return 'enrolled';
}

/**
 * The recovery codes, right after the set-up only: the code that finished it signed the person
 * in, but the first real sign-in (which notes its time) has not happened yet.
 */
export async function recoveryCodesAfterSetUp(person: Person | null): Promise<string[] | null> {
  const account = person && (await db().account.findUnique({ where: { id: person.accountId } }));
  if (!account?.twoStepChosen || !account.twoFactorEnabled || account.lastSignInAt) return null;
  const { backupCodes } = await auth().api.viewBackupCodes({ body: { userId: account.id } });
  return backupCodes;
}

/**
 * Queues the e-mail with the link that confirms the address (lib/identity/emails.ts words it).
 * The token is the one better-auth's /verify-email reads (its createEmailVerificationToken),
 * made here because its /send-verification-email holds every answer to 500 ms: a new
 * address's registration would wait for it and a taken one's not.
 */
async function sendVerification(account: { id: string; email: string }, locale: string): Promise<void> {
  const token = await signJWT({ email: account.email.toLowerCase(), userId: account.id }, identityConfig().secret, EMAIL_VERIFICATION_SECONDS);
  await queueIdentityEmail('verify', account.email, locale, token);
}

/** The link from the confirmation e-mail: true when it was right and in time. */
export async function confirmEmail(token: string, requestId: string): Promise<boolean> {
  try {
    await auth().api.verifyEmail({ query: { token } });
    await recordAudit(db(), { requestId, action: 'account.confirm-e-mail', outcome: 'SUCCESS' });
    return true;
  } catch (error) {
    if (errorCode(error) === null) throw error;
    await recordAudit(db(), { requestId, action: 'account.confirm-e-mail', outcome: 'FAILURE', detail: { reason: errorCode(error) } });
    return false;
  }
}

/**
 * "Forgotten password": a link goes to the address if an account uses it. The answer is the
 * same either way, and limited per address asked for and per client address.
 */
export async function requestPasswordReset(context: ActionContext, emailInput: string): Promise<'sent' | 'too-many'> {
  const email = normalEmail(emailInput);
  const withinLimits = (await hit(db(), limits.resetPerAddress, context.clientAddress)) && (await hit(db(), limits.resetPerAccount, email));
  await context.audit({ action: 'password.reset-request', outcome: withinLimits ? 'SUCCESS' : 'DENIED', detail: { address: context.clientAddress } });
  if (!withinLimits) return 'too-many';
  await auth().api.requestPasswordReset({ body: { email, redirectTo: `/${context.locale}/reset-password` } });
  return 'sent';
}

/** A new password from the reset link; it also unlocks a locked account and ends every session. */
export async function resetPassword(context: ActionContext, token: string, newPassword: string): Promise<'changed' | 'invalid-link'> {
  try {
    await auth().api.resetPassword({ body: { token, newPassword } });
  } catch (error) {
    if (errorCode(error) === null) throw error;
    await context.audit({ action: 'password.reset', outcome: 'FAILURE', detail: { reason: errorCode(error) } });
    return 'invalid-link';
  }
  await context.audit({ action: 'password.reset', outcome: 'SUCCESS' });
  return 'changed';
}

export async function acceptTerms(context: ActionContext): Promise<void> {
  const version = await currentTermsVersion();
  await db().account.update({ where: { id: context.person!.accountId }, data: { acceptedTermsVersion: version } });
  await context.audit({ action: 'terms.accept', outcome: 'SUCCESS', detail: { version } });
}

/** Ends the session on the server (R-TOU-05); returns the cookies that clear it in the browser. */
export async function endSession(requestHeaders: Headers, sessionId: string | undefined): Promise<string[]> {
  const { headers } = await auth().api.signOut({ headers: requestHeaders, returnHeaders: true });
  if (sessionId) await db().session.deleteMany({ where: { id: sessionId } });
  return headers.getSetCookie();
}

export async function signOut(context: ActionContext): Promise<void> {
  await endSession(context.requestHeaders, context.person?.sessionId);
  await context.audit({ action: 'sign-out', outcome: 'SUCCESS' });
}
