import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { waitForHydration } from './support/hydration';
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

test('R-APP-03 R-ELIG-01 R-X-02 a child under 18 is refused as a person applying with you, with the embassy route, in sv, en and ar', async ({ page }) => {
  test.setTimeout(240_000);
  const wizard = new Wizard(page, 'en');
  await wizard.toRelationship();
  await wizard.relationship();
  await wizard.yesNo('othersApplying', 'yes');
  await wizard.continue('family-members');
  for (const locale of ['sv', 'en', 'ar'] as const) {
    const local = new Wizard(page, locale);
    await page.goto(`/${locale}/apply/family-members`);
    await local.fillFamilyMember(1, { bornIn: '2015' });
    await local.continue('family-members');
    const under18 = local.m.familyReunion.fields.memberBirthDate.errors.under18;
    await expect(page.getByRole('alert', { name: local.m.Ui.errorSummaryTitle }).getByRole('link')).toHaveText([under18]);
    await expect(local.familyMember(1).getByRole('group', { name: local.label('memberBirthDate') })).toContainText(under18);
    await expectNoAxeViolations(page);
  }
  // 18 today is old enough.
  await page.goto('/en/apply/family-members');
  await wizard.fillFamilyMember(1, { bornIn: '2008' });
  await wizard.continue('embassy');
});

test('R-APP-02 R-X-02 a follow-up question shows under the answer it belongs to, in sv, en and ar', async ({ page, javaScriptEnabled }) => {
  test.setTimeout(240_000);
  const wizard = new Wizard(page, 'en');
  await wizard.toRelationship();
  for (const locale of ['sv', 'en', 'ar'] as const) {
    const local = new Wizard(page, locale);
    const { m } = local;
    const other = m.familyReunion.options.relationship.other;
    const forOther = m.Form.revealFor.replace('{answer}', other);
    await page.goto(`/${locale}/apply/relationship`);
    const describe = page.getByLabel(local.label('relationshipOther'), { exact: true });
    if (javaScriptEnabled) {
      await waitForHydration(page);
      // Before any choice the follow-up is hidden; it appears with its answer and goes with another.
      await expect(describe).toBeHidden();
      await expectNoAxeViolations(page);
      await local.choose('relationship', other);
      await expect(describe).toBeVisible();
      await expect(page.getByText(forOther)).toHaveCount(0);
      await local.choose('relationship', m.familyReunion.options.relationship.parent);
      await expect(describe).toBeHidden();
      await local.choose('relationship', other);
    } else {
      // Without JavaScript it is always there, saying which answer it belongs to.
      await expect(describe).toBeVisible();
      await expect(page.getByRole('group', { name: local.label('relationship') })).toContainText(forOther);
      await local.choose('relationship', other);
    }
    await expectNoAxeViolations(page);
    // Chosen but not described: the error shows in the open follow-up.
    await local.continue('relationship');
    const required = m.familyReunion.fields.relationshipOther.errors.required;
    await expect(page.getByRole('alert', { name: m.Ui.errorSummaryTitle }).getByRole('link')).toHaveText([required]);
    await expect(describe).toBeVisible();
    await expect(page.getByRole('group', { name: local.label('relationship') })).toContainText(required);
    await expectNoAxeViolations(page);
  }
  const { m } = wizard;
  await page.goto('/en/apply/relationship');
  if (javaScriptEnabled) await waitForHydration(page);
  await wizard.choose('relationship', m.familyReunion.options.relationship.other);
  await wizard.fill('relationshipOther', 'She is my aunt');
  await wizard.continue('lived-together');

  // Answers given under "Yes" and then "No" chosen: they are not kept, and not on check-your-answers.
  await wizard.yesNo('livedTogether', 'yes');
  await wizard.select('livedTogetherCountry', wizard.country('LB'));
  await wizard.date('livedTogetherSince', '1', '6', '2015');
  await wizard.yesNo('livedTogether', 'no');
  if (javaScriptEnabled) await expect(page.getByLabel(wizard.label('livedTogetherCountry'))).toBeHidden();
  await wizard.continue('dependency');
  await wizard.fill('dependencyDescription', 'She cares for me every day.');
  await wizard.continue('others-applying');
  await wizard.yesNo('othersApplying', 'no');
  await wizard.continue('embassy');
  await wizard.select('mission', `Amman (${wizard.country('JO')})`);
  await wizard.continue('representative');
  await wizard.yesNo('hasRepresentative', 'no');
  await wizard.continue('documents-intro');
  // No cohabitation documents either: that page follows "Yes".
  for (const next of ['document-passport', 'document-relationship', 'document-dependency', 'check-answers']) await wizard.continue(next);
  const main = page.getByRole('main');
  await expect(main).toContainText('She is my aunt');
  await expect(main).not.toContainText(wizard.label('livedTogetherCountry'));
  await expect(main).not.toContainText(wizard.label('livedTogetherSince'));
  await expect(main).not.toContainText(wizard.country('LB'));
});
