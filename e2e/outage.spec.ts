import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../lib/db/embedded';
import { expectNoAxeViolations } from './support/a11y';
import { locales } from './support/locales';

// Its own app and database (not the shared e2e server), so stopping the database here
// disturbs no other test. The app is started once and never restarted.
const PORT = 3101 + Number(process.env.E2E_PORT_OFFSET ?? 0);
const baseURL = `http://127.0.0.1:${PORT}`;

let database: EmbeddedDatabase;
let app: ChildProcess;
let dataDir: string;

async function waitForHealth(request: APIRequestContext, status: number) {
  await expect
    .poll(async () => (await request.get(`${baseURL}/api/health`).catch(() => null))?.status(), { timeout: 60_000 })
    .toBe(status);
}

test.beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'anknytning-outage-'));
  fs.chmodSync(dataDir, 0o777);
  database = await startEmbeddedDatabase({ dataDir, port: 54331 + Number(process.env.E2E_PORT_OFFSET ?? 0) });
  // The configured-database path of `npm start`: it migrates DATABASE_URL and serves the build.
  app = spawn('./node_modules/.bin/tsx', ['scripts/start.ts'], {
    env: { ...process.env, PORT: String(PORT), DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
});

test.afterAll(async () => {
  if (app && app.exitCode === null) {
    app.kill('SIGTERM');
    await new Promise((resolve) => app.once('exit', resolve));
  }
  await database?.stop().catch(() => {});
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('R-X-01 when the database stops, health and pages say 503 and pages say "unavailable"; after restart all works without restarting the app', async ({
  page,
  request,
}) => {
  test.setTimeout(150_000);
  await waitForHealth(request, 200);
  await page.goto(`${baseURL}/en`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales[1].homeTitle);

  await database.stop();
  await waitForHealth(request, 503);
  const health = await (await request.get(`${baseURL}/api/health`)).json();
  expect(health).toMatchObject({ status: 'unavailable', database: { status: 'down' } });
  expect(JSON.stringify(health)).not.toMatch(/ECONNREFUSED|at .*\.js|stack/i);

  // Pages say so in their status too. Each server process trusts an answer of "up" for a
  // second, and the last one came before the stop: a second on, no process trusts it.
  await new Promise((resolve) => setTimeout(resolve, 1_100));
  await expect.poll(async () => (await request.get(`${baseURL}/sv/terms`)).status(), { timeout: 10_000 }).toBe(503);
  for (const { locale, unavailableTitle } of locales) {
    const response = await page.goto(`${baseURL}/${locale}/terms`);
    expect(response?.status()).toBe(503);
    expect(response?.headers()['retry-after']).toBeDefined();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(unavailableTitle);
    await expect(page.getByRole('main')).toContainText(
      { sv: 'Inget av det du har sparat har försvunnit', en: 'Nothing you have saved is lost', ar: 'لم يُفقد أي شيء' }[locale],
    );
    await expectNoAxeViolations(page);
  }
  // A form post is not run while the database is down: it is sent to its page, which says 503.
  const post = await request.post(`${baseURL}/en/sign-in`, { multipart: { email: 'a@example.org', password: 'x' }, maxRedirects: 0 });
  expect(post.status()).toBe(303);
  expect(post.headers().location).toMatch(/\/en\/sign-in$/);
  // The address without a language is still sent to one.
  expect((await request.get(`${baseURL}/`, { maxRedirects: 0 })).status()).toBeGreaterThanOrEqual(300);

  await database.start();
  await waitForHealth(request, 200);
  expect((await page.goto(`${baseURL}/sv/terms`))?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(locales[0].termsTitle);
  expect(app.exitCode).toBeNull();
});
