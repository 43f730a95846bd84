import { expect, test } from '@playwright/test';
import { withDatabase } from './support/demo';
import { acceptTermsIfAsked, emailWords, open, register, signInWithEid, signInWithPassword, staffWords, uniqueEmail, words } from './support/identity';
import { emailsTo, linkIn, waitForEmail } from './support/mail';
import { Wizard } from './support/wizard';

// Runs with JavaScript and without (projects with-js and no-js).

test('R-TOU-02 50 wrong passwords lock the account with a clear message, each attempt audited; an unknown address gets the same answers', async ({ page }) => {
  test.setTimeout(480_000);
  // A hundred sign-ins take minutes; the rule is the server's, so once (without JavaScript) is enough.
  test.skip(test.info().project.name === 'with-js', 'server-side rule; the no-js project covers it');
  const email = uniqueEmail('lock');
  const unknown = uniqueEmail('unknown');
  await register(page, email, false);
  const messages: string[] = [];
  // The answer page shows the form again: each attempt posts it as it stands, no reload.
  await open(page, '/en/sign-in');
  for (let attempt = 1; attempt <= 50; attempt++) {
    for (const address of [email, unknown]) {
      await page.getByLabel(words.signIn.email).fill(address);
      await page.getByLabel(words.signIn.password).fill(`wrong password ${attempt}`);
      await page.getByRole('button', { name: words.signIn.submit, exact: true }).click();
      await page.waitForLoadState();
      messages.push(`${address === email ? 'known' : 'unknown'} ${attempt}: ${await page.locator('.ak-error-summary li').textContent()}`);
    }
  }
  const expected = Array.from({ length: 50 }, (_, index) => {
    const text = index < 49 ? words.signIn.wrongCredentials : words.signIn.locked;
    return [`known ${index + 1}: ${text}`, `unknown ${index + 1}: ${text}`];
  }).flat();
  expect(messages).toEqual(expected);
  // Locked: even the right password is refused now.
  await signInWithPassword(page, email);
  await expect(page.locator('.ak-error-summary')).toContainText(words.signIn.locked);

  const audit = await withDatabase(async (client) =>
    (
      await client.query(
        `SELECT a.outcome, a.detail->>'reason' AS reason FROM audit_log a JOIN account p ON p.id = a.actor_account_id
         WHERE p.email = $1 AND a.action = 'sign-in.password' ORDER BY a.id`,
        [email],
      )
    ).rows,
  );
  expect(audit.filter((row) => row.reason === 'wrong-password')).toHaveLength(49);
  expect(audit.filter((row) => row.reason === 'wrong-password-locked')).toHaveLength(1);
  expect(audit.at(-1)).toMatchObject({ outcome: 'DENIED', reason: 'locked' });
});

test('R-TOU-05 a session ends after 30 idle minutes, and after 12 hours however active', async ({ page, context }) => {
  await signInWithEid(page, 'en', 'Eva Holm');
  await acceptTermsIfAsked(page);
  await expect(page).toHaveURL(/\/en\/caseworker$/);
  // Active: each request moves the session on, and the cookie with it (it lives 30 minutes).
  const sessionCookie = async () => (await context.cookies()).find((cookie) => cookie.name.endsWith('.session_token'))!;
  const firstExpiry = (await sessionCookie()).expires;
  expect(firstExpiry * 1000 - Date.now()).toBeGreaterThan(29 * 60 * 1000);
  await page.waitForTimeout(2_000);
  await page.goto('/en/min-sida');
  await expect(page).toHaveURL(/\/en\/min-sida$/);
  expect((await sessionCookie()).expires).toBeGreaterThan(firstExpiry + 1);
  const token = (await sessionCookie()).value.split('.')[0]!;
  // Away from the page once its background requests are done, so that none moves the session on meanwhile.
  await page.waitForLoadState('networkidle');
  await page.goto('about:blank');
  // Idle: the session's expiry (moved on by every request) has passed.
  await withDatabase((client) => client.query(`UPDATE session SET expires_at = now() - interval '1 second' WHERE token = $1`, [decodeURIComponent(token)]));
  await page.goto('/en/min-sida');
  await expect(page).toHaveURL(/\/en\/sign-in\?next=/);

  await signInWithEid(page, 'en', 'Eva Holm');
  await expect(page).toHaveURL(/\/en\/caseworker$/);
  const second = (await context.cookies()).find((cookie) => cookie.name.endsWith('.session_token'))!.value.split('.')[0]!;
  expect(second).not.toBe(token);
  await page.waitForLoadState('networkidle');
  await page.goto('about:blank');
  // Absolute: signed in 12 hours ago, even if active a second ago.
  await withDatabase((client) =>
    client.query(`UPDATE session SET created_at = now() - interval '12 hours 1 minute' WHERE token = $1`, [decodeURIComponent(second)]),
  );
  await page.goto('/en/min-sida');
  await expect(page).toHaveURL(/\/en\/sign-in\?next=/);
});

