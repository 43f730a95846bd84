import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { demo, withDatabase } from './support/demo';
import { acceptTermsIfAsked, homeAfterSignIn, javaScriptOn, signInWithEid } from './support/identity';
import { messagesFor, Wizard } from './support/wizard';

// Pages drawn on the server. The tests that sign in with e-ID run with JavaScript only (the local
// e-ID provider's page needs it), as the other e-ID specs do; check-your-answers runs in both.
const eidNeedsJavaScript = () => test.skip(!javaScriptOn(), 'the local e-ID provider needs JavaScript; the pages are the same server HTML');

/** The family in the demo data (lib/db/seed.ts): Rana Khalil applies with her husband and son, embassy in Amman. */
const family = {
  ranaCaseId: '00000000-0000-4000-8000-000000000403',
  yusufCaseId: '00000000-0000-4000-8000-000000000404',
  samiCaseId: '00000000-0000-4000-8000-000000000405',
};

type Locale = 'sv' | 'en' | 'ar';
const locales: Locale[] = ['sv', 'en', 'ar'];

/** A day as the language writes it: "2 december 2026", "2 December 2026", "2 ديسمبر 2026" (Western digits). */
const oneDateFormat: Record<Locale, RegExp> = {
  sv: /^\d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \d{4}$/,
  en: /^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/,
  ar: /^[\u200f\u061c]?\d{1,2} (يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر) \d{4}$/,
};

async function signInAs(page: Page, locale: Locale, name: string) {
  await signInWithEid(page, locale, name);
  await acceptTermsIfAsked(page, messagesFor[locale].Identity.terms.submit);
  await expect(page).toHaveURL(homeAfterSignIn(locale, name));
}

