import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { locales } from './support/locales';

// Runs with JavaScript and without (projects with-js and no-js).

for (const { locale, dir, homeTitle } of locales) {
  test(`R-X-02 the home page in ${locale} has lang, direction, content and no axe violations`, async ({ page }) => {
    const response = await page.goto(`/${locale}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(homeTitle);
    await expect(page.getByRole('navigation').locator('[aria-current="true"]')).toHaveAttribute('lang', locale);
    // R-TOU-06: the seeded planned-maintenance announcement is shown in the page's language.
    await expect(page.getByRole('region').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

// The test database holds no decisions; the figures are worked out when the app's jobs start.
test('R-PROC-04 the start page says there are not yet enough decisions to show a time, and how many applications wait', async ({ page }) => {
  await expect(async () => {
    await page.goto('/en');
    await expect(page.getByRole('heading', { name: 'How long it takes' })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByText('There are not yet enough decisions to show how long it takes.')).toBeVisible();
  await expect(page.getByText(/^\d[\d,]* applications? (is|are) waiting for a decision\.$/)).toBeVisible();
  await expect(page.getByText(/took at most/)).toHaveCount(0);

  await page.goto('/sv');
  await expect(page.getByText('Det finns ännu inte tillräckligt många beslut för att visa hur lång tid det tar.')).toBeVisible();
});

test('R-X-02 the language switcher keeps the page', async ({ page }) => {
  await page.goto('/sv/terms');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Användarvillkor');

  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/terms$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Terms of use');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(/\/ar\/terms$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('شروط الاستخدام');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  await page.getByRole('link', { name: 'Svenska' }).click();
  await expect(page).toHaveURL(/\/sv\/terms$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});

test('the address without a language goes to the browser language, Swedish by default', async ({ browser }) => {
  for (const [browserLocale, expected] of [
    ['sv-SE', '/sv'],
    ['en-GB', '/en'],
    ['ar-JO', '/ar'],
    ['de-DE', '/sv'],
  ] as const) {
    const context = await browser.newContext({ locale: browserLocale });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(new RegExp(`${expected}$`));
    await context.close();
  }
});

test('R-X-02 by keyboard: the skip link comes first and moves focus to the main content', async ({ page }) => {
  await page.goto('/en');
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();
  // The next Tab stop after the skip target is inside the main content or after it, never the header.
  await page.keyboard.press('Tab');
  await expect(page.locator('header :focus')).toHaveCount(0);
});

test('the footer links to the terms, privacy and accessibility pages in each language', async ({ page }) => {
  for (const { locale } of locales) {
    await page.goto(`/${locale}`);
    const footer = page.getByRole('contentinfo');
    for (const path of ['terms', 'privacy', 'accessibility']) {
      await expect(footer.locator(`a[href="/${locale}/${path}"]`)).toHaveCount(1);
    }
  }
});
