import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PrismaPg } from '@prisma/adapter-pg';
import { expect, test } from '@playwright/test';
import { moveClockTo } from '../lib/clock';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../lib/db/embedded';
import { PrismaClient } from '../lib/db/generated/client';
import { DEADLINE_STEP, requestDeadlineSweep } from '../lib/jobs/worker';

// The real server (`npm start`'s scripts/start.ts, two server processes) on a database of its
// own, so that killing one of its processes disturbs no other test.
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
const PORT = 3105 + offset;
const baseURL = `http://127.0.0.1:${PORT}`;
const CASES = 200;
const DAY_MS = 24 * 60 * 60 * 1000;

let database: EmbeddedDatabase;
let dataDir: string;
let app: ChildProcess;
let db: PrismaClient;
const serverLog: string[] = [];

test.beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'anknytning-deadlines-'));
  fs.chmodSync(dataDir, 0o777);
  database = await startEmbeddedDatabase({ dataDir, port: 54335 + offset });
  app = spawn('./node_modules/.bin/tsx', ['scripts/start.ts'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      APP_URL: baseURL,
      DATABASE_URL: database.url,
      WEB_CONCURRENCY: '2',
      ADJUSTABLE_CLOCK: '1',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [app.stdout!, app.stderr!]) stream.on('data', (chunk: Buffer) => serverLog.push(chunk.toString()));
  db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  process.env.ADJUSTABLE_CLOCK = '1';
});

test.afterAll(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) console.log(serverLog.join(''));
  await db?.$disconnect();
  if (app && app.exitCode === null) {
    app.kill('SIGTERM');
    await new Promise((resolve) => app.once('exit', resolve));
  }
  await database?.stop().catch(() => {});
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** The cluster's server processes under our app: serve.js processes whose parent is serve.js. */
function serverProcesses(): number[] {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => {
      const [pid, ppid, ...args] = line.trim().split(/\s+/);
      return { pid: Number(pid), ppid: Number(ppid), args: args.join(' ') };
    });
  const ours = new Set([app.pid!]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const row of rows) {
      if (ours.has(row.ppid) && !ours.has(row.pid)) {
        ours.add(row.pid);
        grew = true;
      }
    }
  }
  const serve = rows.filter((row) => ours.has(row.pid) && row.args.includes('scripts/serve.js'));
  return serve.filter((row) => serve.some((parent) => parent.pid === row.ppid)).map((row) => row.pid);
}

/** The process ids whose background jobs run (pg-boss's own record of its live instances). */
const jobProcesses = async () =>
  (await db.$queryRaw<{ pid: number }[]>`SELECT pid FROM pgboss.instance WHERE stopped_on IS NULL`).map((row) => row.pid).sort();

const reminders = () => db.caseEvent.count({ where: { type: 'QUESTIONNAIRE_REMINDED' } });

async function stepJobs(state: string, startedBefore = new Date(8.64e15)) {
  const [{ count }] = await db.$queryRaw<[{ count: bigint }]>`
    SELECT count(*) AS count FROM pgboss.job WHERE name = ${DEADLINE_STEP} AND state::text = ${state} AND started_on < ${startedBefore}`;
  return Number(count);
}

test('R-SPQ-03 kill -9 of one of two server processes in the middle of a reminder batch: afterwards every due reminder was sent exactly once', async ({ request }) => {
  test.setTimeout(420_000);
  await expect.poll(async () => (await request.get(`${baseURL}/api/health`).catch(() => null))?.status(), { timeout: 180_000 }).toBe(200);
  const [first, second] = serverProcesses();
  expect(second).toBeDefined();
  // Both processes run the jobs before any is due.
  await expect.poll(jobProcesses, { timeout: 60_000 }).toEqual([first, second].sort());

  // 200 applications registered today, each naming a sponsor: 200 invitations.
  await promisify(execFile)('./node_modules/.bin/tsx', ['e2e/support/register-applications.ts', String(CASES)], {
    env: { ...process.env, DATABASE_URL: database.url, APP_URL: baseURL },
  });
  expect(await db.outboxEmail.count({ where: { kind: 'questionnaire-invitation' } })).toBe(CASES);

  // A week later every one of them has its day 7 reminder due.
  await moveClockTo(db, new Date(Date.now() + 7 * DAY_MS));
  await requestDeadlineSweep(database.url);
  await expect.poll(reminders, { intervals: [20], timeout: 60_000 }).toBeGreaterThanOrEqual(10);
  const victim = first!;
  process.kill(victim, 'SIGKILL');
  const killedAt = new Date();
  const sentBeforeKill = await reminders();
  // The kill landed in the middle of the batch: some reminders recorded, most not yet.
  expect(sentBeforeKill).toBeGreaterThan(0);
  expect(sentBeforeKill).toBeLessThan(CASES);

  // The minute's sweep finds what the killed process left undone; here it is asked for at once.
  await requestDeadlineSweep(database.url);
  await expect.poll(reminders, { timeout: 120_000 }).toBe(CASES);
  // The killed process had taken step jobs it never finished: pg-boss still counts them active.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const orphaned = await stepJobs('active', killedAt);
  expect(orphaned).toBeGreaterThan(0);
  console.log(`${sentBeforeKill} of ${CASES} reminders recorded at the kill; ${orphaned} step jobs left taken by the killed process.`);

  // When they expire pg-boss hands them to a live process, which finds nothing left to do.
  await expect.poll(async () => (await stepJobs('active')) + (await stepJobs('created')) + (await stepJobs('retry')), { timeout: 240_000, intervals: [2_000] }).toBe(0);
  const perCase = await db.$queryRaw<{ reminders: bigint }[]>`
    SELECT count(e.id) AS reminders FROM "case" c LEFT JOIN case_event e ON e.case_id = c.id AND e.type = 'QUESTIONNAIRE_REMINDED'
    GROUP BY c.id`;
  expect(perCase).toHaveLength(CASES);
  expect(perCase.every((row) => row.reminders === 1n)).toBe(true);
  const emails = await db.outboxEmail.groupBy({ by: ['to'], where: { kind: 'questionnaire-reminder' }, _count: true });
  expect(emails).toHaveLength(CASES);
  expect(emails.every((row) => row._count === 1)).toBe(true);
  // The cluster replaced the killed process, and the replacement runs the jobs too.
  expect(serverProcesses()).not.toContain(victim);
  expect(serverProcesses()).toHaveLength(2);
});
