import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { pdfOfSize, testFiles } from '../test/files';
import { intakeDirectory } from '../lib/documents/intake';
import { expectNoAxeViolations } from './support/a11y';
import { withDatabase } from './support/demo';
import { javaScriptOn } from './support/identity';
import { messagesFor, Wizard } from './support/wizard';

// R-DOC-04: uploads on the document pages, with JavaScript and without. Every bad file gets
// its own clear message, and nothing of it is kept: no row, no bytes on disk.

const m = messagesFor.en;
/** The local UploadThing stand-in's files: uploads pass through it, and kept files stay in it. */
const UPLOADTHING = path.resolve('.data/e2e-uploadthing');

/** A wizard on the passport page, and its draft's id. */
async function atPassportPage(page: Page) {
  const wizard = new Wizard(page, 'en');
  await wizard.start();
  await wizard.passEligibility();
  await wizard.toCheckAnswers();
  await page.goto('/en/apply/document-passport');
  const cookie = (await page.context().cookies()).find((candidate) => candidate.name === 'draft-family-reunion')!;
  const draftId = await withDatabase(async (client) =>
    (await client.query(`SELECT id FROM draft WHERE owner_token_hash = encode(sha256($1::bytea), 'hex')`, [cookie.value])).rows[0].id as string,
  );
  return { wizard, draftId };
}

const documentsOf = (draftId: string) =>
  withDatabase(async (client) => (await client.query(`SELECT display_name, mime_type, size FROM document WHERE draft_id = $1 ORDER BY created_at`, [draftId])).rows);

/** Whether any file kept or left in transit holds these bytes. */
const storedAnywhere = (bytes: Buffer) =>
  bytes.length > 0 && fs.existsSync(UPLOADTHING) && fs.readdirSync(UPLOADTHING).some((name) => fs.readFileSync(path.join(UPLOADTHING, name)).includes(bytes));

/** Whether a file is kept under the service's own storage key (UploadThing's custom id). */
const keptUnder = (storageKey: string) =>
  fs.existsSync(UPLOADTHING) &&
  fs
    .readdirSync(UPLOADTHING)
    .filter((name) => name.endsWith('.json'))
    .some((name) => (JSON.parse(fs.readFileSync(path.join(UPLOADTHING, name), 'utf8')) as { customId: string | null }).customId === storageKey);

test('R-DOC-04 bad files are refused, each with a clear message, and nothing of them is kept', async ({ page }) => {
  test.setTimeout(180_000);
  const { wizard, draftId } = await atPassportPage(page);
  const errors = m.Form.upload.errors;
  const cases: [string, { name: string; bytes: Buffer }, string][] = [
    ['an executable renamed .pdf', testFiles.executable, errors['wrong-type']],
    ['an HTML file renamed .pdf', testFiles.html, errors['wrong-type']],
    ['an empty file', testFiles.empty, errors.empty],
    ['the EICAR test virus', testFiles.eicar, errors.infected],
    ['a file over 8 MB', { name: 'big.pdf', bytes: pdfOfSize(8 * 1024 * 1024 + 1) }, errors['too-large'].replace('{size}', '8')],
  ];
  for (const [what, file, message] of cases) {
    await wizard.upload(file);
    await expect(page.locator('.ak-error-summary'), what).toContainText(message);
    expect(storedAnywhere(file.bytes), what).toBe(false);
  }
  // Browsers send only a file's own name; a hand-made post can send any. It is refused too.
  const crafted = await page.request.post('/api/documents/passportCopy?locale=en', {
    multipart: { file: { name: testFiles.traversal.name, mimeType: 'application/pdf', buffer: testFiles.traversal.bytes } },
    maxRedirects: 0,
  });
  expect(crafted.status()).toBe(303);
  await page.goto(crafted.headers().location!);
  await expect(page.locator('.ak-error-summary')).toContainText(errors['bad-name']);
  expect(storedAnywhere(testFiles.traversal.bytes)).toBe(false);
  expect(await documentsOf(draftId)).toEqual([]);
  if (javaScriptOn()) await expectNoAxeViolations(page);

  // The sixth file is the last one a passport slot takes.
  for (let count = 0; count < 6; count++) {
    await wizard.upload(testFiles.pdf);
    await expect(page.getByText(m.Form.upload.kept)).toBeVisible();
  }
  await wizard.upload(testFiles.png, 'image/png');
  await expect(page.locator('.ak-error-summary')).toContainText(m.Form.upload.errors['too-many'].replace('{count}', '6'));
  expect(await documentsOf(draftId)).toHaveLength(6);
  // The error summary leads to the file box.
  await page.locator('.ak-error-summary a').click();
  await expect(page.getByLabel(m.Form.upload.fileLabel)).toBeFocused();
});

