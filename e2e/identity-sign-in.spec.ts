import { expect, test, type APIRequestContext } from '@playwright/test';
import * as OTPAuth from 'otpauth';
import { DEMO_TWO_STEP_CASEWORKER } from '@/lib/db/seed';
import { expectNoAxeViolations } from './support/a11y';
import { messagesFor } from './support/wizard';
import {
  acceptTermsIfAsked,
  authenticatorCode,
  homeAfterSignIn,
  open,
  signInWithEid,
  signInWithPassword,
  staffWords,
  words,
} from './support/identity';

// Runs with JavaScript and without (projects with-js and no-js): no sign-in step needs it.

const failure = words.signIn;
/** Every code the e-ID callback can send back (the broker's, better-auth's, the service's), and what the page says. */
const messageOf: [string | string[], string][] = [
  ['access_denied', failure.eidCancelled],
  ...['state_mismatch', 'state_not_found', 'state_invalid', 'invalid_callback_request', 'no_code', 'invalid_code', 'no-session'].map(
    (code): [string, string] => [code, failure.eidRestart],
  ),
  ...[
    'server_error',
    'temporarily_unavailable',
    'invalid_request',
    'login_required',
    'oauth_provider_not_found',
    'issuer_missing',
    'issuer_mismatch',
    'nonce_binding_missing',
    'unable_to_get_user_info',
    'email_not_found',
    'no_callback_url',
    'internal_server_error',
    'unable_to_create_user',
  ].map((code): [string, string] => [code, failure.eidUnavailable]),
  ['barred', failure.barred],
  // Repeated (as better-auth appends its code to an error address that has one), unknown or empty.
  [['eid', 'state_mismatch'], failure.eidRestart],
  [['state_mismatch', 'state_mismatch'], failure.eidRestart],
  ['eid', failure.eidFailed],
  ['something_new', failure.eidFailed],
  ['', failure.eidFailed],
];

test('R-MS-01 R-X-01 the sign-in page says what went wrong and what to do for every e-ID failure code, repeated or unknown codes too', async ({ page }) => {
  test.setTimeout(180_000);
  for (const [codes, message] of messageOf) {
    const query = new URLSearchParams(([] as string[]).concat(codes).map((code) => ['error', code]));
    await page.goto(`/en/sign-in?${query}`);
    await expect(page.locator('.ak-error-summary'), query.toString()).toContainText(message);
    // The summary's link takes the person to the e-ID button, to start again.
    await expect(page.locator('.ak-error-summary a[href="#eid"]')).toHaveCount(1);
  }
  await page.goto('/en/sign-in');
  await expect(page.locator('.ak-error-summary')).toHaveCount(0);
});

test('R-X-02 the sign-in page with an e-ID failure has no axe violations in sv, en and ar', async ({ page }) => {
  for (const locale of ['sv', 'en', 'ar'] as const) {
    await open(page, `/${locale}/sign-in?error=state_mismatch`);
    await expect(page.locator('.ak-error-summary')).toContainText(messagesFor[locale].Identity.signIn.eidRestart);
    await expectNoAxeViolations(page);
  }
});

test('R-MS-01 cancelling at the e-ID comes back to the sign-in page saying so', async ({ page }) => {
  await open(page, '/en/sign-in');
  await page.locator('#eid').click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page).toHaveURL(/\/en\/sign-in\?error=access_denied$/);
  await expect(page.locator('.ak-error-summary')).toContainText(failure.eidCancelled);
});

test('R-MS-01 an e-ID sign-in whose state did not come back with the browser says to start again, in the language it started in', async ({ page, context }) => {
  await open(page, '/ar/sign-in');
  await page.locator('#eid').click();
  await expect(page.getByRole('button', { name: /Leila Haddad/ })).toBeVisible();
  // What a browser on another address than the service's, or one that refuses cookies, sends back: no state cookie.
  await context.clearCookies({ name: /\.state$/ });
  await page.getByRole('button', { name: /Leila Haddad/ }).click();
  await expect(page).toHaveURL(/\/ar\/sign-in\?error=state_mismatch$/);
  await expect(page.locator('.ak-error-summary')).toContainText(messagesFor.ar.Identity.signIn.eidRestart);
  await expect(page.getByRole('button', { name: messagesFor.ar.Identity.signIn.signOut })).toHaveCount(0);
});

test('R-MS-01 an e-ID callback with no state, or one no longer known, ends on the sign-in page with its code, not on a missing page', async ({ request }) => {
  for (const [query, code] of [
    ['', 'state_not_found'],
    ['?state=no-such-state&code=x', 'state_mismatch'],
  ]) {
    const response = await request.get(`/api/auth/callback/eid${query}`, { maxRedirects: 0 });
    expect(response.status(), query).toBe(303);
    expect(response.headers().location).toBe(`/sv/sign-in?error=${code}`);
  }
});

