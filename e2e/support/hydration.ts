import type { Page } from '@playwright/test';

/** Waits until React has hydrated the page: its DOM nodes then carry React's internal keys. */
export async function waitForHydration(page: Page) {
  await page.waitForFunction(() => {
    const link = document.querySelector('.ak-language-switcher a');
    return link !== null && Object.keys(link).some((key) => key.startsWith('__reactFiber'));
  });
}
