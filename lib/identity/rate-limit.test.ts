import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PrismaClient } from '@/lib/db/generated/client';
import { createMigratedDatabase } from '@/test/database';
import { hit } from './rate-limit';

let db: PrismaClient;
beforeAll(async () => {
  db = await createMigratedDatabase();
});
afterAll(() => db?.$disconnect());

describe('rate limits in PostgreSQL', () => {
  const limit = { name: 'test', max: 3, windowSeconds: 60 };

  test('allow up to the limit in a window, refuse beyond it, per subject', async () => {
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await hit(db, limit, '203.0.113.7'));
    expect(results).toEqual([true, true, true, false, false]);
    expect(await hit(db, limit, '203.0.113.8')).toBe(true);
  });

  test('a new window starts counting again', async () => {
    for (let i = 0; i < 4; i++) await hit(db, limit, 'someone@example.org');
    expect(await hit(db, limit, 'SOMEONE@example.org')).toBe(false);
    await db.rateLimit.update({ where: { key: 'test:someone@example.org' }, data: { windowStarted: new Date(Date.now() - 61_000) } });
    expect(await hit(db, limit, 'someone@example.org')).toBe(true);
  });

  test('concurrent hits are all counted (one statement each)', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => hit(db, { ...limit, max: 6 }, 'busy')));
    expect(results.filter(Boolean)).toHaveLength(6);
  });
});
