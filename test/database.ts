import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { inject } from 'vitest';
import { PrismaClient } from '@/lib/db/generated/client';
import { applyMigrations } from '@/lib/db/migrations';

/** A new, empty database on the test server; returns its connection URL. */
export async function createTestDatabase(): Promise<string> {
  const adminUrl = inject('postgresAdminUrl');
  const name = `test_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A new database with every migration applied, and a Prisma client on it. */
export async function createMigratedDatabase(): Promise<PrismaClient> {
  return (await createMigratedDatabaseAt()).db;
}

/** The same, with the database's URL for what connects on its own (background jobs). */
export async function createMigratedDatabaseAt(): Promise<{ url: string; db: PrismaClient }> {
  const url = await createTestDatabase();
  await applyMigrations(url);
  return { url, db: new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) }) };
}
