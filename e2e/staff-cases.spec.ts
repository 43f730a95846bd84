import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { demo } from './support/demo';
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
