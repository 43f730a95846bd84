// The caseworker's queue at a million cases: fills an empty database with 1 000 000 registered
// cases (applications, cases and their REGISTERED events, made inside PostgreSQL with
// generate_series, not row by row), then times the queue's first page, a filtered page, the
// page after it and the counts per filter option, and prints EXPLAIN (ANALYZE, BUFFERS) of the
// statements each of them sends.
//   npm run bench:queue [-- cases rounds]    (BENCH_DATABASE_URL: an empty database to use)
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { benchDatabase } from './database';
import { missionNames } from '../forms/family-reunion/mission-names';
import { PrismaClient } from '../lib/db/generated/client';
import { applyMigrations } from '../lib/db/migrations';
import { queueCounts, queuePage, type QueueFilters, type QueuePosition } from '../lib/cases/queue';
import type { CaseScope } from '../lib/cases/queries';

const caseCount = Number(process.argv[2] ?? 1_000_000);
const rounds = Number(process.argv[3] ?? 50);

const database = await benchDatabase('queue');
await applyMigrations(database.url);

// The app's own client (lib/db/client.ts keeps it here), made with query events so that the
// statements the queue sends can be explained exactly as sent.
const statements: { query: string; params: string }[] = [];
const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }), log: [{ emit: 'event', level: 'query' }] });
client.$on('query', (event) => statements.push({ query: event.query, params: event.params }));
(globalThis as { anknytningDatabase?: PrismaClient }).anknytningDatabase = client;

const sql = new pg.Client({ connectionString: database.url });
await sql.connect();

const missions = Object.keys(missionNames('en'));

async function fill() {
  const started = performance.now();
  // Ids from the row number, so that case, application and event line up without a lookup.
  const uuid = (prefix: string) => `('${prefix}' || lpad(to_hex(i), 12, '0'))::uuid`;
  await sql.query(`
    INSERT INTO application (id, form_id, form_version, answers, submitted_at)
    SELECT ${uuid('00000000-0000-4000-8000-')}, 'family-reunion', 1,
           jsonb_build_object('applicantGivenName', 'Person', 'applicantFamilyName', 'Number ' || i),
           now() - (i % 1096) * interval '1 day' - (i % 86400) * interval '1 second'
    FROM generate_series(1, $1::int) AS i`, [caseCount]);
  // About three years of registrations; the states as a queue in steady work would hold them.
  await sql.query(`
    INSERT INTO "case" (id, control_number, designation_number, category, state, mission_id, application_id, created_at)
    SELECT ${uuid('10000000-0000-4000-8000-')}, 'B' || i, 'D' || i, 'family-reunion-close-relative',
           (CASE
              WHEN i % 100 < 40 THEN 'DECIDED' WHEN i % 100 < 52 THEN 'AWAITING_QUESTIONNAIRE'
              WHEN i % 100 < 56 THEN 'QUESTIONNAIRE_OVERDUE' WHEN i % 100 < 70 THEN 'READY_FOR_PROCESSING'
              WHEN i % 100 < 76 THEN 'AWAITING_SUPPLEMENT' WHEN i % 100 < 82 THEN 'IN_PROGRESS'
              WHEN i % 100 < 88 THEN 'AWAITING_INTERVIEW_BOOKING' WHEN i % 100 < 94 THEN 'INTERVIEW_BOOKED'
              ELSE 'REGISTERED' END)::"CaseState",
           ($2::text[])[1 + floor(random() * array_length($2::text[], 1))::int],
           ${uuid('00000000-0000-4000-8000-')},
           now() - (i % 1096) * interval '1 day' - (i % 86400) * interval '1 second'
    FROM generate_series(1, $1::int) AS i`, [caseCount, missions]);
  await sql.query(`
    INSERT INTO case_event (case_id, type, occurred_on, recorded_at)
    SELECT id, 'REGISTERED', (created_at AT TIME ZONE 'Europe/Stockholm')::date, created_at FROM "case"`);
  // A supplement came in for the cases now being handled.
  await sql.query(`
    INSERT INTO case_event (case_id, type, occurred_on, recorded_at)
    SELECT id, 'SUPPLEMENT_RECEIVED', (created_at AT TIME ZONE 'Europe/Stockholm')::date + 30, created_at + interval '30 days'
    FROM "case" WHERE state = 'IN_PROGRESS'`);
  await sql.query('VACUUM ANALYZE application, "case", case_event');
  console.log(`${caseCount} cases with their applications and events made in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const percentile = (values: number[], share: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))]!;
const all: CaseScope = { kind: 'all' };

async function measure(label: string, run: () => Promise<unknown>) {
  const times: number[] = [];
  for (let round = -5; round < rounds; round++) {
    const started = performance.now();
    await run();
    if (round >= 0) times.push(performance.now() - started);
  }
  console.log(`${label.padEnd(58)} p50 ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms`);
}

async function explain(label: string, run: () => Promise<unknown>) {
  statements.length = 0;
  await run();
  for (const [index, statement] of statements.entries()) {
    if (/^(BEGIN|COMMIT)/.test(statement.query)) continue;
    const plan = await sql.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.query}`, JSON.parse(statement.params) as unknown[]);
    console.log(`\n--- ${label}, statement ${index + 1}: ${statement.query.slice(0, 160)}…`);
    // The id lists of the statements that load a page's applications and events are long; their start says enough.
    for (const row of plan.rows as { 'QUERY PLAN': string }[]) console.log(row['QUERY PLAN'].length > 200 ? `${row['QUERY PLAN'].slice(0, 200)}…` : row['QUERY PLAN']);
  }
}

try {
  await fill();
  const first: QueueFilters = { order: 'oldest' };
  const filtered: QueueFilters = { order: 'oldest', state: 'AWAITING_SUPPLEMENT', missionId: missions[0] };
  const supplement: QueueFilters = { order: 'newest', supplementReceived: true, registeredFrom: '2025-01-01', registeredTo: '2025-12-31' };
  const secondPage = (await queuePage(all, filtered, null)).next;
  const position: QueuePosition = secondPage && { after: secondPage };
  const cases = [
    ['first page (all cases, oldest first)', () => queuePage(all, first, null)],
    [`filtered page (waiting for a supplement, ${missions[0]})`, () => queuePage(all, filtered, null)],
    ['the filtered page after it (keyset cursor)', () => queuePage(all, filtered, position)],
    ['supplement received, registered in 2025, newest first', () => queuePage(all, supplement, null)],
    ['embassy scope (one mission), first page', () => queuePage({ kind: 'missions', missionIds: [missions[1]!] }, first, null)],
    ['counts per filter option (whole scope)', () => queueCounts(all)],
  ] as const;
  console.log(`\nqueue, ${rounds} runs each after 5 to warm up, one connection pool, ${caseCount} cases`);
  for (const [label, run] of cases) await measure(label, run);
  for (const [label, run] of cases) await explain(label, run);
} finally {
  await sql.end();
  await client.$disconnect();
  await database.stop();
  process.exit(0);
}
