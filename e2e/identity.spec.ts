import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { withDatabase } from './support/demo';
import { waitForEmail } from './support/mail';
import {
  acceptTermsIfAsked,
  authenticatorCode,
  confirmEmailAddress,
  emailWords,
  open,
  register,
  submitRegistration,
  signInWithEid,
  signInWithPassword,
  uniqueEmail,
  words,
} from './support/identity';

// Runs with JavaScript and without (projects with-js and no-js): no sign-in step needs it.

test('R-MS-01 an account with two-step verification: chosen at creation, set up at the first sign-in, then a code at every sign-in, never the same code twice', async ({ page }) => {
  const email = uniqueEmail('two-step');
  const { secret, usedCode } = (await register(page, email, true))!;

  await signInWithPassword(page, email);
  await expect(page).toHaveURL(/\/en\/sign-in\/code$/);
  await expectNoAxeViolations(page);
  // The code that confirmed the set-up was used once already: it does not sign in again.
  await page.getByLabel(words.code.label).fill(usedCode);
  await page.getByRole('button', { name: words.code.submit }).click();
  await expect(page.locator('.ak-error-summary')).toContainText(words.code.wrong);
  // The app's next code does.
  await page.getByLabel(words.code.label).fill(authenticatorCode(secret, 1));
  await page.getByRole('button', { name: words.code.submit }).click();
  await acceptTermsIfAsked(page);
  await expect(page).toHaveURL(/\/en\/min-sida$/);
  await expect(page.getByText(words.minSida.method.TWO_STEP)).toBeVisible();
});

test('R-MS-01 an account without two-step can apply but not open Min sida; a wrong password gets one answer for known and unknown addresses', async ({ page }) => {
  const email = uniqueEmail('password');
  await register(page, email, false, { confirmAddress: false });
  // Not confirmed yet: refused, and a new link goes out.
  await signInWithPassword(page, email);
  await expect(page.locator('.ak-error-summary')).toContainText(words.signIn.unverified);
  await confirmEmailAddress(page, email, 2);

  await signInWithPassword(page, email, 'not the password at all');
  await expect(page.locator('.ak-error-summary')).toContainText(words.signIn.wrongCredentials);
  await expect(page.getByLabel(words.signIn.email)).toHaveValue(email);
  await signInWithPassword(page, uniqueEmail('nobody'), 'not the password at all');
  await expect(page.locator('.ak-error-summary')).toContainText(words.signIn.wrongCredentials);

  await signInWithPassword(page, email);
  await acceptTermsIfAsked(page);
  await expect(page).toHaveURL(/\/en\/apply/);
  // Min sida needs e-ID or two-step: this sign-in is sent to sign in again.
  await page.goto('/en/min-sida');
  await expect(page).toHaveURL(/\/en\/sign-in\?next=%2Fen%2Fmin-sida$/);
});

test('R-MS-01 until its app is set up, the password of a two-step account opens the set-up and nothing else', async ({ page }) => {
  const email = uniqueEmail('set-up');
  await submitRegistration(page, email, true);
  await confirmEmailAddress(page, email);
  await signInWithPassword(page, email);
  await expect(page).toHaveURL(/\/en\/register\/two-step$/);
  const secret = await page.locator('.ak-secret').textContent();
  for (const path of ['/en/apply', '/en/min-sida']) {
    // Not signed in there: no sign-out button in the header.
    await open(page, path);
    await expect(page.getByRole('button', { name: words.signIn.signOut })).toHaveCount(0);
  }
  await page.goto('/en/min-sida');
  await expect(page).toHaveURL(/\/en\/sign-in\?next=/);
  // The set-up is still there, with the same key.
  await open(page, '/en/register/two-step');
  await expect(page.locator('.ak-secret')).toHaveText(secret!);
});

