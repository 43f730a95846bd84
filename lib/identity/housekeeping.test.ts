import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PrismaClient } from '@/lib/db/generated/client';
import { createMigratedDatabase } from '@/test/database';
import { removeExpiredSignInRows, removeUnfinishedAccounts, UNFINISHED_ACCOUNT_DAYS } from './housekeeping';

let db: PrismaClient;
beforeAll(async () => {
  db = await createMigratedDatabase();
});
afterAll(async () => {
  await db?.$disconnect();
});

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000);
const old = daysAgo(UNFINISHED_ACCOUNT_DAYS + 1);

describe('housekeeping of sign-in', () => {
  test('R-MS-01 removes week-old accounts never finished, keeps every other, and audits each removal', async () => {
    const make = (email: string, data: Record<string, unknown>) => db.account.create({ data: { email, ...data } });
    const unconfirmed = await make('unconfirmed@example.org', { createdAt: old });
    const neverSetUp = await make('never-set-up@example.org', { createdAt: old, emailVerified: true, twoStepChosen: true });
    const kept = await Promise.all([
      make('new@example.org', { emailVerified: false }),
      make('finished@example.org', { createdAt: old, emailVerified: true }),
      make('two-step@example.org', { createdAt: old, emailVerified: true, twoStepChosen: true, twoFactorEnabled: true }),
      make('eid-198503121231@e-id.invalid', { createdAt: old, personalIdentityNumber: '198503121231' }),
      make('staff@example.org', { createdAt: old, roles: ['CASEWORKER'] }),
    ]);

    expect(await removeUnfinishedAccounts(db)).toBe(2);
    const left = (await db.account.findMany({ select: { id: true } })).map((account) => account.id);
    expect(left.sort()).toEqual(kept.map((account) => account.id).sort());
    const audited = await db.auditLog.findMany({ where: { action: 'account.remove-unfinished' }, select: { objectId: true } });
    expect(audited.map((row) => row.objectId).sort()).toEqual([unconfirmed.id, neverSetUp.id].sort());
    // Running again (another process, the next hour) removes nothing more.
    expect(await removeUnfinishedAccounts(db)).toBe(0);
  });

  test('removes expired sessions, links and spent rate-limit windows, and nothing current', async () => {
    const account = await db.account.create({ data: { email: 'sessions@example.org', emailVerified: true } });
    const session = (token: string, expiresAt: Date) =>
      db.session.create({ data: { token, expiresAt, accountId: account.id, signInMethod: 'PASSWORD' } });
    await session('expired', daysAgo(1));
    await session('current', daysAgo(-1));
    await db.verification.createMany({
      data: [
        { identifier: 'expired', value: 'x', expiresAt: daysAgo(1) },
        { identifier: 'current', value: 'x', expiresAt: daysAgo(-1) },
      ],
    });
    await db.rateLimit.createMany({
      data: [
        { key: 'spent', windowStarted: daysAgo(2), hits: 5 },
        { key: 'current', windowStarted: new Date(), hits: 5 },
      ],
    });

    await removeExpiredSignInRows(db);
    expect((await db.session.findMany()).map((row) => row.token)).toEqual(['current']);
    expect((await db.verification.findMany()).map((row) => row.identifier)).toEqual(['current']);
    expect((await db.rateLimit.findMany()).map((row) => row.key)).toEqual(['current']);
  });
});
