import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, test } from 'vitest';
import { blockingFolder, EmbeddedDatabaseError, startEmbeddedDatabase, type EmbeddedDatabase } from './embedded';

const folders: string[] = [];
const servers: EmbeddedDatabase[] = [];

/** A temporary folder; 777 so that the `postgres` user can enter it when the tests run as root. */
function temporaryFolder(mode = 0o777): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'anknytning-embedded-'));
  fs.chmodSync(folder, mode);
  folders.push(folder);
  return folder;
}

async function startServer(): Promise<{ server: EmbeddedDatabase; dataDir: string }> {
  const dataDir = path.join(temporaryFolder(), 'data');
  const server = await startEmbeddedDatabase({ dataDir, port: 58000 + Math.floor(Math.random() * 1000) });
  servers.push(server);
  return { server, dataDir };
}

const postmasterPid = (dataDir: string) => Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop();
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

describe('the embedded database when its process dies', () => {
  test('kill -9 of the postmaster: it is started again on the same data, says so twice, and answers queries', { timeout: 90_000 }, async () => {
    const { server, dataDir } = await startServer();
    await query(server.url, 'CREATE TABLE kept (value text); INSERT INTO kept VALUES ($$before the crash$$)');
    const lines: string[] = [];
    const back = new Promise<void>((resolve, reject) =>
      server.keepRunning({
        log: (line) => {
          lines.push(line);
          if (/running again/.test(line)) resolve();
        },
        giveUp: (line) => reject(new Error(line)),
      }),
    );
    const pid = postmasterPid(dataDir);
    process.kill(pid, 'SIGKILL');
    await back;

    expect(lines[0]).toMatch(/^The embedded PostgreSQL stopped \(SIGKILL\); starting it again on .*, port \d+\.$/);
    expect(lines.at(-1)).toMatch(/^The embedded PostgreSQL is running again on port \d+\.$/);
    expect(postmasterPid(dataDir)).not.toBe(pid);
    // Recovered from its log: what was committed before the crash is there.
    expect(await query<{ value: string }>(server.url, 'SELECT value FROM kept')).toEqual([{ value: 'before the crash' }]);
  });

  test('a server that cannot start again is given up after its attempts, with the reason', { timeout: 60_000 }, async () => {
    const { server, dataDir } = await startServer();
    const lines: string[] = [];
    const gaveUp = new Promise<string>((resolve) => server.keepRunning({ log: (line) => lines.push(line), giveUp: resolve }, [50, 50, 50]));
    process.kill(postmasterPid(dataDir), 'SIGKILL');
    // Its data folder gone, PostgreSQL refuses to start.
    fs.renameSync(dataDir, `${dataDir}-moved`);

    expect(await gaveUp).toMatch(/^The embedded PostgreSQL could not be started again after 3 attempts \(postgres: could not access directory .*: No such file or directory\)\.$/);
    expect(lines.filter((line) => /did not start \(attempt \d of 3: .*could not access/.test(line))).toHaveLength(3);
  });

  test('a deliberate stop is not restarted', async () => {
    const { server } = await startServer();
    const lines: string[] = [];
    server.keepRunning({ log: (line) => lines.push(line), giveUp: (line) => lines.push(line) }, [10]);
    await server.stop();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(lines).toEqual([]);
  });
});

describe('a data folder the postgres user cannot reach', () => {
  const postgresUser = { uid: 54321, gid: 54321 };

  test('a mode-700 folder on the way is named, with its mode', () => {
    const parent = temporaryFolder(0o700);
    expect(blockingFolder(path.join(parent, 'project/.data/postgres'), postgresUser)).toEqual({ folder: parent, mode: 0o700 });
    fs.chmodSync(parent, 0o701);
    expect(blockingFolder(path.join(parent, 'project/.data/postgres'), postgresUser)).toBeNull();
  });

  test('owner bits count for the owner, group bits for the group, before the others bits', () => {
    const parent = temporaryFolder(0o070);
    const owner = { uid: fs.statSync(parent).uid, gid: 54321 };
    expect(blockingFolder(parent, owner)).toEqual({ folder: parent, mode: 0o070 });
    expect(blockingFolder(parent, { uid: 54321, gid: fs.statSync(parent).gid })).toBeNull();
    fs.chmodSync(parent, 0o701);
    expect(blockingFolder(parent, { uid: 54321, gid: fs.statSync(parent).gid })).toEqual({ folder: parent, mode: 0o701 });
  });

  test.runIf(process.getuid?.() === 0)('run as root, start refuses in one line naming the folder and both ways out, before initdb', async () => {
    const parent = temporaryFolder(0o700);
    const dataDir = path.join(parent, 'checkout/.data/postgres');
    const started = startEmbeddedDatabase({ dataDir, port: 59500 });
    await expect(started).rejects.toBeInstanceOf(EmbeddedDatabaseError);
    const message = await started.catch((error: Error) => error.message);
    expect(message).not.toContain('\n');
    expect(message).toContain(`cannot enter ${parent} (mode 700)`);
    expect(message).toMatch(/a folder every user can enter.*DATABASE_URL/);
    expect(fs.existsSync(dataDir)).toBe(false);
  });
});
