// Registration and password sign-in against a real PostgreSQL. How long each path takes is
// measured by `npm run bench:identity-timing`, not here (a timed test on a shared machine is
// flaky); these tests pin the structure that makes the times equal: the same statements.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ActionContext } from '@/lib/actions';
import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrations';
import { createTestDatabase } from '@/test/database';
import { setIdentityEnvironment } from '@/test/identity-env';
import { confirmEmail, LOCK_AFTER_FAILURES, registerAccount, signInWithPassword } from './sign-in';

let stopDiscovery: () => void;
beforeAll(async () => {
  const url = await createTestDatabase();
  await applyMigrations(url);
  process.env.DATABASE_URL = url;
  stopDiscovery = await setIdentityEnvironment();
});
afterAll(async () => {
  await db().$disconnect();
  stopDiscovery?.();
});

function context(): ActionContext {
  const requestId = randomUUID();
  return {
    requestId,
    person: null,
    clientAddress: `test-${requestId}`,
    requestHeaders: new Headers(),
    locale: 'en',
    audit: (entry) => recordAudit(db(), { ...entry, requestId }),
  };
}

const address = () => `${randomUUID()}@example.org`;
const PASSWORD = 'a long enough passphrase';

/**
 * The statements `work` sends to PostgreSQL, read on the wire from the pg driver under
 * Prisma's adapter (the code under test is not touched).
 */
async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  const statements: string[] = [];
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    statements.push(typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string }).text ?? ''));
    return (query as (...inner: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  try {
    await work();
  } finally {
    pg.Client.prototype.query = query;
  }
  return statements;
}

/** The writes among them, as "INSERT account", "DELETE session", …, sorted. */
async function writesOf(work: () => Promise<unknown>): Promise<string[]> {
  const writes = (await statementsOf(work)).map((text) => /^\s*(INSERT|UPDATE|DELETE)\s+(?:INTO\s+|FROM\s+)?(?:"?public"?\.)?"?(\w+)/i.exec(text));
  return writes.flatMap((write) => (write ? [`${write[1]!.toUpperCase()} ${write[2]}`] : [])).sort();
}

describe('registering an address', () => {
  test.each([false, true])(
    'R-MS-01 an address in use does the writes of a new account (two-step: %s), keeps no trace of them and e-mails its owner',
    async (twoStep) => {
      const taken = address();
      await registerAccount(context(), { email: taken, password: PASSWORD, twoStep });
      const accountsBefore = await db().account.count();

      const newWrites = await writesOf(() => registerAccount(context(), { email: address(), password: PASSWORD, twoStep }));
      const takenWrites = await writesOf(() => registerAccount(context(), { email: taken, password: PASSWORD, twoStep }));

      // The account, its password (argon2 made by better-auth) and, for two-step, its
      // authenticator are written either way; an address in use then deletes its throwaway
      // without waiting for it.
      expect(newWrites).toContain('INSERT account');
      expect(newWrites).toContain('INSERT credential');
      expect(takenWrites.filter((write) => write !== 'DELETE account')).toEqual(newWrites);
      await expect.poll(() => db().account.count()).toBe(accountsBefore + 1);
      const mails = await db().outboxEmail.findMany({ where: { to: taken }, select: { kind: true } });
      expect(mails.map((mail) => mail.kind).sort()).toEqual(['account-exists-email', 'verify-email']);
    },
  );

  test('R-MS-01 the link e-mailed to a new address confirms it', async () => {
    const email = address();
    await registerAccount(context(), { email, password: PASSWORD, twoStep: false });
    const mail = await db().outboxEmail.findFirstOrThrow({ where: { to: email, kind: 'verify-email' } });
    const token = decodeURIComponent(/token=([^\s&]+)/.exec(mail.text)![1]!);
    expect(await confirmEmail(token, randomUUID())).toBe(true);
    expect((await db().account.findUniqueOrThrow({ where: { email } })).emailVerified).toBe(true);
  });
});

describe('a locked account', () => {
  test('R-TOU-02 a sign-in to a locked account sends PostgreSQL what one for an unknown address does: the same reads, as many writes', async () => {
    const locked = address();
    await registerAccount(context(), { email: locked, password: PASSWORD, twoStep: false });
    await db().account.update({ where: { email: locked }, data: { emailVerified: true } });
    for (let i = 0; i < LOCK_AFTER_FAILURES; i++) await signInWithPassword(context(), locked, 'a wrong passphrase');
    expect(await signInWithPassword(context(), locked, PASSWORD)).toBe('locked');

    // Statements as "SELECT account", "INSERT rate_limit", …: the reads show better-auth's
    // look-up (before its argon2 hash) on both paths.
    const shape = async (email: string) =>
      (await statementsOf(() => signInWithPassword(context(), email, 'a wrong passphrase'))).map((text) => {
        const verb = /^\s*(\w+)/.exec(text)![1]!.toUpperCase();
        const table = /(?:FROM|INTO|UPDATE)\s+(?:"?public"?\.)?"?(\w+)/i.exec(text)?.[1];
        return `${verb} ${table}`;
      });
    const [whenLocked, whenUnknown] = [await shape(locked), await shape(address())];
    const reads = (statements: string[]) => statements.filter((statement) => statement.startsWith('SELECT')).sort();
    expect(reads(whenLocked)).toEqual(reads(whenUnknown));
    expect(whenLocked).toHaveLength(whenUnknown.length);
  });
});
