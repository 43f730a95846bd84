import { afterEach, beforeAll, afterAll, describe, expect, test } from 'vitest';
import type { PrismaClient } from '@/lib/db/generated/client';
import { createMigratedDatabase } from '@/test/database';
import { moveClockTo, serviceClock, systemClock } from './clock';

let db: PrismaClient;
beforeAll(async () => {
  db = await createMigratedDatabase();
});
afterAll(async () => {
  await db?.$disconnect();
});
afterEach(() => {
  delete process.env.ADJUSTABLE_CLOCK;
});

const aWeek = 7 * 24 * 60 * 60 * 1000;

describe('the service clock', () => {
  test('R-SPQ-03 with ADJUSTABLE_CLOCK=1 a test moves the service’s time through the database, and it runs on from there', async () => {
    process.env.ADJUSTABLE_CLOCK = '1';
    expect(Math.abs((await serviceClock(db)).now().getTime() - Date.now())).toBeLessThan(1_000);
    await moveClockTo(db, new Date(Date.now() + aWeek));
    const moved = await serviceClock(db);
    expect(Math.abs(moved.now().getTime() - (Date.now() + aWeek))).toBeLessThan(1_000);
    // Time goes on from where it was moved to.
    const first = moved.now().getTime();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(moved.now().getTime()).toBeGreaterThan(first);
  });

  test('R-SPQ-03 without it the clock is the system’s, whatever the database holds, and cannot be moved', async () => {
    await db.clockOffset.upsert({ where: { id: 1 }, create: { id: 1, offsetMs: BigInt(aWeek) }, update: { offsetMs: BigInt(aWeek) } });
    expect(await serviceClock(db)).toBe(systemClock);
    await expect(moveClockTo(db, new Date())).rejects.toThrow(/ADJUSTABLE_CLOCK=1/);
  });
});