async function signOut(page: Page, locale: Locale) {
  await page.getByRole('button', { name: messagesFor[locale].Identity.signIn.signOut }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}$`));
}

/** The text of each cell of a table's body rows. */
const cellsOf = (table: Locator) =>
  table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent!.trim())));

test('R-APP-03 R-DOC-05 each case of a family shows its own person, and the documents as the family\'s shared ones, each with its type in words', async ({ page }) => {
  eidNeedsJavaScript();
  const cases = messagesFor.en.Staff.cases;
  const main = page.getByRole('main');
  await signInAs(page, 'en', 'Eva Holm');

  // The list names the person of each case.
  await page.goto('/en/caseworker');
  const list = await cellsOf(main.getByRole('table'));
  const byName = (name: string) => list.find((cells) => cells[1]!.startsWith(name));
  expect(byName('Rana Khalil')).toBeDefined();
  expect(byName('Yusuf Khalil')?.[1]).toBe(`Yusuf Khalil${cases.roleMember}`);
  expect(byName('Sami Khalil')?.[1]).toBe(`Sami Khalil${cases.roleMember}`);
  const ranaNumber = byName('Rana Khalil')![0]!;

  // A family member's case: his own name; the documents are the family's, not passed off as his.
  await page.goto(`/en/caseworker/cases/${family.yusufCaseId}`);
  await expect(main.locator('.ak-lead')).toHaveText('Yusuf Khalil');
  await expect(main).toContainText(cases.roleMember);
  const family_ = main.getByRole('table').first();
  expect(await cellsOf(family_)).toEqual([
    ['Rana Khalil', cases.roleMain, ranaNumber],
    ['Sami Khalil', cases.roleMember, expect.any(String)],
  ]);
  await expect(main.getByRole('heading', { level: 2, name: cases.sharedDocumentsTitle })).toBeVisible();
  await expect(main).toContainText(`Yusuf Khalil has no documents of their own in this application.`);
  await expect(main).toContainText(`(Rana Khalil, case ${ranaNumber})`);
  const documents = await cellsOf(main.getByRole('table').last());
  expect(documents.map(([type, file]) => [type, file])).toEqual([
    ['Passport', 'passport.pdf (Passport)'],
    ['Proof of relationship', 'passport.pdf (Proof of relationship)'],
    ['Proof of relationship', 'marriage-certificate.pdf (Proof of relationship)'],
  ]);
  // Two files named alike are told apart by their type, also to a screen reader.
  await expect(main.getByRole('link', { name: 'passport.pdf (Passport)', exact: true })).toHaveCount(1);
  await expect(main.getByRole('link', { name: 'passport.pdf (Proof of relationship)', exact: true })).toHaveCount(1);
  await expect(main).toContainText(cases.documentsNotApproved);

  // The main applicant's case: her name, the same documents, said to be the whole family's.
  await main.getByRole('link', { name: ranaNumber }).click();
  await expect(page).toHaveURL(new RegExp(`/en/caseworker/cases/${family.ranaCaseId}$`));
  await expect(main.locator('.ak-lead')).toHaveText('Rana Khalil');
  await expect(main).toContainText(cases.sharedDocumentsOfMain);
  expect((await cellsOf(main.getByRole('table').last())).map(([type]) => type)).toEqual(['Passport', 'Proof of relationship', 'Proof of relationship']);

  // An application without family members has plain "Documents", nothing shared.
  await page.goto(`/en/caseworker/cases/${demo.leilaCaseId}`);
  await expect(main.getByRole('heading', { level: 2, name: cases.documentsTitle, exact: true })).toBeVisible();
  await expect(main).not.toContainText(cases.sharedDocumentsTitle);
  await signOut(page, 'en');

  // Embassy staff in Amman see the family's cases the same way.
  await signInAs(page, 'en', 'Omar Nilsson');
  await page.goto(`/en/embassy/cases/${family.samiCaseId}`);
  await expect(main.locator('.ak-lead')).toHaveText('Sami Khalil');
  await expect(main).toContainText('Sami Khalil has no documents of their own in this application.');
  expect((await cellsOf(main.getByRole('table').last())).map(([type]) => type)).toEqual(['Passport', 'Proof of relationship', 'Proof of relationship']);
});

for (const locale of locales) {
  test(`R-MS-02 R-X-02 case lists, case pages and the sponsor's list write dates one way in ${locale}; the staff pages have no axe violations`, async ({ page }) => {
    eidNeedsJavaScript();
    test.setTimeout(180_000);
    const main = page.getByRole('main');
    const cases = messagesFor[locale].Staff.cases;
    const registeredColumn = async () => {
      const headings = await main.getByRole('table').locator('thead th').allTextContents();
      return (await cellsOf(main.getByRole('table'))).map((cells) => cells[headings.indexOf(cases.registeredOn)]!);
    };
    const expectDates = (dates: string[]) => {
      expect(dates.length).toBeGreaterThan(0);
      for (const date of dates) expect(date).toMatch(oneDateFormat[locale]);
    };

    await signInAs(page, locale, 'Eva Holm');
    await page.goto(`/${locale}/caseworker`);
    expectDates(await registeredColumn());
    // On a narrow screen the table scrolls in its own box, which the keyboard can reach.
    await expect(main.getByRole('region', { name: cases.tableLabel })).toHaveAttribute('tabindex', '0');
    await expectNoAxeViolations(page);
    await page.goto(`/${locale}/caseworker/cases/${family.yusufCaseId}`);
    await expect(main.getByRole('heading', { level: 2, name: cases.sharedDocumentsTitle })).toBeVisible();
    await expect(main.getByRole('cell', { name: cases.documentTypes.passport, exact: true })).toBeVisible();
    expectDates(await main.locator('.ak-timeline time').allTextContents());
    await expectNoAxeViolations(page);
    await signOut(page, locale);

    await signInAs(page, locale, 'Omar Nilsson');
    await page.goto(`/${locale}/embassy/cases/${family.ranaCaseId}`);
    await expect(main.locator('.ak-lead')).toHaveText('Rana Khalil');
    await expectNoAxeViolations(page);
    await signOut(page, locale);

    await signInAs(page, locale, 'Leila Haddad');
    expectDates(await registeredColumn());
    await page.goto(`/${locale}/min-sida/cases/${demo.leilaCaseId}`);
    expectDates(await main.locator('.ak-timeline time').allTextContents());
    await signOut(page, locale);

    await signInAs(page, locale, 'Sara Lindqvist');
    await page.goto(`/${locale}/sponsor`);
    // Each questionnaire: "Answer before <date>", or "Sent on <date>".
    const sponsorWords = messagesFor[locale].Staff.sponsor;
    const prefixes = [sponsorWords.answerBefore, sponsorWords.sentOn].map((text) => text.replace('{date}', ''));
    const listed = (await main.locator('.ak-task-list__item .ak-hint').allTextContents()).map((text) =>
      prefixes.reduce((rest, prefix) => rest.replace(prefix, ''), text).trim(),
    );
    expectDates(listed);
  });
}

