// Whether the answer's timing tells who has an account: runs registration and password
// sign-in (lib/identity/sign-in.ts, the code the server actions call) against a real
// PostgreSQL, and prints the medians of the paths an outsider must not tell apart:
//   register   an address that has an account   vs  a new address
//   sign-in    a locked account's address       vs  an unknown address
// Samples of the two sides alternate, so that a noisy machine slows both alike. Each taken or
// unknown address is asked once, as someone probing addresses would. The HTTP request and
// the action wrapper around these calls do the same work on both sides and are left out.
//   npm run bench:identity-timing [-- rounds]    (BENCH_DATABASE_URL: an empty database to use)
import { randomUUID } from 'node:crypto';
import type { ActionContext } from '../lib/actions';
import { recordAudit } from '../lib/audit';
import { db } from '../lib/db/client';
import { benchDatabase } from './database';
import { applyMigrations } from '../lib/db/migrations';
import { LOCK_AFTER_FAILURES, registerAccount, signInWithPassword } from '../lib/identity/sign-in';
import { setIdentityEnvironment } from '../test/identity-env';

const rounds = Number(process.argv[2] ?? 25);
const PASSWORD = 'a long enough passphrase';

const database = await benchDatabase('identity');
await applyMigrations(database.url);
const stopDiscovery = await setIdentityEnvironment();

/** What the action wrapper gives a handler; each call from its own client address, below every rate limit. */
function context(): ActionContext {
  const requestId = randomUUID();
  return {
    requestId,
    person: null,
    clientAddress: `bench-${requestId}`,
    requestHeaders: new Headers(),
    locale: 'en',
    audit: (entry) => recordAudit(db(), { ...entry, requestId }),
  };
}

const address = () => `${randomUUID()}@bench.example`;

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Alternates the two sides `rounds` times (after two rounds to warm up) and prints their medians. */
async function compare(label: string, names: [string, string], first: () => Promise<unknown>, second: () => Promise<unknown>) {
  const times: [number[], number[]] = [[], []];
  for (let round = -2; round < rounds; round++) {
    // Which side goes first alternates too.
    const order = round % 2 ? ([0, 1] as const) : ([1, 0] as const);
    for (const side of order) {
      const took = await timed(side === 0 ? first : second);
      if (round >= 0) times[side].push(took);
    }
  }
  const [a, b] = times.map(median) as [number, number];
  console.log(`${label.padEnd(28)} ${names[0]} ${a.toFixed(0)} ms, ${names[1]} ${b.toFixed(0)} ms, ratio ${(a / b).toFixed(2)}`);
}

try {
  for (const twoStep of [false, true]) {
    // Addresses that have an account, one for each probe.
    const taken: string[] = [];
    for (let i = 0; i < rounds + 2; i++) {
      const email = address();
      await registerAccount(context(), { email, password: PASSWORD, twoStep });
      taken.push(email);
    }
    await compare(
      `register${twoStep ? ' (two-step)' : ''}:`,
      ['taken', 'new'],
      () => registerAccount(context(), { email: taken.pop()!, password: 'another passphrase here', twoStep }),
      () => registerAccount(context(), { email: address(), password: 'another passphrase here', twoStep }),
    );
  }

  const locked = address();
  await registerAccount(context(), { email: locked, password: PASSWORD, twoStep: false });
  await db().account.update({ where: { email: locked }, data: { emailVerified: true } });
  for (let i = 0; i < LOCK_AFTER_FAILURES; i++) await signInWithPassword(context(), locked, 'a wrong passphrase');
  if (!(await db().account.findUnique({ where: { email: locked } }))?.lockedAt) throw new Error('the account did not lock');
  await compare(
    'sign-in after the lock:',
    ['locked', 'unknown'],
    () => signInWithPassword(context(), locked, 'a wrong passphrase'),
    () => signInWithPassword(context(), address(), 'a wrong passphrase'),
  );
  await compare(
    'sign-in, right password:',
    ['locked', 'unknown'],
    () => signInWithPassword(context(), locked, PASSWORD),
    () => signInWithPassword(context(), address(), PASSWORD),
  );
} finally {
  await db().$disconnect();
  stopDiscovery();
  await database.stop();
}