test('R-TOU-04 an administrator bars an account: it is signed out at once and cannot sign in', async ({ browser }) => {
  const email = uniqueEmail('barred');
  const person = await (await browser.newContext()).newPage();
  await register(person, email, false);
  await signInWithPassword(person, email);
  await acceptTermsIfAsked(person);
  await expect(person).toHaveURL(/\/en\/apply/);

  const admin = await (await browser.newContext()).newPage();
  await signInWithEid(admin, 'en', 'Karin Ek');
  await acceptTermsIfAsked(admin);
  await open(admin, `/en/admin?q=${encodeURIComponent(email)}`);
  // No reason given: refused with a clear message.
  await admin.getByRole('button', { name: staffWords.admin.bar }).click();
  await expect(admin.locator('.ak-error-summary')).toContainText(staffWords.admin.reasonRequired);
  await admin.getByLabel(staffWords.admin.reason).fill('Threatening messages to staff');
  await admin.getByRole('button', { name: staffWords.admin.bar }).click();
  await expect(admin.getByText(staffWords.admin.barredDone)).toBeVisible();

  // Signed out at once: the next page is the signed-out one.
  await person.goto('/en');
  await expect(person.getByRole('link', { name: words.signIn.headerSignIn })).toBeVisible();
  await signInWithPassword(person, email);
  await expect(person.locator('.ak-error-summary')).toContainText(words.signIn.barred);
});

test('R-APP-07 a draft made before signing in is the account\'s after it, and not the browser\'s after signing out', async ({ page }) => {
  const email = uniqueEmail('draft');
  await register(page, email, false);
  // Signed out, the applicant starts: the first answer is saved on a cookie draft.
  const wizard = new Wizard(page, 'en');
  await wizard.start();
  await wizard.passEligibility();
  const reached = page.url();

  await signInWithPassword(page, email);
  await acceptTermsIfAsked(page);
  await page.goto('/en/apply');
  await expect(page).toHaveURL(reached);

  await page.getByRole('button', { name: words.signIn.signOut }).click();
  await expect(page).toHaveURL(/\/en$/);
  await page.goto('/en/apply');
  await expect(page).not.toHaveURL(reached);
  // Signed in again, the draft is there.
  await signInWithPassword(page, email);
  await acceptTermsIfAsked(page);
  await page.goto('/en/apply');
  await expect(page).toHaveURL(reached);
});

test('a forgotten password: the same answer for any address, a link by e-mail to the account, and the lock ends', async ({ page }) => {
  const email = uniqueEmail('reset');
  await register(page, email, false);
  await withDatabase((client) => client.query(`UPDATE account SET locked_at = now(), failed_sign_ins = 50 WHERE email = $1`, [email]));

  const nobody = uniqueEmail('nobody');
  for (const address of [nobody, email]) {
    await open(page, '/en/sign-in');
    await page.getByRole('link', { name: words.signIn.forgot }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.forgot.title);
    await page.getByLabel(words.forgot.email).fill(address);
    await page.getByRole('button', { name: words.forgot.submit }).click();
    await expect(page).toHaveURL(/\/en\/forgot-password\/sent$/);
    await expect(page.getByText(words.forgot.sent)).toBeVisible();
  }
  const message = await waitForEmail(email, emailWords.reset.subject);
  // Asked first, the address with no account got nothing (the outbox sends in order).
  expect(emailsTo(nobody)).toEqual([]);
  await page.goto(linkIn(message));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.reset.title);
  // Two different passwords: refused, clearly.
  await page.getByLabel(words.reset.password, { exact: true }).fill('a brand new passphrase');
  await page.getByLabel(words.reset.confirm).fill('another passphrase entirely');
  await page.getByRole('button', { name: words.reset.submit }).click();
  await expect(page.locator('.ak-error-summary')).toContainText(words.register.passwordMismatch);
  await page.getByLabel(words.reset.password, { exact: true }).fill('a brand new passphrase');
  await page.getByLabel(words.reset.confirm).fill('a brand new passphrase');
  await page.getByRole('button', { name: words.reset.submit }).click();
  await expect(page).toHaveURL(/\/en\/sign-in\?notice=password-changed$/);

  // The same link a second time does nothing.
  await page.goto(linkIn(message));
  await page.getByLabel(words.reset.password, { exact: true }).fill('yet another passphrase');
  await page.getByLabel(words.reset.confirm).fill('yet another passphrase');
  await page.getByRole('button', { name: words.reset.submit }).click();
  await expect(page.locator('.ak-error-summary')).toContainText(words.reset.invalidLink);

  await signInWithPassword(page, email, 'a brand new passphrase');
  await acceptTermsIfAsked(page);
  await expect(page).toHaveURL(/\/en\/apply/);
});
