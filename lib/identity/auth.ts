// better-auth: sessions, password hashing (argon2id), authenticator codes and e-ID over
// OpenID Connect. The app calls it from server actions (lib/identity/sign-in.ts); of its
// HTTP endpoints only the e-ID callback is reachable (app/api/auth/callback/…), so every
// other step goes through our rate limits, lockout and audit log.
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { genericOAuth } from 'better-auth/plugins/generic-oauth';
import { twoFactor } from 'better-auth/plugins/two-factor';
import { db } from '@/lib/db/client';
import type { SignInMethod } from '@/lib/db/generated/enums';
import { EID_PROVIDER_ID, cookiesAreSecure, eidPlaceholderEmail, identityConfig, type IdentityConfig } from './config';
import { localeOfCallback, queueIdentityEmail } from './emails';
import { hashPassword, verifyPassword } from './passwords';
import { PERSONAL_NUMBER_CLAIM, PERSONAL_NUMBER_SCOPE } from './local-eid/identities';

/** A session ends after 30 minutes without a request (R-TOU-05); each request moves it on. */
export const IDLE_TIMEOUT_SECONDS = 30 * 60;
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
/** How long the link that confirms an address works. */
export const EMAIL_VERIFICATION_SECONDS = 24 * 60 * 60;

/**
 * better-auth's error code, or null for any other error. Not `instanceof APIError`: the proxy
 * and the pages are separate bundles, each with its own copy of the class, and the one auth
 * instance of the process may come from either.
 */
export function errorCode(error: unknown): string | null {
  if (!(error instanceof Error) || error.name !== 'APIError') return null;
  return String((error as { body?: { code?: unknown } }).body?.code ?? '');
}

/** How the person proved who they are, from the endpoint that made the session. */
function signInMethodFor(path: string | undefined): SignInMethod {
  if (path?.startsWith('/callback/')) return 'EID';
  if (path?.startsWith('/two-factor/verify-')) return 'TWO_STEP';
  return 'PASSWORD';
}

function createAuth(config: IdentityConfig) {
  return betterAuth({
    appName: 'Anknytning',
    baseURL: config.appUrl,
    basePath: '/api/auth',
    secret: config.secret,
    telemetry: { enabled: false },
    // Failed sign-ins are in the audit log; better-auth's own warnings about them are noise.
    logger: { level: 'error' },
    database: prismaAdapter(db(), { provider: 'postgresql' }),
    // better-auth's "user" is our Account, its "account" our Credential.
    user: {
      modelName: 'account',
      fields: { name: 'displayName' },
      additionalFields: {
        personalIdentityNumber: { type: 'string', required: false, input: true },
        givenName: { type: 'string', required: false, input: true },
        familyName: { type: 'string', required: false, input: true },
        twoStepChosen: { type: 'boolean', required: false, input: true, defaultValue: false },
      },
    },
    account: {
      modelName: 'credential',
      fields: { accountId: 'providerAccountId', userId: 'ownerAccountId' },
      // An e-ID identity never joins a password account by a matching e-mail address.
      accountLinking: { enabled: false },
    },
    session: {
      modelName: 'session',
      fields: { userId: 'accountId' },
      expiresIn: IDLE_TIMEOUT_SECONDS,
      updateAge: 0,
      // Every request reads the session row, so signing out or barring takes effect at once.
      cookieCache: { enabled: false },
      additionalFields: { signInMethod: { type: 'string', required: true, input: false } },
    },
    verification: { modelName: 'verification' },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      autoSignIn: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: ({ user, url, token }) => queueIdentityEmail('reset', user.email, localeOfCallback(url), token),
      // The link reached the person's mailbox: the address is theirs, and a lock ends.
      onPasswordReset: async ({ user }) => {
        await db().account.update({ where: { id: user.id }, data: { lockedAt: null, failedSignIns: 0, emailVerified: true } });
      },
      password: {
        hash: hashPassword,
        verify: ({ hash: stored, password }) => verifyPassword(stored, password),
      },
    },
    emailVerification: {
      expiresIn: EMAIL_VERIFICATION_SECONDS,
      sendVerificationEmail: ({ user, url, token }) => queueIdentityEmail('verify', user.email, localeOfCallback(url), token),
    },
    advanced: {
      database: { generateId: 'uuid' },
      cookiePrefix: 'anknytning',
      useSecureCookies: false,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure: cookiesAreSecure(config.appUrl) },
      // Set by scripts/serve.js from the connection; clients cannot choose it.
      ipAddress: { ipAddressHeaders: ['x-client-address'] },
    },
    // Limits live in lib/identity/rate-limit.ts, in PostgreSQL, around every sign-in step.
    rateLimit: { enabled: false },
    databaseHooks: {
      session: {
        create: {
          before: async (session, context) => ({ data: { ...session, signInMethod: signInMethodFor(context?.path) } }),
        },
      },
    },
    plugins: [
      twoFactor({
        issuer: 'Anknytning',
        schema: { twoFactor: { fields: { userId: 'accountId' } } },
        backupCodeOptions: { amount: 10, length: 10, storeBackupCodes: 'encrypted' },
      }),
      genericOAuth({
        config: [
          {
            providerId: EID_PROVIDER_ID,
            discoveryUrl: `${config.eid.issuer}/.well-known/openid-configuration`,
            clientId: config.eid.clientId,
            clientSecret: config.eid.clientSecret,
            scopes: ['openid', 'profile', PERSONAL_NUMBER_SCOPE],
            pkce: true,
            requireIdTokenVerification: true,
            // Each sign-in proves the person again; the broker's own session is not reused.
            prompt: 'login',
            // One account per person: the e-ID identity is the personal identity number.
            accountSubject: ({ profile }) => String(profile[PERSONAL_NUMBER_CLAIM]),
            overrideUserInfo: true,
            mapProfileToUser: (profile) => {
              const personalIdentityNumber = String(profile[PERSONAL_NUMBER_CLAIM] ?? '');
              if (!/^\d{12}$/.test(personalIdentityNumber)) throw new Error('The e-ID gave no personal identity number');
              return {
                email: eidPlaceholderEmail(personalIdentityNumber),
                emailVerified: false,
                name: String(profile.name ?? ''),
                personalIdentityNumber,
                givenName: profile.given_name ? String(profile.given_name) : undefined,
                familyName: profile.family_name ? String(profile.family_name) : undefined,
              };
            },
          },
        ],
      }),
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const holder = globalThis as { anknytningAuth?: Auth };

/** The one better-auth instance of the process, made at first use (a build needs no settings). */
export function auth(): Auth {
  holder.anknytningAuth ??= createAuth(identityConfig());
  return holder.anknytningAuth;
}