test('R-DOC-04 good files are kept with the type found in them, listed, and can be removed', async ({ page }) => {
  const { wizard, draftId } = await atPassportPage(page);
  // With JavaScript the file goes through UploadThing's client (to the local stand-in here).
  const viaUploadThing = javaScriptOn() ? page.waitForRequest((request) => request.url().includes('/api/uploadthing') && request.method() === 'POST') : null;
  await wizard.upload(testFiles.pdf);
  await viaUploadThing;
  await wizard.upload({ name: 'photo.pdf', bytes: testFiles.png.bytes });
  expect(await documentsOf(draftId)).toEqual([
    { display_name: 'passport.pdf', mime_type: 'application/pdf', size: testFiles.pdf.bytes.length },
    // Named .pdf, but a PNG inside: the content decides.
    { display_name: 'photo.pdf', mime_type: 'image/png', size: testFiles.png.bytes.length },
  ]);
  const files = page.locator('.ak-uploads__file');
  await expect(files).toHaveCount(2);
  await expect(files.first()).toContainText('passport.pdf (PDF');
  if (javaScriptOn()) await expectNoAxeViolations(page);
  const removed = await withDatabase(async (client) =>
    (await client.query(`SELECT storage_key FROM document WHERE draft_id = $1 AND display_name = 'photo.pdf'`, [draftId])).rows[0].storage_key as string,
  );
  expect(keptUnder(removed)).toBe(true);
  await page.getByRole('button', { name: `${m.Form.upload.remove} photo.pdf` }).click();
  await expect(page.getByText(m.Form.upload.removed)).toBeVisible();
  await expect(files).toHaveCount(1);
  expect(keptUnder(removed)).toBe(false);
});

test('R-APP-06 a document changed from check-your-answers: uploads, refusals and removals keep the way back, and Continue returns to the summary', async ({ page }) => {
  test.setTimeout(180_000);
  const wizard = new Wizard(page, 'en');
  await wizard.start();
  await wizard.passEligibility();
  await wizard.toCheckAnswers();
  await page.getByRole('link', { name: `${m.Form.uploadDocument} ${wizard.label('passportCopy')}`, exact: true }).click();
  await expect(page).toHaveURL(/\/en\/apply\/document-passport\?returnTo=check-answers$/);
  // Each round trip comes back to the page with its outcome, still on the way back to the summary.
  const roundTrip = async (outcome: string, act: () => Promise<void>) => {
    await act();
    await expect(page).toHaveURL(new RegExp(`/en/apply/document-passport\\?(?=.*\\bupload=${outcome}(&|$))(?=.*\\breturnTo=check-answers(&|$))`));
    await expect(page.getByRole('link', { name: m.Form.back })).toHaveAttribute('href', '/en/apply/check-answers');
  };
  const upload = (file: { name: string; bytes: Buffer }) => async () => {
    await page.getByLabel(m.Form.upload.fileLabel).setInputFiles({ name: file.name, mimeType: 'application/pdf', buffer: file.bytes });
    await page.getByRole('button', { name: m.Form.upload.uploadButton }).click();
  };
  await roundTrip('kept', upload(testFiles.pdf));
  await roundTrip('wrong-type', upload(testFiles.html));
  await expect(page.locator('.ak-error-summary')).toContainText(m.Form.upload.errors['wrong-type']);
  await roundTrip('removed', () => page.getByRole('button', { name: `${m.Form.upload.remove} passport.pdf` }).click());
  await roundTrip('no-file', () => page.getByRole('button', { name: m.Form.upload.uploadButton }).click());
  await roundTrip('kept', upload(testFiles.pdf));
  await wizard.continue('check-answers');
  await expect(page).toHaveURL(/\/en\/apply\/check-answers$/);
  await expect(page.locator('.ak-summary-list__row', { hasText: wizard.label('passportCopy') })).toContainText('1 file');

  // Only the summary is a way back: any other value is dropped, never followed.
  for (const returnTo of ['https://evil.example/', '//evil.example', 'check-answers/../../x']) {
    const posted = await page.request.post(`/api/documents/passportCopy?locale=en&returnTo=${encodeURIComponent(returnTo)}`, {
      multipart: { file: { name: 'passport.pdf', mimeType: 'application/pdf', buffer: testFiles.pdf.bytes } },
      maxRedirects: 0,
    });
    expect(posted.status(), returnTo).toBe(303);
    expect(posted.headers().location, returnTo).toMatch(/^\/en\/apply\/document-passport\?upload=[a-z-]+$/);
    await page.goto(`/en/apply/document-passport?returnTo=${encodeURIComponent(returnTo)}`);
    await expect(page.getByRole('link', { name: m.Form.back })).toHaveAttribute('href', '/en/apply/documents-intro');
  }
});

