import type { Page } from '@playwright/test';

/** Presses Tab until the focused element matches `selector`, as a keyboard user moves through the page. */
export async function tabTo(page: Page, selector: string) {
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Tabs to the box and types into it. */
export async function tabAndType(page: Page, selector: string, text: string) {
  await tabTo(page, selector);
  await page.keyboard.type(text);
}