test('R-APP-08 the receipt gives the date as every English page does, and says an e-mail will ask you to book the interview, as the start page does', async ({ page }) => {
  eidNeedsJavaScript();
  const en = messagesFor.en;
  const main = page.getByRole('main');
  await signInAs(page, 'en', 'Leila Haddad');
  await page.goto(`/en/apply/receipt/${demo.leilaApplicationId}`);
  const sent = (await main.getByText(/^Your application was registered on /).textContent())!;
  expect(sent.replace(/^Your application was registered on |\.$/g, '')).toMatch(oneDateFormat.en);
  await expect(main).toContainText(en.Receipt.next);
  await expect(main).toContainText('you will get an e-mail asking you to book an interview at the embassy or consulate-general');
  expect(en.Home.steps.join(' ')).toContain('you get an e-mail asking you to book an interview at the embassy or consulate-general');
  await expect(main).not.toContainText('will contact you about an interview');
});

test('English pages say "My page", never "Min sida"', async ({ page }) => {
  eidNeedsJavaScript();
  const seen: string[] = [];
  const look = async (path: string) => {
    await page.goto(path);
    const text = await page.locator('body').innerText();
    expect(text, path).not.toMatch(/min sida/i);
    if (text.includes('My page')) seen.push(path);
  };
  for (const path of ['/en', '/en/sign-in', '/en/register', '/en/terms', '/en/privacy']) await look(path);
  await signInAs(page, 'en', 'Leila Haddad');
  for (const path of ['/en/min-sida', `/en/min-sida/cases/${demo.leilaCaseId}`, `/en/apply/receipt/${demo.leilaApplicationId}`]) await look(path);
  expect(seen).toEqual(expect.arrayContaining(['/en', '/en/sign-in', '/en/min-sida', `/en/apply/receipt/${demo.leilaApplicationId}`]));
});

/** Money as each language writes it: "2 000 kr", "SEK 2,000", "2,000 كرونة سويدية". */
const oneMoneyFormat: Record<Locale, { amount: RegExp; never: RegExp }> = {
  sv: { amount: /2\s000\skr\b/g, never: /kronor|SEK/ },
  en: { amount: /SEK\s2,000\b/g, never: /kronor|\d\skr\b/ },
  ar: { amount: /2,000\sكرونة سويدية/g, never: /SEK|2000/ },
};

test('R-FEE-01 the fee on check-your-answers is written one way in each language', async ({ page }) => {
  test.setTimeout(180_000);
  const wizard = new Wizard(page, 'en');
  await wizard.start();
  await wizard.passEligibility();
  await wizard.toCheckAnswers();
  // The draft is the browser's, whatever the language: the same summary in each.
  for (const locale of locales) {
    await page.goto(`/${locale}/apply/check-answers`);
    const fee = page.getByRole('main').locator('section').filter({ has: page.getByRole('heading', { name: messagesFor[locale].Form.feeTitle }) });
    const text = (await fee.innerText()).replace(/[\u200e\u200f\u061c]/g, '');
    // The fee rule's own words and the computed total, in the same format.
    expect(text.match(oneMoneyFormat[locale].amount), text).toHaveLength(2);
    expect(text).not.toMatch(oneMoneyFormat[locale].never);
  }
});

/** Thirty cases waiting at Abu Dhabi with a booked interview, registered in 2030 so they come after every other case; three at one instant, across a page boundary. */
const queueCases = Array.from({ length: 30 }, (_, index) => ({
  id: `00000000-0000-4000-8000-0000000099${String(index).padStart(2, '0')}`,
  controlNumber: `QUEUE-${String(index).padStart(2, '0')}`,
  at: `2030-01-01T08:00:${String([23, 24, 25].includes(index) ? 24 : index).padStart(2, '0')}.000Z`,
}));

async function seedQueueCases() {
  await withDatabase(async (client) => {
    for (const item of queueCases) {
      await client.query(
        `INSERT INTO application (id, form_id, form_version, answers, submitted_at) VALUES ($1, 'family-reunion', 1, $2, $3) ON CONFLICT DO NOTHING`,
        [item.id, { applicantGivenName: 'Queue', applicantFamilyName: item.controlNumber }, item.at],
      );
      await client.query(
        `INSERT INTO "case" (id, control_number, designation_number, category, state, mission_id, application_id, created_at)
         VALUES ($1, $2, $2, 'family-reunion-close-relative', 'INTERVIEW_BOOKED', 'abu-dhabi', $1, $3) ON CONFLICT DO NOTHING`,
        [item.id, item.controlNumber, item.at],
      );
    }
  });
}

