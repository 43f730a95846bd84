// `npm start`: build when needed, get the database ready (DATABASE_URL, else the embedded
// PostgreSQL under .data/), then serve on PORT (3000) with scripts/serve.js. Ctrl-C stops
// the app and the embedded database cleanly. `--dev` serves the development build instead.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { EmbeddedDatabaseError } from '../lib/db/embedded';
import { prepareDatabase, provideDatabase } from '../lib/db/provision';
import { provideIdentitySettings } from '../lib/identity/local-settings';
import { providePaymentSettings } from '../lib/payments/local-settings';
import { startLocalClamd } from '../lib/documents/local-clamd';
import { provideUploadSettings } from '../lib/documents/uploadthing/local-settings';

const root = path.resolve(import.meta.dirname, '..');
const nextBin = path.join(root, 'node_modules/.bin/next');
const dev = process.argv.includes('--dev');
const port = process.env.PORT ?? '3000';

const SOURCES = ['app', 'components', 'lib', 'messages', 'forms', 'public', 'proxy.ts', 'instrumentation.ts', 'next.config.js', 'package.json'];

function newestSourceChange(entry: string): number {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(full)
    .reduce((newest, child) => Math.max(newest, newestSourceChange(path.join(entry, child))), stat.mtimeMs);
}

/** A production build is needed when there is none or a source file changed after it. */
function buildIsStale(): boolean {
  const buildId = path.join(root, '.next/BUILD_ID');
  if (!fs.existsSync(buildId)) return true;
  const builtAt = fs.statSync(buildId).mtimeMs;
  return SOURCES.some((entry) => newestSourceChange(entry) > builtAt);
}

// First, so that a database that cannot start stops us before a build or anything else runs.
const database = await provideDatabase().catch((error: unknown) => {
  if (!(error instanceof EmbeddedDatabaseError)) throw error;
  console.error(error.message);
  process.exit(1);
});

if (!dev && buildIsStale()) {
  console.log('Building the app (next build)…');
  const build = spawnSync(nextBin, ['build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const identity = await provideIdentitySettings(Number(port), path.join(root, '.data'));
if (identity.localEid) console.log(`Local e-ID provider (test identities) at ${identity.localEid.issuer}`);
const payments = await providePaymentSettings(Number(port), identity.env.APP_URL!);
if (payments.localStripe) console.log(`Local Stripe stand-in at ${payments.localStripe.url}`);
// Without CLAMD_ADDRESS, ClamAV's daemon (when installed) with test signatures only.
const localClamd = process.env.CLAMD_ADDRESS ? null : await startLocalClamd(Number(process.env.LOCAL_CLAMD_PORT ?? Number(port) + 1200));
if (localClamd) console.log(`Local clamd (EICAR test signature only) at ${localClamd.address}`);
const uploads = await provideUploadSettings(Number(port), identity.env.APP_URL!);
if (uploads.localIngest) console.log(`Local UploadThing stand-in at ${uploads.localIngest.url}`);
const applied = await prepareDatabase(database.url, {
  demoData: Boolean(database.embedded) || process.env.SEED_DEMO_DATA === '1',
  authSecret: identity.env.AUTH_SECRET,
});
if (applied.length) console.log(`Database migrated: ${applied.join(', ')}`);
console.log(database.embedded ? `Embedded PostgreSQL at ${database.url}` : 'Using DATABASE_URL');

const app = spawn(process.execPath, [path.join(root, 'scripts/serve.js'), ...(dev ? ['--dev'] : [])], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    ...identity.env,
    ...payments.env,
    ...(localClamd ? { CLAMD_ADDRESS: localClamd.address } : {}),
    ...uploads.env,
    // Without an SMTP server, a local run shows its e-mails at /sv/dev/mailbox.
    ...(database.embedded && !process.env.SMTP_URL ? { DEV_MAILBOX: '1' } : {}),
    PORT: port,
    DATABASE_URL: database.url,
    NODE_ENV: dev ? 'development' : 'production',
    NEXT_TELEMETRY_DISABLED: '1',
  },
});

let stopping = false;
async function stop(exitCode: number) {
  if (stopping) return;
  stopping = true;
  if (app.exitCode === null && app.signalCode === null) {
    app.kill('SIGTERM');
    await new Promise((resolve) => app.once('exit', resolve));
  }
  await identity.localEid?.stop();
  await payments.localStripe?.stop();
  await localClamd?.stop();
  await uploads.localIngest?.stop();
  await database.embedded?.stop();
  process.exit(exitCode);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(0));
app.on('exit', (code) => void stop(code ?? 0));
// As serve.js replaces a server process that dies, so is the embedded database restarted.
database.embedded?.keepRunning({
  log: (line) => console.error(line),
  giveUp: (line) => {
    console.error(`${line} Stopping the app.`);
    void stop(1);
  },
});
