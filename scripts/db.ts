// Database chores, one command each (see README, "Database"; `npm run db:generate` makes the client):
//   migrate                  apply pending migrations (DATABASE_URL, else the embedded database)
//   create-migration <name>  write a migration that takes the migrations to schema.prisma
//   check                    fail when the migrations do not give exactly schema.prisma
//   seed                     demo data
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedDatabase } from '../lib/db/embedded';
import { applyMigrations, createMigration, diffDatabaseToSchema, isEmptyMigration } from '../lib/db/migrations';
import { provideDatabase, seed } from '../lib/db/provision';
import { persistentSecret } from '../lib/identity/local-settings';

/** A throwaway PostgreSQL server for commands that need an empty database. */
async function withScratchDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'anknytning-scratch-'));
  fs.chmodSync(dataDir, 0o777); // the server may run as the postgres user
  const server = await startEmbeddedDatabase({ dataDir, port: 55000 + Math.floor(Math.random() * 5000) });
  try {
    await server.createDatabase('scratch');
    return await work(server.urlFor('scratch'));
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function withAppDatabase(work: (url: string) => Promise<void>) {
  const database = await provideDatabase();
  try {
    await work(database.url);
  } finally {
    await database.embedded?.stop();
  }
}

const [command, ...args] = process.argv.slice(2);
switch (command) {
  case 'migrate':
    await withAppDatabase(async (url) => {
      const applied = await applyMigrations(url);
      console.log(applied.length ? `Applied ${applied.join(', ')}` : 'No pending migrations');
    });
    break;
  case 'create-migration': {
    const name = args[0];
    if (!name) throw new Error('usage: npm run db:create-migration -- <name>');
    const folder = await withScratchDatabase((url) => createMigration(url, name));
    console.log(folder ? `Wrote ${path.relative(process.cwd(), folder)}/migration.sql` : 'schema.prisma needs no migration');
    break;
  }
  case 'check': {
    const diff = await withScratchDatabase(async (url) => {
      await applyMigrations(url);
      return diffDatabaseToSchema(url);
    });
    if (!isEmptyMigration(diff)) {
      console.error(`The migrations do not give schema.prisma; missing:\n${diff}`);
      process.exitCode = 1;
    } else console.log('The migrations give exactly schema.prisma');
    break;
  }
  case 'seed':
    // The app's secret encrypts the two-step demo caseworker's authenticator key.
    await withAppDatabase((url) => seed(url, process.env.AUTH_SECRET ?? persistentSecret(path.resolve(import.meta.dirname, '../.data'))));
    console.log('Demo data seeded');
    break;
  default:
    console.error('usage: tsx scripts/db.ts migrate|create-migration <name>|check|seed');
    process.exitCode = 2;
}
// The schema engine leaves a timer running; one-shot commands end here.
process.exit();
