import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase } from '@/test/database';
import { PrismaClient } from './generated/client';
import { applyMigrations, diffDatabaseToSchema, isEmptyMigration, readMigrationList } from './migrations';
import { seedDemoData } from './seed';

describe('migrations', () => {
  let url: string;
  let client: PrismaClient;
  let firstRun: string[];

  beforeAll(async () => {
    url = await createTestDatabase();
    firstRun = await applyMigrations(url);
    client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  });
  afterAll(() => client?.$disconnect());

  test('applied to an empty database they give exactly schema.prisma (empty diff)', async () => {
    expect(firstRun).toEqual(readMigrationList().migrationDirectories.map((dir) => dir.path.split('/').pop()));
    const diff = await diffDatabaseToSchema(url);
    expect(isEmptyMigration(diff), `unexpected difference:\n${diff}`).toBe(true);
  });

  test('applying them again changes nothing', async () => {
    expect(await applyMigrations(url)).toEqual([]);
  });

  test('a schema change the migrations lack shows up in the diff', async () => {
    const raw = new pg.Client({ connectionString: url });
    await raw.connect();
    try {
      await raw.query('ALTER TABLE "account" ADD COLUMN "stray" TEXT');
      expect(await diffDatabaseToSchema(url)).toMatch(/DROP COLUMN "stray"/);
    } finally {
      await raw.query('ALTER TABLE "account" DROP COLUMN "stray"');
      await raw.end();
    }
  });

  test('R-TOU-02 audit rows and case events cannot be changed or removed', async () => {
    const entry = await client.auditLog.create({
      data: { requestId: 'req-1', action: 'sign_in', outcome: 'SUCCESS' },
    });
    await expect(client.auditLog.update({ where: { id: entry.id }, data: { outcome: 'FAILURE' } })).rejects.toThrow(
      /append-only/,
    );
    await expect(client.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    await expect(client.$executeRawUnsafe('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    expect(await client.auditLog.count()).toBe(1);

    await seedDemoData(client);
    await expect(client.caseEvent.updateMany({ data: { type: 'DECIDED' } })).rejects.toThrow(/append-only/);
    await expect(client.caseEvent.deleteMany()).rejects.toThrow(/append-only/);
  });

  test('demo data can be seeded again without duplicates', async () => {
    await seedDemoData(client, { authSecret: 'a test secret' });
    await seedDemoData(client, { authSecret: 'a test secret' });
    // Amira's and Leila's cases (Leila's sponsor has been asked), and a family of three applying together.
    expect(await client.case.count()).toBe(5);
    expect(await client.caseEvent.count()).toBe(6);
    expect(await client.document.count()).toBe(3);
    expect(await client.serviceNotice.count()).toBe(1);
    // Four e-ID staff and a two-step caseworker, two applicants, the sponsor and one more
    // person; each e-ID person once, with one e-ID credential, and the caseworker's password.
    expect(await client.account.count()).toBe(9);
    expect(await client.credential.count()).toBe(8);
    expect(await client.twoFactor.count()).toBe(1);
  });
});
