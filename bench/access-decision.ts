// What a protected page's own guard costs: `decide` (lib/identity/access.ts), the call every
// protected page, route and action makes before it reads, against a real PostgreSQL with the
// demo data. Prints the median and 95th percentile of an area's decision (the terms in force)
// and of a record's (the terms, then whether the record is the person's).
//   npm run bench:access-decision [-- rounds]    (BENCH_DATABASE_URL: an empty database to use)
import { benchDatabase } from './database';
import { prepareDatabase } from '../lib/db/provision';
import { decide, type Access } from '../lib/identity/access';
import type { Person } from '../lib/identity/session';

const rounds = Number(process.argv[2] ?? 500);

const database = await benchDatabase('access');
await prepareDatabase(database.url, { demoData: true, authSecret: 'bench-secret-bench-secret-bench-secret' });

/** Embassy staff in Amman, signed in with e-ID, terms accepted (as the demo data's Omar Nilsson). */
const staff: Person = {
  accountId: '00000000-0000-4000-8000-00000000ffff',
  sessionId: 'bench',
  signInMethod: 'EID',
  roles: ['EMBASSY_STAFF'],
  missionIds: ['amman'],
  personalIdentityNumber: '197209151237',
  email: null,
  name: 'Omar Nilsson',
  acceptedTermsVersion: 1,
};
const ammanCase = '00000000-0000-4000-8000-000000000402';
const nairobiCase = '00000000-0000-4000-8000-000000000401';

const percentile = (values: number[], share: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))]!;

async function measure(label: string, access: Access, expected: string | null) {
  const times: number[] = [];
  for (let round = -20; round < rounds; round++) {
    const started = performance.now();
    const denial = await decide(access, staff);
    if (round >= 0) times.push(performance.now() - started);
    if (denial !== expected) throw new Error(`${label}: ${denial}, not ${expected}`);
  }
  console.log(`${label.padEnd(44)} median ${percentile(times, 0.5).toFixed(2)} ms, p95 ${percentile(times, 0.95).toFixed(2)} ms`);
}

try {
  console.log(`decide(), ${rounds} calls each, one connection pool, demo data`);
  await measure('area (embassy): role, method, terms', { area: 'embassy' }, null);
  await measure('record (an Amman case): + owns it', { record: 'embassy/cases', id: ammanCase }, null);
  await measure("record (a Nairobi case): refused", { record: 'embassy/cases', id: nairobiCase }, 'forbidden');
  await measure('record (malformed id): refused before a read', { record: 'embassy/cases', id: `${ammanCase}.x` }, 'not-found');
} finally {
  await database.stop();
  process.exit(0);
}
