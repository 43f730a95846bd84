import { expect, test } from '@playwright/test';
import { tabTo } from './support/keyboard';
import { Wizard } from './support/wizard';

// The wizard by keyboard alone (R-X-02), with JavaScript and without: Tab to a control, Space
// or the arrow keys to choose, Enter on "Continue". No mouse, no element picked by the test.

const OPTION = 'input[type=radio]';
const CONTINUE = 'button.ak-button:not(.ak-button--secondary)';
const TEXT_BOX = 'input[type=text]';

test('R-X-02 the eligibility questions and the first details by keyboard alone', async ({ page }) => {
  const wizard = new Wizard(page, 'en');
  await wizard.start();

  /** Tabs to the first option of the page's question, moves down `down` options, and continues. */
  async function chooseAndContinue(down: number, next: string) {
    await tabTo(page, OPTION);
    // Space checks the focused option; each arrow key moves to the next one and checks it.
    await page.keyboard.press('Space');
    for (let step = 0; step < down; step++) await page.keyboard.press('ArrowDown');
    await tabTo(page, CONTINUE);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/en/apply/${next}$`));
  }

  await chooseAndContinue(0, 'permanent-permit'); // In my home country
  await chooseAndContinue(1, 'children'); // No
  await chooseAndContinue(1, 'sponsor-citizenship'); // No
  await chooseAndContinue(1, 'ages'); // No
  await chooseAndContinue(0, 'web-requirements'); // Yes
  // Three yes/no questions on one page: Tab moves from one group to the next.
  for (let question = 0; question < 3; question++) {
    await tabTo(page, OPTION);
    await page.keyboard.press('Space');
  }
  await tabTo(page, CONTINUE);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/apply\/applicant-name$/);

  await tabTo(page, TEXT_BOX);
  await page.keyboard.type('Amira');
  await tabTo(page, TEXT_BOX);
  await page.keyboard.type('Haddad');
  await tabTo(page, CONTINUE);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/apply\/applicant-birth$/);
});
