import { expect, test, type Locator, type Page } from '@playwright/test';
import { withDatabase } from './support/demo';
import { open, PASSWORD } from './support/identity';
import { messagesFor, Wizard } from './support/wizard';

// A NUL cannot be stored by PostgreSQL (text or jsonb): pasted from odd software or posted by
// a tampered request, it must be a field error in the person's language, never a 500 and
// never written (R-X-01). Runs with JavaScript and without.

/** Puts `value` in the input as it is: a NUL is kept, as a paste would keep it. */
const setValue = (input: Locator, value: string) => input.evaluate((element: HTMLInputElement, text) => (element.value = text), value);

const summary = (page: Page) => page.locator('.ak-error-summary');

test('R-X-01 a NUL in the e-mail or password of registration, sign-in or a forgotten password is a field error in Swedish; nothing is written', async ({ page }) => {
  const words = messagesFor.sv.Identity;
  const marker = `nul-${test.info().project.name}-${Date.now()}`;
  const badEmail = `${marker}\u0000@example.org`;
  const invalid = (label: string) => words.invalidCharacters.replace('{field}', label);

  await open(page, '/sv/register');
  await setValue(page.getByLabel(words.register.email), badEmail);
  await page.getByLabel(words.register.password, { exact: true }).fill(PASSWORD);
  await setValue(page.getByLabel(words.register.confirm), `${PASSWORD}\u0000`);
  await page.getByLabel(words.register.twoStepNo).check();
  await page.getByRole('button', { name: words.register.submit }).click();
  await expect(summary(page)).toContainText(invalid(words.register.email));
  await expect(summary(page)).toContainText(invalid(words.register.confirm));
  await expect(page).toHaveURL(/\/sv\/register$/);

  await open(page, '/sv/sign-in');
  await setValue(page.getByLabel(words.signIn.email), badEmail);
  await setValue(page.getByLabel(words.signIn.password), `\u0000${PASSWORD}`);
  await page.getByRole('button', { name: words.signIn.submit, exact: true }).click();
  await expect(summary(page)).toContainText(invalid(words.signIn.email));
  await expect(summary(page)).toContainText(invalid(words.signIn.password));

  await open(page, '/sv/forgot-password');
  await setValue(page.getByLabel(words.forgot.email), badEmail);
  await page.getByRole('button', { name: words.forgot.submit }).click();
  await expect(summary(page)).toContainText(invalid(words.forgot.email));
  await expect(page).toHaveURL(/\/sv\/forgot-password$/);

  // Not an account, an e-mail, a counted attempt or a log row holds the address.
  const written = await withDatabase(async (client) => {
    const { rows } = await client.query<{ count: number }>(
      `SELECT (SELECT count(*) FROM account WHERE email LIKE $1) + (SELECT count(*) FROM outbox_email WHERE "to" LIKE $1)
            + (SELECT count(*) FROM rate_limit WHERE key LIKE $1) + (SELECT count(*) FROM audit_log WHERE detail::text LIKE $1) AS count`,
      [`%${marker}%`],
    );
    return Number(rows[0]!.count);
  });
  expect(written).toBe(0);
});

test('R-X-01 a NUL in a wizard answer is a field error in Arabic, and the page is shown again, not a 500', async ({ page }) => {
  const wizard = new Wizard(page, 'ar');
  await wizard.start();
  await wizard.passEligibility();
  await setValue(page.getByLabel(wizard.label('applicantGivenName'), { exact: true }), 'Am\u0000ira');
  await wizard.fill('applicantFamilyName', 'Haddad');
  await wizard.continue();
  const message = wizard.m.Form.errors.invalidCharacters.replace('{name}', wizard.m.familyReunion.fields.applicantGivenName.name);
  await expect(summary(page)).toContainText(message);
  await expect(page).toHaveURL(/\/ar\/apply\/applicant-name$/);
  // Typed again without it, the answer is taken.
  await wizard.fill('applicantGivenName', 'Amira');
  await wizard.continue('applicant-birth');
});
