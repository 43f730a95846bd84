// The one Prisma client of the app process. Reads DATABASE_URL at first use, so a build needs
// no database. Connection attempts give up quickly: a database outage must show the calm
// "service unavailable" page and a 503 from /api/health, not hang.
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';

export type Database = PrismaClient;

const holder = globalThis as { anknytningDatabase?: PrismaClient };

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set (npm start sets it for the embedded database)');
  return url;
}

export function db(): PrismaClient {
  if (!holder.anknytningDatabase) {
    const pool = new pg.Pool({
      connectionString: databaseUrl(),
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      connectionTimeoutMillis: 2_000,
      idleTimeoutMillis: 30_000,
    });
    // An idle connection the server closed (restart, failover) is dropped and replaced
    // on next use; without a listener the error would end the process.
    pool.on('error', () => {});
    holder.anknytningDatabase = new PrismaClient({ adapter: new PrismaPg(pool) });
  }
  return holder.anknytningDatabase;
}