test('R-MS-01 registering an address already in use gets the same answer as a new one; its owner is told by e-mail, and nothing changes', async ({ page }) => {
  const email = uniqueEmail('in-use');
  await register(page, email, false);

  await submitRegistration(page, uniqueEmail('new'), false);
  const answerToNew = await page.locator('main').innerText();
  await submitRegistration(page, email, true, 'somebody else entirely');
  expect(await page.locator('main').innerText()).toBe(answerToNew);

  const notice = await waitForEmail(email, emailWords.accountExists.subject);
  expect(notice.text).toContain('/en/forgot-password');
  // The account is as it was: its own password signs in, the other one does not.
  await signInWithPassword(page, email, 'somebody else entirely');
  await expect(page.locator('.ak-error-summary')).toContainText(words.signIn.wrongCredentials);
  await signInWithPassword(page, email);
  await acceptTermsIfAsked(page);
  await expect(page).toHaveURL(/\/en\/apply/);
});

test('R-MS-01 R-TOU-05 e-ID sign-in through the OpenID provider, and sign-out ends the session on the server', async ({ page, context }) => {
  await signInWithEid(page, 'en', 'Leila Haddad');
  await acceptTermsIfAsked(page);
  await expect(page).toHaveURL(/\/en\/min-sida$/);
  await expect(page.getByText(words.minSida.method.EID)).toBeVisible();
  await expect(page.getByText('Welcome, Leila Haddad')).toBeVisible();
  const cookie = (await context.cookies()).find((candidate) => candidate.name.endsWith('.session_token'))!;
  expect(cookie.httpOnly).toBe(true);
  expect(cookie.sameSite).toBe('Lax');

  await page.getByRole('button', { name: words.signIn.signOut }).click();
  await expect(page).toHaveURL(/\/en$/);
  // The old cookie, put back, opens nothing: the session is gone on the server.
  await context.addCookies([cookie]);
  await page.goto('/en/min-sida');
  await expect(page).toHaveURL(/\/en\/sign-in\?next=/);
});

test('R-MS-01 a first e-ID sign-in makes the account from the e-ID\'s number and name', async ({ page }) => {
  // One first sign-in per person: the with-js project makes the account.
  test.skip(test.info().project.name === 'no-js', 'a person signs in for the first time once');
  await signInWithEid(page, 'en', 'Maria Andersson');
  await acceptTermsIfAsked(page);
  await expect(page).toHaveURL(/\/en\/min-sida$/);
  await expect(page.getByText('Welcome, Maria Andersson')).toBeVisible();
  const account = await withDatabase(async (client) =>
    (await client.query(`SELECT email, roles, given_name, family_name FROM account WHERE personal_identity_number = '199004122389'`)).rows,
  );
  expect(account).toEqual([{ email: 'eid-199004122389@e-id.invalid', roles: '{APPLICANT}', given_name: 'Maria', family_name: 'Andersson' }]);
});

test('R-TOU-01 a new version of the terms is asked for at the next sign-in', async ({ page }) => {
  await signInWithEid(page, 'en', 'Johan Berg');
  await acceptTermsIfAsked(page);
  await expect(page).toHaveURL(/\/en\/min-sida$/);
  await page.getByRole('button', { name: words.signIn.signOut }).click();
  await expect(page).toHaveURL(/\/en$/);

  await withDatabase((client) => client.query(`INSERT INTO terms_version (version, published_at) SELECT max(version) + 1, now() FROM terms_version`));

  await signInWithEid(page, 'en', 'Johan Berg');
  await expect(page).toHaveURL(/\/en\/terms\/accept$/);
  await expect(page.getByText(words.terms.changed)).toBeVisible();
  await expectNoAxeViolations(page);
  // Continuing without ticking the box is refused, clearly.
  await page.getByRole('button', { name: words.terms.submit }).click();
  await expect(page.locator('.ak-error-summary')).toContainText(words.terms.required);
  await acceptTermsIfAsked(page);
  await expect(page).toHaveURL(/\/en\/min-sida$/);
});

test('R-X-02 the sign-in and registration pages have no axe violations in sv, en and ar', async ({ page }) => {
  for (const locale of ['sv', 'en', 'ar']) {
    for (const path of ['sign-in', 'register']) {
      await open(page, `/${locale}/${path}`);
      await expectNoAxeViolations(page);
    }
  }
  // With the errors a post with nothing filled in shows.
  await open(page, '/ar/register');
  await page.getByRole('button', { name: 'أنشئ الحساب' }).click();
  await expect(page.locator('.ak-error-summary li')).toHaveCount(3);
  await expectNoAxeViolations(page);
});
