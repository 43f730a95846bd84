import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { Wizard } from './support/wizard';

// With JavaScript and without (projects with-js and no-js): plain form posts either way.

for (const locale of ['sv', 'en'] as const) {
  test(`R-ELIG-07 R-ELIG-09 in ${locale}: being in Sweden stops the web application, and going back keeps the answer`, async ({ page }) => {
    const wizard = new Wizard(page, locale);
    const o = wizard.m.familyReunion.options;
    await wizard.start();
    await expectNoAxeViolations(page);
    await wizard.choose('currentLocation', o.currentLocation.sweden);
    await wizard.continue('stop/in-sweden');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(wizard.m.familyReunion.stops['in-sweden'].title);
    await expect(page.getByRole('main')).toContainText(wizard.m.familyReunion.stops['in-sweden'].p2);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: wizard.m.Form.stopBack }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/apply/location$`));
    await expect(page.getByLabel(o.currentLocation.sweden, { exact: true })).toBeChecked();
    await wizard.choose('currentLocation', o.currentLocation['home-country']);
    await wizard.continue('permanent-permit');
  });
}

const stops = [
  { id: 'permanent-permit', requirement: 'R-ELIG-08', answer: async (w: Wizard) => w.yesNo('hasPermanentPermit', 'yes') },
  { id: 'children', requirement: 'R-ELIG-01', answer: async (w: Wizard) => w.yesNo('includesChildren', 'yes') },
  { id: 'swedish-citizen', requirement: 'R-ELIG-02', answer: async (w: Wizard) => w.yesNo('sponsorIsSwedishCitizen', 'yes') },
  { id: 'under-18', requirement: 'R-ELIG-03', answer: async (w: Wizard) => w.yesNo('bothAdults', 'no') },
  { id: 'no-email', requirement: 'R-ELIG-04', answer: async (w: Wizard) => w.yesNo('hasEmail', 'no') },
  { id: 'no-card', requirement: 'R-ELIG-05', answer: async (w: Wizard) => w.yesNo('canPayByCard', 'no') },
  { id: 'no-scanning', requirement: 'R-ELIG-06', answer: async (w: Wizard) => w.yesNo('canScanDocuments', 'no') },
];

test('R-ELIG-01 R-ELIG-02 R-ELIG-03 R-ELIG-04 R-ELIG-05 R-ELIG-06 R-ELIG-08 R-ELIG-09 each stop is reached by its answer and says what to do instead', async ({ page }) => {
  const wizard = new Wizard(page, 'en');
  const o = wizard.m.familyReunion.options;
  await wizard.start();
  await wizard.choose('currentLocation', o.currentLocation['home-country']);
  await wizard.continue('permanent-permit');
  const order = ['hasPermanentPermit', 'includesChildren', 'sponsorIsSwedishCitizen', 'bothAdults'] as const;
  const next = ['children', 'sponsor-citizenship', 'ages', 'web-requirements'];
  for (const [index, stop] of stops.slice(0, 4).entries()) {
    await stop.answer(wizard);
    await wizard.continue(`stop/${stop.id}`);
    const texts = wizard.m.familyReunion.stops[stop.id as keyof typeof wizard.m.familyReunion.stops];
    await expect(page.getByRole('heading', { level: 1 }), stop.requirement).toHaveText(texts.title);
    await expect(page.getByRole('main')).toContainText(texts.p2);
    await page.getByRole('link', { name: wizard.m.Form.stopBack }).click();
    await wizard.yesNo(order[index]!, order[index] === 'bothAdults' ? 'yes' : 'no');
    await wizard.continue(next[index]);
  }
  for (const stop of stops.slice(4)) {
    await wizard.yesNo('hasEmail', 'yes');
    await wizard.yesNo('canPayByCard', 'yes');
    await wizard.yesNo('canScanDocuments', 'yes');
    await stop.answer(wizard);
    await wizard.continue(`stop/${stop.id}`);
    const texts = wizard.m.familyReunion.stops[stop.id as keyof typeof wizard.m.familyReunion.stops];
    await expect(page.getByRole('heading', { level: 1 }), stop.requirement).toHaveText(texts.title);
    await page.getByRole('link', { name: wizard.m.Form.stopBack }).click();
    await expect(page).toHaveURL(/\/en\/apply\/web-requirements$/);
  }
});

test('R-ENG-08 R-X-01 a page posted with nothing chosen shows the error summary and keeps the page', async ({ page }) => {
  const wizard = new Wizard(page, 'en');
  await wizard.start();
  await wizard.continue('location');
  const summary = page.getByRole('alert', { name: 'There is a problem' });
  await expect(summary).toContainText('There is a problem');
  await expect(summary.getByRole('link')).toHaveText('Select where you are now');
  await expect(page.getByText('Step 1 of')).toBeVisible();
  await expectNoAxeViolations(page);
  await summary.getByRole('link').click();
  await expect(page.getByLabel(wizard.m.familyReunion.options.currentLocation['home-country'])).toBeFocused();
});
