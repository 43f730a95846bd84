import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { acceptTermsIfAsked, javaScriptOn, open, signInWithEid } from './support/identity';
import { messagesFor } from './support/wizard';

// The header signed in, with the longest name of the test identities. The same server HTML
// and CSS with or without JavaScript; both projects run it.

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function headerLayout(page: Page) {
  const box = async (selector: string) => (await page.locator(selector).boundingBox()) as Box;
  const targets = await page.locator('.ak-header__tools a, .ak-header__tools button').evaluateAll((elements) =>
    elements.map((element) => {
      const { width, height } = element.getBoundingClientRect();
      return { text: element.textContent, width, height, fontSize: getComputedStyle(element).fontSize };
    }),
  );
  return {
    header: await box('.ak-header'),
    brand: await box('.ak-header__brand'),
    tools: await box('.ak-header__tools'),
    signOutFontSize: await page.locator('.ak-header__account button').evaluate((element) => getComputedStyle(element).fontSize),
    languageFontSize: await page.locator('.ak-language-switcher a').first().evaluate((element) => getComputedStyle(element).fontSize),
    targets,
    overflow: await page.locator('.ak-header__inner').evaluate((inner) => inner.scrollWidth - inner.clientWidth),
  };
}

test('R-X-02 signed in, the header is one row on a laptop (1280 and 1024 px), "Sign out" the size of the language links, every target at least 24 × 24 px, and it fits 390 px, left to right and right to left', async ({ page }) => {
  test.setTimeout(180_000);
  await signInWithEid(page, 'en', 'Grace Wanjiru Sundberg');
  await acceptTermsIfAsked(page);
  for (const locale of ['sv', 'en', 'ar'] as const) {
    const signOut = messagesFor[locale].Identity.signIn.signOut;
    for (const width of [1280, 1024, 390]) {
      await page.setViewportSize({ width, height: 800 });
      await open(page, `/${locale}/embassy`);
      await expect(page.getByRole('button', { name: signOut })).toBeVisible();
      const layout = await headerLayout(page);
      const where = `${locale} at ${width} px`;
      expect(layout.signOutFontSize, where).toBe(layout.languageFontSize);
      for (const target of layout.targets) {
        expect(target.width, `${where}: ${target.text}`).toBeGreaterThanOrEqual(24);
        expect(target.height, `${where}: ${target.text}`).toBeGreaterThanOrEqual(24);
      }
      expect(layout.overflow, `${where}: nothing runs off the screen`).toBeLessThanOrEqual(0);
      expect(layout.tools.x, where).toBeGreaterThanOrEqual(0);
      expect(layout.tools.x + layout.tools.width, where).toBeLessThanOrEqual(width);
      if (width === 390) continue;
      // One row: the tools beside the service's name, not below it, and no taller than two short lines.
      expect(layout.tools.y, where).toBeLessThan(layout.brand.y + layout.brand.height);
      expect(layout.brand.y, where).toBeLessThan(layout.tools.y + layout.tools.height);
      expect(layout.header.height, where).toBeLessThanOrEqual(115);
      // The tools at the end of the line: on the left in Arabic.
      if (locale === 'ar') expect(layout.tools.x + layout.tools.width, where).toBeLessThanOrEqual(layout.brand.x);
      else expect(layout.tools.x, where).toBeGreaterThanOrEqual(layout.brand.x + layout.brand.width);
    }
    // (On the start page: the header is the same on every page.)
    if (javaScriptOn()) {
      await open(page, `/${locale}`);
      await expectNoAxeViolations(page);
    }
  }
  // Sign-out still works from the narrow header.
  await page.getByRole('button', { name: messagesFor.ar.Identity.signIn.signOut }).click();
  await expect(page).toHaveURL(/\/ar$/);
});
