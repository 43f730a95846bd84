import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PrismaClient } from '@/lib/db/generated/client';
import { applyMigrations } from '@/lib/db/migrations';
import { createTestDatabase } from '@/test/database';
import { currentNotices, noticeText } from '.';

describe('noticeText', () => {
  test('picks the page language, then Swedish, then English', () => {
    expect(noticeText({ sv: 'Underhåll', en: 'Maintenance', ar: 'صيانة' }, 'ar')).toBe('صيانة');
    expect(noticeText({ sv: 'Underhåll', en: 'Maintenance' }, 'ar')).toBe('Underhåll');
    expect(noticeText({ en: 'Maintenance' }, 'sv')).toBe('Maintenance');
  });

  test('ignores malformed messages instead of failing the page', () => {
    expect(noticeText('plain text', 'sv')).toBeNull();
    expect(noticeText({ sv: 42 }, 'sv')).toBeNull();
    expect(noticeText({}, 'sv')).toBeNull();
  });
});

describe('R-TOU-06 current notices', () => {
  let client: PrismaClient;
  beforeAll(async () => {
    const url = await createTestDatabase();
    await applyMigrations(url);
    process.env.DATABASE_URL = url;
    client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  });
  afterAll(() => client?.$disconnect());

  test('shows a notice only between its show-from and show-until times', async () => {
    const now = new Date('2026-12-01T12:00:00Z');
    const hour = 60 * 60 * 1000;
    await client.serviceNotice.createMany({
      data: [
        { kind: 'MAINTENANCE', message: { sv: 'pågår' }, showFrom: new Date(now.getTime() - hour), showUntil: new Date(now.getTime() + hour) },
        { kind: 'CLOSURE', message: { sv: 'kommande' }, showFrom: new Date(now.getTime() + hour), showUntil: new Date(now.getTime() + 2 * hour) },
        { kind: 'INFORMATION', message: { sv: 'passerad' }, showFrom: new Date(now.getTime() - 2 * hour), showUntil: now },
      ],
    });
    expect(await currentNotices('sv', now)).toEqual([expect.objectContaining({ kind: 'MAINTENANCE', text: 'pågår' })]);
  });
});
