import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { Wizard } from './support/wizard';

// The whole application, first eligibility question to check-your-answers, with JavaScript
// and without (projects with-js and no-js).

// In Arabic the journey runs with JavaScript only; with JavaScript, axe checks every page on the
// way (R-X-02), in all three languages.
for (const locale of ['sv', 'en', 'ar'] as const) {
  test(`R-APP-01 R-APP-02 R-APP-04 R-APP-06 R-APP-07 R-ENG-03 R-X-02 the whole wizard in ${locale}, to check-your-answers`, async ({ page, javaScriptEnabled }) => {
    test.skip(locale === 'ar' && !javaScriptEnabled, 'Arabic runs once, with JavaScript');
    // axe runs on every page on the way: minutes on a small machine.
    test.setTimeout(360_000);
    const wizard = new Wizard(page, locale, javaScriptEnabled);
    const { m } = wizard;
    const o = m.familyReunion.options;
    const country = (code: string) => wizard.country(code);

    await wizard.start();
    await wizard.passEligibility();

    await wizard.aboutYou();
    await wizard.fill('sponsorGivenName', 'Omar');
    await wizard.fill('sponsorFamilyName', 'Haddad');
    await wizard.continue('sponsor-personnummer');

    // A wrong check digit is refused with a clear message, and what was typed stays.
    await wizard.fill('sponsorPersonnummer', '811218-9875');
    await wizard.continue('sponsor-personnummer');
    const problem = page.getByRole('alert', { name: m.Ui.errorSummaryTitle });
    await expect(problem).toContainText(m.Form.errors.invalidPersonnummer);
    await expect(page.getByLabel(wizard.label('sponsorPersonnummer'))).toHaveValue('811218-9875');
    await expectNoAxeViolations(page);
    await wizard.fill('sponsorPersonnummer', '811218-9876');
    await wizard.continue('sponsor-address');

    await wizard.sponsorAfterPersonnummer();
    await wizard.relationship();
    await wizard.yesNo('othersApplying', 'no');
    await wizard.continue('embassy');
    await wizard.select('mission', `${{ sv: 'Amman', en: 'Amman', ar: 'عمّان' }[locale]} (${country('JO')})`);
    await expectNoAxeViolations(page);
    await wizard.continue('representative');
    await wizard.yesNo('hasRepresentative', 'no');
    await wizard.continue('documents-intro');
    for (const next of ['document-passport', 'document-relationship', 'document-dependency', 'document-cohabitation', 'check-answers']) {
      await wizard.continue(next);
    }

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.Form.checkAnswersTitle);
    const main = page.getByRole('main');
    for (const shown of ['Amira', 'Haddad', '19811218-9876', 'amira@example.org', country('JO'), o.relationship.parent]) {
      await expect(main).toContainText(shown);
    }
    // The fee rule's words around the amount, which is written as every amount is (lib/i18n/format.ts).
    for (const words of m.familyReunion.fees.standard.split('{amount}')) await expect(main).toContainText(words.trim());
    await expectNoAxeViolations(page);

    // A change link returns to the summary once the page is confirmed.
    const changeEmail = `${m.Form.changeAnswer} ${wizard.label('applicantEmail')} (${m.familyReunion.sections.applicant})`;
    await page.getByRole('link', { name: changeEmail, exact: true }).click();
    await expect(page).toHaveURL(/applicant-contact\?returnTo=check-answers$/);
    await wizard.fill('applicantEmail', 'amira.haddad@example.org');
    await wizard.continue('check-answers');
    await expect(main).toContainText('amira.haddad@example.org');

    // R-APP-07: the draft is on the server; leaving and coming back resumes at the summary.
    await page.goto(`/${locale}`);
    await page.goto(`/${locale}/apply`);
    await expect(page).toHaveURL(new RegExp(`/${locale}/apply/check-answers$`));
  });
}

test('R-X-02 a wizard page in Arabic reads right to left with no axe violations', async ({ page }) => {
  const wizard = new Wizard(page, 'ar');
  await wizard.start();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(wizard.label('currentLocation'));
  await expectNoAxeViolations(page);
  await wizard.passEligibility();
  await expectNoAxeViolations(page);
});
