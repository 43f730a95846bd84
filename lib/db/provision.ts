// Getting a database ready for the app: the configured one (DATABASE_URL) or the embedded
// default, migrated, and seeded with demo data when it is the embedded one.
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded';
import { PrismaClient } from './generated/client';
import { applyMigrations } from './migrations';
import { seedDemoData } from './seed';

export const EMBEDDED_DEFAULTS = {
  dataDir: path.resolve(import.meta.dirname, '../../.data/postgres'),
  port: 54329,
};

export interface ProvidedDatabase {
  url: string;
  /** Present when the embedded server was started here; stop it when the app stops. */
  embedded?: EmbeddedDatabase;
}

export async function provideDatabase(env: NodeJS.ProcessEnv = process.env): Promise<ProvidedDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  const embedded = await startEmbeddedDatabase({
    dataDir: env.EMBEDDED_DATABASE_DIR ? path.resolve(env.EMBEDDED_DATABASE_DIR) : EMBEDDED_DEFAULTS.dataDir,
    port: Number(env.EMBEDDED_DATABASE_PORT ?? EMBEDDED_DEFAULTS.port),
  });
  return { url: embedded.url, embedded };
}

export async function seed(url: string, authSecret?: string): Promise<void> {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    await seedDemoData(client, { authSecret });
  } finally {
    await client.$disconnect();
  }
}

/** Applies pending migrations; seeds demo data when asked. Returns the migrations applied. */
export async function prepareDatabase(url: string, { demoData, authSecret }: { demoData: boolean; authSecret?: string }): Promise<string[]> {
  const applied = await applyMigrations(url);
  if (demoData) await seed(url, authSecret);
  return applied;
}
