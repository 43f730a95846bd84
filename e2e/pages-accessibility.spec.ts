import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { locales } from './support/locales';

// Every page there is, in every language, with JavaScript and without.
const pages = ['terms', 'privacy', 'accessibility', 'components'];

for (const { locale, dir } of locales) {
  for (const path of pages) {
    test(`R-X-02 /${locale}/${path} has no axe violations`, async ({ page }) => {
      const response = await page.goto(`/${locale}/${path}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
}

test('R-ENG-08 the error summary links move focus to the fields they name', async ({ page }) => {
  await page.goto('/en/components');
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await summary.getByRole('link', { name: 'Choose the country where you live' }).click();
  await expect(page.getByLabel('Country where you live')).toBeFocused();
  await summary.getByRole('link', { name: 'Enter your full name' }).click();
  await expect(page.getByRole('textbox', { name: 'Full name' })).toBeFocused();
  // The inline error is tied to its field for screen readers.
  await expect(page.getByRole('textbox', { name: 'Full name' })).toHaveAccessibleDescription(
    /As it is written in your passport\.\s*Error: Enter your full name/,
  );
});
