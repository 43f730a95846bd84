import { test, expect } from '@playwright/test';
import { demo } from './support/demo';
import { acceptTermsIfAsked, signInWithEid } from './support/identity';
import { messagesFor } from './support/wizard';

test('shots', async ({ browser }) => {
  test.setTimeout(300_000);
  for (const [width, height, tag] of [[1200, 900, 'desk'], [390, 844, 'phone']] as const) {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await signInWithEid(page, 'en', 'Sara Lindqvist');
    await acceptTermsIfAsked(page);
    const base = `/sv/sponsor/questionnaires/${demo.leilaApplicationId}`;
    for (const locale of ['sv', 'en', 'ar'] as const) {
      const b = base.replace('/sv/', `/${locale}/`);
      await page.goto(`${b}/identity`);
      await page.screenshot({ path: `/tmp/shots/${tag}-${locale}-identity.png`, fullPage: true });
      if (locale === 'sv') {
        await page.getByRole('button', { name: messagesFor.sv.Form.continue }).click();
        await page.getByRole('button', { name: messagesFor.sv.Form.continue }).click();
      }
      await page.goto(`${b}/livelihood`);
      await page.screenshot({ path: `/tmp/shots/${tag}-${locale}-livelihood.png`, fullPage: true });
      await page.goto(`/${locale}/sponsor`);
      await page.screenshot({ path: `/tmp/shots/${tag}-${locale}-list.png`, fullPage: true });
    }
    await context.close();
  }
  // Money and area inputs, with an error.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await signInWithEid(page, 'en', 'Sara Lindqvist');
  await acceptTermsIfAsked(page);
  const b = `/en/sponsor/questionnaires/${demo.leilaApplicationId}`;
  await page.goto(`${b}/livelihood`);
  await page.getByLabel(messagesFor.en.sponsorQuestionnaire.options.livelihood.pension, { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/monthly-income/);
  await page.getByLabel(messagesFor.en.sponsorQuestionnaire.fields.monthlyIncome.label).fill('12,50');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/shots/phone-en-money-error.png`, fullPage: true });
  await context.close();
});
