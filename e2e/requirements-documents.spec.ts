import { expect, test, type Page } from '@playwright/test';
import { testFiles } from '../test/files';
import { expectNoAxeViolations } from './support/a11y';
import { withDatabase } from './support/demo';
import { javaScriptOn, newApplicantPastEligibility, open } from './support/identity';
import { messagesFor, Wizard } from './support/wizard';

// The documents an application needs (R-DOC-01) and a representative with a power of attorney
// (R-APP-05), as the applicant meets them in the wizard, with JavaScript and without.

const m = messagesFor.en;
const fields = m.familyReunion.fields;
const representative = { name: 'Nadia Karimi', email: 'nadia@law.example.se', phone: '+46 8 123 456 78' };
/** The document pages R-DOC-01 asks for, when the applicant and the relative lived together. */
const documentPages = ['document-passport', 'document-relationship', 'document-dependency', 'document-cohabitation'];

/** From the applicant's name to the representative question, exempt from the fee (no card payment to make). */
async function toRepresentativeQuestion(wizard: Wizard, { livedTogether }: { livedTogether: boolean }) {
  await wizard.aboutYou();
  await wizard.sponsorNameAndNumber();
  await wizard.sponsorAfterPersonnummer({ permit: 'refugee-or-subsidiary-protection' });
  if (livedTogether) {
    await wizard.relationship();
  } else {
    await wizard.choose('relationship', m.familyReunion.options.relationship.parent);
    await wizard.continue('lived-together');
    await wizard.yesNo('livedTogether', 'no');
    await wizard.continue('dependency');
    await wizard.fill('dependencyDescription', 'My son cares for me every day.');
    await wizard.continue('others-applying');
  }
  await wizard.yesNo('othersApplying', 'no');
  await wizard.continue('embassy');
  await wizard.select('mission', `Amman (${wizard.country('JO')})`);
  await wizard.continue('representative');
}

/** A section of check-your-answers, by its heading. */
const summarySection = (page: Page, title: string) =>
  page.locator('main section').filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });

/** The labels of a section's rows on check-your-answers. */
const rowLabels = (page: Page, title: string) => summarySection(page, title).locator('dt').allTextContents();

/** How many document rows check-your-answers marks as missing. */
const missingCount = (page: Page) => summarySection(page, m.Form.documentsTitle).getByText(m.Form.documentMissing, { exact: true }).count();

/** Uploads a PDF on a document page and waits until it is kept. */
async function uploadOn(wizard: Wizard, documentPage: string) {
  await open(wizard.page, `/en/apply/${documentPage}`);
  await wizard.upload(testFiles.pdf);
  await expect(wizard.page.getByText(m.Form.upload.kept)).toBeVisible();
}

async function send(wizard: Wizard) {
  await wizard.declare();
  await wizard.page.getByRole('button', { name: m.Form.send, exact: true }).click();
}

test('R-APP-05 R-DOC-01 with a representative, their details and the signed power of attorney are asked; the application is sent only with every required document; the details are kept with it', async ({ page }) => {
  test.setTimeout(300_000);
  const { wizard } = await newApplicantPastEligibility(page, 'represented');
  await toRepresentativeQuestion(wizard, { livedTogether: true });

  await wizard.yesNo('hasRepresentative', 'yes');
  await wizard.continue('representative-details');
  if (javaScriptOn()) await expectNoAxeViolations(page);
  // Each detail is required: an empty page stays where it is.
  await wizard.continue('representative-details');
  await wizard.fill('representativeName', representative.name);
  await wizard.fill('representativeEmail', representative.email);
  await wizard.fill('representativePhone', representative.phone);
  await wizard.continue('documents-intro');

  // Every document page of R-DOC-01, then the power of attorney; none uploaded yet.
  await wizard.continue(documentPages[0]);
  for (const next of [...documentPages.slice(1), 'document-power-of-attorney']) {
    await expect(page.getByLabel(m.Form.upload.fileLabel)).toBeVisible();
    await wizard.continue(next);
  }
  await expect(page.getByText(fields.powerOfAttorney.hint)).toBeVisible();
  await expect(page.getByText(m.familyReunion.documents.form106011)).toBeVisible();
  if (javaScriptOn()) await expectNoAxeViolations(page);
  await wizard.continue('check-answers');

  const representativeSection = summarySection(page, m.familyReunion.sections.representative);
  expect(await rowLabels(page, m.familyReunion.sections.representative)).toEqual(
    (['hasRepresentative', 'representativeName', 'representativeEmail', 'representativePhone'] as const).map((field) => fields[field].label),
  );
  for (const detail of Object.values(representative)) await expect(representativeSection).toContainText(detail);
  expect(await rowLabels(page, m.Form.documentsTitle)).toEqual(
    (['passportCopy', 'relationshipProof', 'dependencyCertificate', 'cohabitationProof', 'powerOfAttorney'] as const).map((field) => fields[field].label),
  );
  expect(await missingCount(page)).toBe(5);
  await send(wizard);
  await expect(page).toHaveURL(/\/en\/apply\/check-answers\?documents=missing$/);

  // The four documents of R-DOC-01 are not enough: the power of attorney is still missing.
  for (const documentPage of documentPages) await uploadOn(wizard, documentPage);
  await page.goto('/en/apply/check-answers');
  expect(await missingCount(page)).toBe(1);
  await send(wizard);
  await expect(page).toHaveURL(/\/en\/apply\/check-answers\?documents=missing$/);

  await uploadOn(wizard, 'document-power-of-attorney');
  await page.goto('/en/apply/check-answers');
  expect(await missingCount(page)).toBe(0);
  await send(wizard);
  await expect(page).toHaveURL(/\/en\/apply\/receipt\/[0-9a-f-]{36}$/);

  const applicationId = page.url().split('/').pop()!;
  const answers = await withDatabase(async (client) => (await client.query(`SELECT answers FROM application WHERE id = $1`, [applicationId])).rows[0].answers);
  expect(answers).toMatchObject({
    hasRepresentative: 'yes',
    representativeName: representative.name,
    representativeEmail: representative.email,
    representativePhone: representative.phone,
    powerOfAttorney: [expect.any(String)],
  });
});

test('R-APP-05 R-DOC-01 without a representative neither their details nor a power of attorney are asked; without having lived together, no proof of it', async ({ page }) => {
  test.setTimeout(180_000);
  const wizard = new Wizard(page, 'en');
  await wizard.start();
  await wizard.passEligibility();
  await toRepresentativeQuestion(wizard, { livedTogether: false });

  await wizard.yesNo('hasRepresentative', 'no');
  await wizard.continue('documents-intro');
  await wizard.continue('document-passport');
  await wizard.continue('document-relationship');
  await wizard.continue('document-dependency');
  await wizard.continue('check-answers');

  expect(await rowLabels(page, m.familyReunion.sections.representative)).toEqual([fields.hasRepresentative.label]);
  await expect(summarySection(page, m.familyReunion.sections.representative).locator('dd').first()).toHaveText(m.Form.no);
  expect(await rowLabels(page, m.Form.documentsTitle)).toEqual(
    (['passportCopy', 'relationshipProof', 'dependencyCertificate'] as const).map((field) => fields[field].label),
  );
  expect(await missingCount(page)).toBe(3);
  // Pages the answers do not lead to cannot be opened.
  for (const hidden of ['representative-details', 'document-power-of-attorney', 'document-cohabitation']) {
    await page.goto(`/en/apply/${hidden}`);
    await expect(page).not.toHaveURL(new RegExp(`/${hidden}`));
  }
});
