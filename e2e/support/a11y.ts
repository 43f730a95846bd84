import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * Every axe rule (WCAG 2.0/2.1 A and AA and best practice) on the page as it is now.
 * axe is itself a script: on a page without JavaScript it runs on a twin of the page in a
 * context where only the app's own scripts are blocked, so it sees the same server HTML.
 */
export async function expectNoAxeViolations(page: Page) {
  // After a client-side navigation the document title arrives with the page's metadata.
  await expect(page).toHaveTitle(/\S/);
  const javaScriptEnabled = test.info().project.use.javaScriptEnabled !== false;
  let target = page;
  if (!javaScriptEnabled) {
    const context = await page.context().browser()!.newContext({ javaScriptEnabled: true });
    await context.route('**/*.js', (route) => route.abort());
    target = await context.newPage();
    await target.goto(page.url());
  }
  try {
    const results = await new AxeBuilder({ page: target }).analyze();
    const summary = results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
    expect(summary, `axe violations on ${page.url()}`).toEqual([]);
  } finally {
    if (target !== page) await target.context().close();
  }
}
