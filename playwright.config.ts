import { defineConfig, devices } from '@playwright/test';

// E2E_PORT_OFFSET: a second run on the same machine (another checkout) moves every port by it.
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
export const E2E_PORT = 3100 + offset;
export const E2E_STRIPE_PORT = 4200 + offset;
const smtpPort = 2525 + offset;
const databasePort = 54330 + offset;
// Read by the specs' helpers (e2e/support) in the test processes.
process.env.SMTP_SINK_PORT = String(smtpPort);
process.env.E2E_DATABASE_PORT = String(databasePort);
/** The local Stripe stand-in signs its webhooks with this; the tests sign their own with it too. */
export const E2E_WEBHOOK_SECRET = 'whsec_e2e_local_stand_in';

// Debian's Chromium; every request stays on loopback.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  // A page load plus an axe run takes 5–15 s on a slow 2-core machine; a test runs several.
  timeout: 90_000,
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
    trace: 'retain-on-failure',
  },
  projects: [
    // The same journeys with JavaScript and without it.
    { name: 'with-js', use: { javaScriptEnabled: true }, testIgnore: /(outage|deadline-jobs)\.spec/ },
    { name: 'no-js', use: { javaScriptEnabled: false }, testIgnore: /(outage|deadline-jobs)\.spec/ },
    // Starts its own app and database, then stops the database under it.
    { name: 'outage', testMatch: /outage\.spec/ },
    // Starts its own app (two server processes) and database, then kills a process mid-batch.
    { name: 'deadline-jobs', testMatch: /deadline-jobs\.spec/ },
  ],
  webServer: [
    // A real SMTP server that keeps what arrives for the tests to read.
    { command: './node_modules/.bin/tsx e2e/support/smtp-sink.ts', port: smtpPort, reuseExistingServer: false },
    // The production build made by `npm test` (scripts/test.ts), on a fresh embedded database.
    {
      command: './node_modules/.bin/tsx scripts/start.ts',
      url: `http://127.0.0.1:${E2E_PORT}/api/health`,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        PORT: String(E2E_PORT),
        APP_URL: `http://127.0.0.1:${E2E_PORT}`,
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        LOCAL_EID_PORT: String(4100 + offset),
        LOCAL_STRIPE_PORT: String(E2E_STRIPE_PORT),
        STRIPE_WEBHOOK_SECRET: E2E_WEBHOOK_SECRET,
        LOCAL_INGEST_DIR: '.data/e2e-uploadthing',
        LOCAL_CLAMD_PORT: String(4300 + offset),
        DATABASE_URL: '',
        EMBEDDED_DATABASE_DIR: '.data/e2e-postgres',
        EMBEDDED_DATABASE_PORT: String(databasePort),
        NEXT_TELEMETRY_DISABLED: '1',
        WEB_CONCURRENCY: process.env.WEB_CONCURRENCY ?? '1',
      },
    },
  ],
});
