import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { waitForHydration } from './support/hydration';
import { Wizard } from './support/wizard';

// With JavaScript the browser checks a page with the server's own schema before posting it
// (R-ENG-02). Each bad page is checked twice: in the browser, where nothing may be posted, and
// by the server, in a context without JavaScript on the same draft. Both must say the same.

/** What a page says is wrong: the error summary's links and the inline messages, in page order. */
async function errorsShown(page: Page) {
  const summary = page.getByRole('alert', { name: 'There is a problem' });
  await expect(summary).toBeVisible();
  return {
    summary: await summary.getByRole('link').allTextContents(),
    inline: await page.locator('.ak-error-message').allTextContents(),
    outlined: await page.locator('.ak-input--error').evaluateAll((inputs) => inputs.map((input) => input.id)),
  };
}

/** Posts nothing while `act` runs: every request it makes is counted. */
async function postsDuring(page: Page, act: () => Promise<void>): Promise<number> {
  let posts = 0;
  const count = (request: { method(): string }) => void (request.method() === 'POST' && posts++);
  page.on('request', count);
  await act();
  page.off('request', count);
  return posts;
}

class ServerTwin {
  private constructor(
    private readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  static async open(browser: Browser, baseURL: string) {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    return new ServerTwin(context, await context.newPage());
  }

  /** The same draft as `from`, the page at the same address, without JavaScript. */
  async follow(from: Page) {
    await this.context.clearCookies();
    await this.context.addCookies(await from.context().cookies());
    await this.page.goto(from.url());
  }

  close() {
    return this.context.close();
  }
}

test('R-ENG-02 R-X-01 with JavaScript the browser refuses a bad page with the very words the server uses, and posts nothing', async ({
  page,
  browser,
  baseURL,
  javaScriptEnabled,
}) => {
  test.skip(!javaScriptEnabled, 'the browser check needs JavaScript');
  test.setTimeout(180_000);
  const wizard = new Wizard(page, 'en');
  const server = await ServerTwin.open(browser, baseURL!);
  const twin = new Wizard(server.page, 'en');

  /** Fills a page badly in both browsers and compares what each shows. */
  async function sameErrors(fillBadly: (on: Wizard) => Promise<void>) {
    await waitForHydration(page);
    await server.follow(page);
    const address = page.url();
    await fillBadly(wizard);
    const posts = await postsDuring(page, async () => {
      await page.getByRole('button', { name: wizard.m.Form.continue }).click();
      await expect(page.getByRole('alert', { name: 'There is a problem' })).toBeVisible();
    });
    expect(posts, 'the browser posted a page it should have refused').toBe(0);
    expect(page.url()).toBe(address);
    // The summary takes focus, so the problem is announced.
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toBeFocused();
    const inBrowser = await errorsShown(page);

    await fillBadly(twin);
    await server.page.getByRole('button', { name: twin.m.Form.continue }).click();
    expect(inBrowser).toEqual(await errorsShown(server.page));
    return inBrowser;
  }

  try {
    await wizard.start();
    const nothingChosen = await sameErrors(async () => {});
    expect(nothingChosen.summary).toEqual(['Select where you are now']);
    await wizard.passEligibility();

    const names = await sameErrors(async (on) => {
      await on.fill('applicantGivenName', ' ');
      await on.fill('applicantFamilyName', 'x'.repeat(201));
    });
    // R-X-01: short messages that name the field, not the whole question.
    expect(names.summary).toEqual(['Enter your given names', 'Family name must be 100 characters or less']);
    await wizard.fill('applicantGivenName', 'Amira');
    await wizard.fill('applicantFamilyName', 'Haddad');
    await wizard.continue('applicant-birth');

    // An impossible date: only the wrong box is outlined.
    const birth = await sameErrors((on) => on.date('applicantBirthDate', '31', '2', '1990'));
    expect(birth.summary).toEqual(['Date of birth must be a real date']);
    expect(birth.outlined).toEqual(['applicantBirthDate']);
    await wizard.date('applicantBirthDate', '5', '3', '1990');
    await wizard.continue('applicant-citizenship');
    await wizard.fromCitizenshipToContact();

    const contact = await sameErrors(async (on) => {
      await on.fill('applicantEmail', 'amira@');
      await on.fill('applicantPhone', 'call me');
    });
    expect(contact.summary).toEqual([wizard.m.Form.errors.invalidEmail, wizard.m.Form.errors.invalidPhone]);
    await wizard.fill('applicantEmail', 'amira@example.org');
    await wizard.fill('applicantPhone', '+962 6 123 4567');
    await wizard.continue('sponsor-name');
    await wizard.fill('sponsorGivenName', 'Omar');
    await wizard.fill('sponsorFamilyName', 'Haddad');
    await wizard.continue('sponsor-personnummer');

    // R-APP-01: a wrong check digit, refused in the browser with the server's words.
    const personnummer = await sameErrors((on) => on.fill('sponsorPersonnummer', '811218-9875'));
    expect(personnummer.summary).toEqual([wizard.m.Form.errors.invalidPersonnummer]);
    await wizard.fill('sponsorPersonnummer', '811218-9876');
    await wizard.continue('sponsor-address');
    await wizard.toFamilyMembers();

    // R-APP-03: a half-filled family member; each missing answer is named in the browser too.
    const family = await sameErrors((on) => on.familyMember(1).getByLabel(on.label('memberGivenName'), { exact: true }).fill('Layla'));
    expect(family.summary).toContain('Enter their family name');
    expect(family.inline.length).toBe(family.summary.length);

    // R-ELIG-01: a child is refused in the browser too, with the server's words.
    const child = await sameErrors((on) => on.fillFamilyMember(1, { bornIn: '2015' }));
    expect(child.summary).toEqual([wizard.m.familyReunion.fields.memberBirthDate.errors.under18]);

    // Enter in a box means "Continue", not "Add another person" (the first button in the form).
    await wizard.fillFamilyMember(1);
    await wizard.familyMember(1).getByLabel(wizard.label('memberPassportNumber')).press('Enter');
    await expect(page).toHaveURL(/\/en\/apply\/embassy$/);
  } finally {
    await server.close();
  }
});

for (const locale of ['sv', 'en', 'ar'] as const) {
  test(`R-X-02 R-ENG-08 errors found in the browser, in ${locale}, pass axe and are announced`, async ({ page, javaScriptEnabled }) => {
    test.skip(!javaScriptEnabled, 'the browser check needs JavaScript');
    const wizard = new Wizard(page, locale);
    await wizard.start();
    await waitForHydration(page);
    await page.getByRole('button', { name: wizard.m.Form.continue }).click();
    const summary = page.getByRole('alert', { name: wizard.m.Ui.errorSummaryTitle });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText(wizard.m.familyReunion.fields.currentLocation.errors.required);
    await expectNoAxeViolations(page);
    // The same mistake again: the summary is announced again.
    await page.getByRole('button', { name: wizard.m.Form.continue }).focus();
    await page.keyboard.press('Enter');
    await expect(summary).toBeFocused();
  });
}
