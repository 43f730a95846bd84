import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { tabAndType, tabTo } from './support/keyboard';
import { authenticatorCode, javaScriptOn, open, PASSWORD, uniqueEmail } from './support/identity';
import { linkIn, waitForEmail } from './support/mail';
import { messagesFor } from './support/wizard';

// R-X-02 and R-MS-01: every step of making a two-step account and signing in with it, by
// keyboard alone (Tab, Space, Enter), in each language, with JavaScript and without; axe on
// each step (with JavaScript: the set-up pages need the session, which axe's twin lacks).

const SUBMIT = 'main form button.ak-button';

for (const locale of ['sv', 'en', 'ar'] as const) {
  test(`R-X-02 R-MS-01 registration, two-step set-up and sign-in by keyboard alone in ${locale}`, async ({ page }) => {
    test.setTimeout(240_000);
    const words = messagesFor[locale].Identity;
    const email = uniqueEmail(`keyboard-${locale}`);
    const axe = async () => {
      if (javaScriptOn()) await expectNoAxeViolations(page);
    };
    const landsOn = async (path: RegExp) => {
      await expect(page).toHaveURL(new RegExp(`/${locale}${path.source}`));
      await axe();
    };
    const signIn = async () => {
      await tabAndType(page, 'input[name=email]', email);
      await tabAndType(page, 'input[name=password]', PASSWORD);
      await tabTo(page, SUBMIT);
      await page.keyboard.press('Enter');
    };

    await open(page, `/${locale}/register`);
    await axe();
    // Sent empty: every mistake is named.
    await tabTo(page, SUBMIT);
    await page.keyboard.press('Enter');
    await expect(page.locator('.ak-error-summary li')).toHaveCount(3);
    await axe();
    await tabAndType(page, 'input[name=email]', email);
    await tabAndType(page, 'input[name=password]', PASSWORD);
    await tabAndType(page, 'input[name=confirmPassword]', PASSWORD);
    await tabTo(page, 'input[name=twoStep]');
    await page.keyboard.press('Space'); // the first option: two-step verification
    await tabTo(page, SUBMIT);
    await page.keyboard.press('Enter');
    await landsOn(/\/register\/done$/);

    const confirmation = await waitForEmail(email, messagesFor[locale].Email.verify.subject);
    await page.goto(linkIn(confirmation));
    await landsOn(/\/sign-in\?notice=verified$/);
    await expect(page.getByText(words.signIn.verified)).toBeVisible();

    // The first sign-in sets up the app.
    await signIn();
    await landsOn(/\/register\/two-step$/);
    const secret = (await page.locator('.ak-secret').textContent())!;
    await tabAndType(page, 'input[name=code]', '000000');
    await page.keyboard.press('Enter');
    await expect(page.locator('.ak-error-summary')).toContainText(words.enrol.wrong);
    await axe();
    await tabAndType(page, 'input[name=code]', authenticatorCode(secret));
    await page.keyboard.press('Enter');
    await landsOn(/\/register\/recovery-codes$/);
    await expect(page.locator('.ak-recovery-codes li')).toHaveCount(10);
    await tabTo(page, SUBMIT);
    await page.keyboard.press('Enter');
    await landsOn(/\/sign-in\?notice=two-step-ready$/);

    // From now on: the password, then a code from the app.
    await signIn();
    await landsOn(/\/sign-in\/code$/);
    await tabAndType(page, 'input[name=code]', authenticatorCode(secret, 1));
    await page.keyboard.press('Enter');
    await landsOn(/\/terms\/accept$/);
    await tabTo(page, 'input[name=accept]');
    await page.keyboard.press('Space');
    await tabTo(page, SUBMIT);
    await page.keyboard.press('Enter');
    await landsOn(/\/min-sida$/);
    await expect(page.getByText(words.minSida.method.TWO_STEP)).toBeVisible();
  });
}