/** The same server asked for by another name: `localhost` where APP_URL says 127.0.0.1. */
const appOrigin = () => new URL(test.info().project.use.baseURL!).origin;
const otherHost = () => `localhost:${new URL(appOrigin()).port}`;
const onOtherHost = (request: APIRequestContext, path: string, method: 'GET' | 'HEAD' = 'GET') =>
  request.fetch(path, { method, headers: { Host: otherHost() }, maxRedirects: 0 });

test('R-MS-01 a page asked for on another host than APP_URL\'s is sent to the same address on APP_URL\'s origin before a sign-in starts; the API answers on any host', async ({ request }) => {
  test.skip(test.info().project.name === 'no-js', 'server-side; once is enough');
  for (const path of ['/en/sign-in?next=%2Fen%2Fmin-sida', '/en/sign-in/e-id?next=%2Fen%2Fmin-sida', '/', '/sv/apply?a=1&a=2']) {
    for (const method of ['GET', 'HEAD'] as const) {
      const response = await onOtherHost(request, path, method);
      expect(response.status(), `${method} ${path}`).toBe(307);
      expect(response.headers().location).toBe(`${appOrigin()}${path}`);
      // Nothing of a sign-in is started on the other host: no state cookie there.
      expect(response.headers()['set-cookie']).toBeUndefined();
    }
  }
  // A path that looks like another site stays a path of APP_URL's origin.
  expect((await onOtherHost(request, `${appOrigin()}//elsewhere.example/en`)).headers().location).toBe(`${appOrigin()}//elsewhere.example/en`);
  // Next's router fetches (and its own, to draw where a server action redirects) are not sent on.
  const routerFetch = await request.get('/en/sign-in', { headers: { Host: otherHost(), RSC: '1' }, maxRedirects: 0 });
  expect(routerFetch.headers().location ?? '').not.toContain(appOrigin());
  // The health check and the like answer wherever they are asked.
  expect((await onOtherHost(request, '/api/health')).status()).toBe(200);
  // On APP_URL's own host, the page itself.
  expect((await request.get('/en/sign-in', { maxRedirects: 0 })).status()).toBe(200);
});

test('R-MS-01 R-X-03 after an e-ID sign-in, staff land in their own area; with a return address, there', async ({ browser }) => {
  test.setTimeout(180_000);
  // Each in a browser of their own (the local e-ID asks to confirm a change of person).
  for (const [name, area] of [
    ['Eva Holm', 'caseworker'],
    ['Omar Nilsson', 'embassy'],
    ['Karin Ek', 'admin'],
  ] as const) {
    const page = await (await browser.newContext()).newPage();
    await signInWithEid(page, 'en', name);
    await acceptTermsIfAsked(page);
    await expect(page).toHaveURL(new RegExp(`/en/${area}$`));
    await expect(page).toHaveURL(homeAfterSignIn('en', name));
    await page.context().close();
  }
  // Sent to sign in from Min sida: back on Min sida.
  const page = await (await browser.newContext()).newPage();
  await page.goto('/en/min-sida');
  await expect(page).toHaveURL(/\/en\/sign-in\?next=%2Fen%2Fmin-sida$/);
  await page.locator('#eid').click();
  await page.getByRole('button', { name: /Eva Holm/ }).click();
  await acceptTermsIfAsked(page);
  await expect(page).toHaveURL(/\/en\/min-sida$/);
  await page.context().close();
});

test('R-MS-01 R-X-03 staff signing in with a two-step account land in their own area', async ({ page }) => {
  await signInWithPassword(page, DEMO_TWO_STEP_CASEWORKER.email, DEMO_TWO_STEP_CASEWORKER.password);
  await expect(page).toHaveURL(/\/en\/sign-in\/code$/);
  const key = OTPAuth.Secret.fromUTF8(DEMO_TWO_STEP_CASEWORKER.authenticatorSecret).base32;
  // Other tests sign in as this account too, and a code is used once: the next window's code then.
  const refused = page.locator('.ak-error-summary');
  for (const stepsAhead of [0, 1]) {
    await page.getByLabel(words.code.label).fill(authenticatorCode(key, stepsAhead));
    await page.getByRole('button', { name: words.code.submit }).click();
    await expect(refused.or(page.locator('input[name=accept]')).or(page.getByRole('heading', { level: 1, name: staffWords.caseworker.title }))).toBeVisible();
    if (!(await refused.isVisible())) break;
  }
  await acceptTermsIfAsked(page);
  await expect(page).toHaveURL(/\/en\/caseworker$/);
});
