import { expect, test } from '@playwright/test';
import { Wizard } from './support/wizard';

// With JavaScript and without (projects with-js and no-js).

test('R-APP-03 R-APP-04 family members applying together, and an embassy in a neighbouring country', async ({ page }) => {
  test.setTimeout(120_000);
  const wizard = new Wizard(page, 'en');
  const { m } = wizard;
  await wizard.start();
  await wizard.passEligibility();
  // Syria has no Swedish mission: its neighbours' missions are offered.
  await wizard.aboutYou({ residence: 'SY' });
  await wizard.fill('sponsorGivenName', 'Omar');
  await wizard.fill('sponsorFamilyName', 'Haddad');
  await wizard.continue('sponsor-personnummer');
  await wizard.fill('sponsorPersonnummer', '19811218-9876');
  await wizard.continue('sponsor-address');
  await wizard.toFamilyMembers();
  await wizard.fillFamilyMember(1);
  // "Add another" keeps Layla and gives an empty row for the next person.
  await page.getByRole('button', { name: m.Form.addAnother }).click();
  await expect(wizard.familyMember(2).getByLabel(wizard.label('memberGivenName'), { exact: true })).toHaveValue('');
  await expect(wizard.familyMember(1).getByLabel(wizard.label('memberGivenName'), { exact: true })).toHaveValue('Layla');
  // The second row is left empty: it is not a person.
  await wizard.continue('embassy');

  const missions = page.getByLabel(wizard.label('mission'));
  const offered = await missions.locator('option').allTextContents();
  expect(offered.slice(1)).toEqual(['Beirut (Lebanon)', 'Amman (Jordan)', 'Ankara (Türkiye)', 'Istanbul (Türkiye)', 'Baghdad (Iraq)']);
  await missions.selectOption({ label: 'Beirut (Lebanon)' });
  await wizard.yesNo('mayEnterMissionCountry', 'no');
  await wizard.continue('stop/may-not-enter');
  await page.getByRole('link', { name: m.Form.stopBack }).click();
  await wizard.yesNo('mayEnterMissionCountry', 'yes');
  await wizard.continue('representative');
  await wizard.yesNo('hasRepresentative', 'no');
  await wizard.continue('documents-intro');
  for (const next of ['document-passport', 'document-relationship', 'document-dependency', 'document-cohabitation', 'check-answers']) {
    await wizard.continue(next);
  }
  const main = page.getByRole('main');
  await expect(main).toContainText('Layla, Haddad, 2 February 1965, Spouse, N7654321');
  await expect(main).toContainText('Beirut (Lebanon)');
  // R-FEE-01: the fee is per person, the applicant and the family member.
  await expect(main).toContainText('Total: SEK 4,000 for 2 people');
});