/** Signs in with JavaScript (the local e-ID provider needs it), then goes on in a page of the project's kind. */
async function staffPage(browser: Browser, baseURL: string, name: string): Promise<Page> {
  const signIn = await browser.newContext({ baseURL, javaScriptEnabled: true });
  const page = await signIn.newPage();
  await signInAs(page, 'en', name);
  const storageState = await signIn.storageState();
  await signIn.close();
  return (await browser.newContext({ baseURL, storageState, javaScriptEnabled: javaScriptOn() })).newPage();
}

test('R-X-03 Eva filters the queue by state and pages through it; a bad date keeps the filters; embassy staff see only their missions', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  await seedQueueCases();
  const queue = messagesFor.en.Staff.cases.queue;
  const page = await staffPage(browser, baseURL!, 'Eva Holm');
  const main = page.getByRole('main');
  const controlNumbers = async () => (await cellsOf(main.getByRole('table'))).map((cells) => cells[0]!);

  await page.goto('/en/caseworker');
  await main.getByLabel(messagesFor.en.Staff.cases.state, { exact: true }).selectOption('INTERVIEW_BOOKED');
  await main.getByRole('button', { name: queue.apply }).click();
  await expect(page).toHaveURL(/[?&]state=INTERVIEW_BOOKED/);
  const first = queueCases.slice(0, 25).map((item) => item.controlNumber);
  await expect.poll(controlNumbers).toEqual(first);
  expect(new Set((await cellsOf(main.getByRole('table'))).map((cells) => cells[5]))).toEqual(new Set([messagesFor.en.Staff.cases.states.INTERVIEW_BOOKED]));
  await expect(main.getByRole('link', { name: queue.previous })).toHaveCount(0);

  await main.getByRole('link', { name: queue.next }).click();
  await expect(page).toHaveURL(/[?&]after=/);
  await expect.poll(controlNumbers).toEqual(queueCases.slice(25).map((item) => item.controlNumber));
  await expect(main.getByRole('link', { name: queue.next })).toHaveCount(0);
  await main.getByRole('link', { name: queue.previous }).click();
  await expect(page).toHaveURL(/[?&]before=/);
  await expect.poll(controlNumbers).toEqual(first);

  // A "from" that is not a date: the error, and the state filter still applied.
  await main.getByLabel(queue.from, { exact: true }).fill('2030-13-01');
  await main.getByRole('button', { name: queue.apply }).click();
  await expect(main.getByRole('alert')).toContainText(queue.errors.notADate.replace('{field}', queue.from));
  await expect(main.getByLabel(queue.from, { exact: true })).toHaveValue('2030-13-01');
  await expect(main.getByLabel(messagesFor.en.Staff.cases.state, { exact: true })).toHaveValue('INTERVIEW_BOOKED');
  await expect.poll(controlNumbers).toEqual(first);

  // Hostile addresses: repeated, huge and unknown values give the page, never a 500.
  for (const query of ['state=NOPE&state=DECIDED', `mission=${'x'.repeat(5000)}`, 'after=2030-01-01T08:00:24.000Z_zz', 'from[]=1&to=2030-99-99', 'before=%00%ff']) {
    const response = await page.goto(`/en/caseworker?${query}`);
    expect(response!.status(), query).toBe(200);
  }

  // Embassy staff in Amman: Abu Dhabi's cases are not theirs, whatever the address asks for.
  const amman = await staffPage(browser, baseURL!, 'Omar Nilsson');
  for (const query of ['state=INTERVIEW_BOOKED', 'mission=abu-dhabi', `after=2029-12-31T00:00:00.000Z_${queueCases[0]!.id}`]) {
    await amman.goto(`/en/embassy?${query}`);
    await expect(amman.getByRole('main')).not.toContainText('QUEUE-');
  }
});

for (const locale of locales) {
  test(`R-X-02 the queue with filters, a date error and pages has no axe violations in ${locale}`, async ({ page }) => {
    eidNeedsJavaScript();
    await seedQueueCases();
    await signInAs(page, locale, 'Eva Holm');
    await page.goto(`/${locale}/caseworker?state=INTERVIEW_BOOKED&from=2030-02-01&to=2030-01-01`);
    await expect(page.getByRole('main').getByRole('alert')).toContainText(messagesFor[locale].Staff.cases.queue.errors.fromAfterTo);
    await expect(page.getByRole('main').getByRole('link', { name: messagesFor[locale].Staff.cases.queue.next })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: test.info().outputPath(`queue-${locale}.png`), fullPage: true });
  });
}