test('R-X-03 another site cannot upload to or remove from the draft with the person\'s cookie; the same posts from the service\'s own page work', async ({ page }) => {
  test.skip(!javaScriptOn(), 'server-side refusals; once is enough');
  const { wizard, draftId } = await atPassportPage(page);
  await wizard.upload(testFiles.pdf);
  const [kept] = await withDatabase(async (client) => (await client.query(`SELECT id FROM document WHERE draft_id = $1`, [draftId])).rows);
  const fromElsewhere = { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' };
  const upload = { file: { name: 'other.pdf', mimeType: 'application/pdf', buffer: testFiles.pdf.bytes } };
  const removal = { document: kept.id as string };

  const refusedHeaders: Record<string, string>[] = [fromElsewhere, { Origin: 'https://evil.example' }, { 'Sec-Fetch-Site': 'same-site' }];
  for (const headers of refusedHeaders) {
    const uploaded = await page.request.post('/api/documents/passportCopy?locale=en', { multipart: upload, headers, maxRedirects: 0 });
    expect(uploaded.status()).toBe(403);
    expect(await uploaded.text()).toContain(m.RequestError.crossSite.title);
    const removed = await page.request.post('/api/documents/passportCopy/remove?locale=en', { form: removal, headers, maxRedirects: 0 });
    expect(removed.status()).toBe(403);
  }
  expect(await documentsOf(draftId)).toHaveLength(1);
  // The same posts from the service itself do what they say: the refusals were not broken posts.
  const sameOrigin = { Origin: new URL(page.url()).origin, 'Sec-Fetch-Site': 'same-origin' };
  expect((await page.request.post('/api/documents/passportCopy?locale=en', { multipart: upload, headers: sameOrigin, maxRedirects: 0 })).status()).toBe(303);
  expect(await documentsOf(draftId)).toHaveLength(2);
  expect((await page.request.post('/api/documents/passportCopy/remove?locale=en', { form: removal, headers: sameOrigin, maxRedirects: 0 })).status()).toBe(303);
  expect(await documentsOf(draftId)).toHaveLength(1);
});

test('R-X-01 an upload without a draft, or to a slot the draft does not have, makes nothing', async ({ playwright, baseURL }) => {
  test.skip(!javaScriptOn(), 'server-side; once is enough');
  const stranger = await playwright.request.newContext({ baseURL });
  for (const slot of ['passportCopy', 'noSuchSlot', '__proto__']) {
    const response = await stranger.post(`/api/documents/${slot}?locale=en`, {
      multipart: { file: { name: 'passport.pdf', mimeType: 'application/pdf', buffer: testFiles.pdf.bytes } },
      maxRedirects: 0,
    });
    expect(response.status(), slot).toBe(303);
    expect(response.headers().location).toMatch(/\/en\/apply$/);
    // A draft made would come with its cookie.
    expect(response.headers()['set-cookie'] ?? '', slot).not.toContain('draft-');
  }
  await stranger.dispose();
});

test('R-X-01 an upload whose client goes away mid-body leaves no file and no row', async ({ page, baseURL }) => {
  test.skip(!javaScriptOn(), 'server-side; once is enough');
  const { draftId } = await atPassportPage(page);
  const cookie = (await page.context().cookies()).map((entry) => `${entry.name}=${entry.value}`).join('; ');
  // The intake's own folder, and the system's, where temporary files went before it had one.
  const temporaryFiles = () => [
    ...(fs.existsSync(intakeDirectory()) ? fs.readdirSync(intakeDirectory()) : []),
    ...fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith('anknytning-upload-')),
  ];
  const before = new Set(temporaryFiles());
  // Half of a 4 MiB multipart post, then the connection closes.
  const boundary = 'abandoned-upload';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="passport.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
  const { port, hostname } = new URL(baseURL!);
  await new Promise<void>((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(
        `POST /api/documents/passportCopy?locale=en HTTP/1.1\r\nHost: ${hostname}:${port}\r\nCookie: ${cookie}\r\n` +
          `Content-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${4 * 2 ** 20}\r\n\r\n`,
      );
      socket.write(head);
      socket.write(testFiles.pdf.bytes);
      socket.write(Buffer.alloc(2 * 2 ** 20, 0x20), () => setTimeout(() => socket.destroy(), 500));
    });
    socket.on('close', () => resolve());
    socket.on('error', reject);
  });
  const leftBehind = () => temporaryFiles().filter((name) => !before.has(name));
  await expect.poll(leftBehind, { timeout: 20_000 }).toEqual([]);
  expect(await documentsOf(draftId)).toEqual([]);
  // The service goes on serving.
  expect((await page.request.get('/api/health')).status()).toBe(200);
});
