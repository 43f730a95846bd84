import { randomUUID } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { E2E_STRIPE_PORT } from '../playwright.config';
import { expectNoAxeViolations } from './support/a11y';
import { demo, withDatabase } from './support/demo';
import { acceptTermsIfAsked, javaScriptOn, newApplicantPastEligibility, signInWithEid, uniqueEmail } from './support/identity';
import { linkIn, waitForEmail } from './support/mail';
import { messagesFor, questionnaireOf, Wizard } from './support/wizard';

// The sponsor's questionnaire (R-SPQ-01..04) on the one wizard: an application paid and
// registered asks its sponsor by e-mail; Sara signs in with e-ID, answers over several pages
// with a break in between, and sends; the caseworker reads the answers. With JavaScript and
// without. The same pages serve a form they have never heard of (forms/fixtures).

const SARA = { name: 'Sara Lindqvist', personnummer: '850312-1231', digits: '198503121231' };
const sv = messagesFor.sv;
const en = messagesFor.en;

/** An applicant's application naming Sara as sponsor, paid on the Stripe stand-in: its id and control number. */
async function registeredApplicationNamingSara(page: Page, sponsorEmail: string) {
  const { wizard } = await newApplicantPastEligibility(page);
  await wizard.toCheckAnswers({ withDocuments: true, sponsor: { personnummer: SARA.personnummer, email: sponsorEmail } });
  await wizard.declare();
  await page.getByRole('button', { name: new RegExp(`^${en.Form.payAndSend.replace('{amount}', '.*')}$`) }).click();
  await expect(page).toHaveURL(new RegExp(`127\\.0\\.0\\.1:${E2E_STRIPE_PORT}/pay/cs_test_`));
  await page.getByRole('button', { name: /^Pay .* 4242/ }).click();
  await expect(page).toHaveURL(/\/en\/apply\/receipt\/[0-9a-f-]{36}$/);
  const applicationId = page.url().split('/').pop()!;
  const controlNumber = (await page.locator('.ak-control-number').textContent())!;
  return { applicationId, controlNumber };
}

/** A new browser with Sara signed in through the address she was given (sign-in comes back to it). */
async function saraFollows(browser: Browser, link: string, landing: RegExp) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.locator('#eid').click();
  await page.getByRole('button', { name: new RegExp(SARA.name) }).click();
  await acceptTermsIfAsked(page, messagesFor[new URL(link, 'http://service').pathname.split('/')[1] as 'sv'].Identity.terms.submit);
  await expect(page).toHaveURL(landing);
  return { page, close: () => context.close() };
}

const caseOf = (applicationId: string) =>
  withDatabase(async (client) => {
    const row = (await client.query(`SELECT id, state FROM "case" WHERE application_id = $1`, [applicationId])).rows[0];
    const events = (await client.query(`SELECT type FROM case_event WHERE case_id = $1 ORDER BY id`, [row.id])).rows.map((event) => event.type);
    const responses = (await client.query(`SELECT form_id, form_version, answers FROM case_response WHERE case_id = $1`, [row.id])).rows;
    return { id: row.id as string, state: row.state as string, events, responses };
  });

test('R-SPQ-01 R-SPQ-02 R-SPQ-03 R-SPQ-04 R-X-02 the sponsor is asked by e-mail, answers over several pages with a break, sends; the caseworker reads the answers', async ({ page, browser }) => {
  test.setTimeout(420_000);
  const sponsorEmail = uniqueEmail('sponsor');
  const { applicationId, controlNumber } = await registeredApplicationNamingSara(page, sponsorEmail);

  // R-SPQ-01: the invitation reaches the sponsor, with how to sign in and the deadline.
  // The sponsor lives in Sweden: Swedish first, English below, in one e-mail.
  const subject = [sv, en].map((words) => words.Email.questionnaireInvitation.subject.replace('{controlNumber}', controlNumber)).join(' / ');
  const invitation = await waitForEmail(sponsorEmail, subject);
  expect(invitation.text).toContain('e-legitimation');
  const link = linkIn(invitation);
  expect(new URL(link).pathname).toBe(`/sv/sponsor/questionnaires/${applicationId}`);
  expect((await caseOf(applicationId)).events).toEqual(['REGISTERED', 'QUESTIONNAIRE_SENT']);

  // R-SPQ-02: Sara proves who she is with e-ID; the page shows it, nothing is typed.
  const sara = await saraFollows(browser, link, new RegExp(`/sv/sponsor/questionnaires/${applicationId}/identity$`));
  const wizard = new Wizard(sara.page, 'sv', javaScriptOn(), questionnaireOf(applicationId));
  const main = sara.page.getByRole('main');
  await expect(main).toContainText(SARA.name);
  await expect(main).toContainText(`${SARA.digits.slice(0, 8)}-${SARA.digits.slice(8)}`);
  await expect(main).toContainText('Amira Haddad');
  await wizard.continue('livelihood');
  await wizard.choose('livelihood', wizard.option('livelihood', 'employed'));
  await wizard.continue('employment');
  await wizard.fill('employerName', 'Malmö stad');
  await wizard.date('employedSince', '1', '3', '2015');
  await wizard.choose('employmentType', wizard.option('employmentType', 'permanent'));
  await wizard.continue('monthly-income');
  await wizard.fill('monthlyIncome', '32 000 kr');
  await wizard.continue('home-address');

  // A break: her list says the draft is saved; the same address takes her back to where she was.
  await sara.page.goto('/sv/sponsor');
  const item = sara.page.getByRole('listitem').filter({ hasText: 'Amira Haddad' }).filter({ has: sara.page.getByRole('link', { name: sv.Staff.sponsor.applicant.replace('{name}', 'Amira Haddad') }) });
  await expect(item.first()).toContainText(sv.Staff.sponsor.status['draft-saved']);
  if (javaScriptOn()) await expectNoAxeViolations(sara.page);
  await sara.page.goto(link);
  await expect(sara.page).toHaveURL(new RegExp(`/sv/sponsor/questionnaires/${applicationId}/home-address$`));

  await sara.page.getByLabel(sv.Form.address.street, { exact: true }).fill('Storgatan 1');
  await sara.page.getByLabel(sv.Form.address.postcode, { exact: true }).fill('211 34');
  await sara.page.getByLabel(sv.Form.address.city, { exact: true }).fill('Malmö');
  await wizard.continue('tenure');
  await wizard.choose('tenure', wizard.option('tenure', 'rented-first-hand'));
  await wizard.continue('home-size');
  await wizard.fill('floorArea', '74');
  await wizard.fill('rooms', '3');
  await wizard.continue('household');
  await wizard.yesNo('othersLiveThere', 'no');
  await wizard.continue('relation');
  await wizard.choose('relation', wizard.option('relation', 'parent'));
  await wizard.continue('moved-to-sweden');
  await wizard.date('movedToSweden', '15', '8', '2010');
  await wizard.continue('lived-together');
  await wizard.yesNo('livedTogether', 'no');
  await wizard.continue('met-since-moving');
  await wizard.yesNo('metSinceMoving', 'no');
  await wizard.continue('dependency');
  await wizard.fill('dependency', 'Jag ringer min mamma varje dag och skickar pengar till hennes mediciner.');
  await wizard.continue('support');
  await wizard.yesNo('sendsMoney', 'no');
  await wizard.continue('relative-family');
  await wizard.choose('relativeHasFamily', wizard.option('relativeHasFamily', 'no'));
  await wizard.continue('languages');
  await wizard.choose('languages', wizard.option('languages', 'sv'));
  await wizard.continue('contact-details');
  await wizard.fill('contactEmail', sponsorEmail);
  await wizard.fill('contactPhone', '070-123 45 67');
  await wizard.continue('check-answers');

  // Check your answers: the amounts as the engine formats them, then the declaration and send.
  await expect(main).toContainText('32 000 kr');
  await expect(main).toContainText('74 m²');
  if (javaScriptOn()) await expectNoAxeViolations(sara.page);
  await wizard.declare();
  await sara.page.getByRole('button', { name: sv.Form.send, exact: true }).click();
  await expect(sara.page).toHaveURL(new RegExp(`/sv/sponsor/questionnaires/${applicationId}/sent$`));
  await expect(sara.page.getByRole('heading', { level: 1 })).toHaveText(sv.Wizard.sent.title);
  if (javaScriptOn()) await expectNoAxeViolations(sara.page);

  const received = [sv, en].map((words) => words.Email.questionnaireReceived.subject.replace('{controlNumber}', controlNumber)).join(' / ');
  await waitForEmail(sponsorEmail, received);
  const answered = await caseOf(applicationId);
  expect(answered.state).toBe('READY_FOR_PROCESSING');
  expect(answered.events).toEqual(['REGISTERED', 'QUESTIONNAIRE_SENT', 'QUESTIONNAIRE_ANSWERED']);
  expect(answered.responses).toEqual([expect.objectContaining({ form_id: 'sponsor-questionnaire', form_version: 1 })]);
  expect(answered.responses[0].answers).toMatchObject({ livelihood: 'employed', monthlyIncome: '32000', floorArea: '74' });

  // Sent answers are not filled in again: every address leads to the confirmation.
  await sara.page.goto(`/sv/sponsor/questionnaires/${applicationId}/livelihood`);
  await expect(sara.page).toHaveURL(new RegExp(`/sv/sponsor/questionnaires/${applicationId}/sent$`));
  await sara.page.goto('/sv/sponsor');
  await expect(sara.page.getByRole('listitem').filter({ hasText: 'Amira Haddad' }).first()).toContainText(sv.Staff.sponsor.status.sent);
  await sara.close();

  // The caseworker sees the answers, the deadline and the dated event.
  const caseworker = await browser.newContext();
  const desk = await caseworker.newPage();
  await signInWithEid(desk, 'en', 'Eva Holm');
  await acceptTermsIfAsked(desk);
  await desk.goto(`/en/caseworker/cases/${answered.id}`);
  const section = desk.getByRole('region', { name: en.Staff.cases.questionnaire.title });
  await expect(section).toContainText(en.Staff.sponsor.status.sent);
  await expect(section).toContainText('Malmö stad');
  await expect(section).toContainText('SEK 32,000');
  await expect(desk.getByRole('main')).toContainText(en.Staff.cases.events.QUESTIONNAIRE_ANSWERED);
  if (javaScriptOn()) await expectNoAxeViolations(desk);
  await caseworker.close();
});

test('R-SPQ-02 R-X-03 another e-ID person and an embassy user get 403 on every address of her questionnaire, and see none of it', async ({ browser }) => {
  const base = `/en/sponsor/questionnaires/${demo.leilaApplicationId}`;
  for (const name of ['Johan Berg', 'Omar Nilsson']) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInWithEid(page, 'en', name);
    await acceptTermsIfAsked(page);
    for (const path of [base, `${base}/identity`, `${base}/livelihood`, `${base}/check-answers`, `${base}/stop/none`, `${base}/sent`]) {
      const response = await context.request.get(path, { maxRedirects: 0 });
      expect(response.status(), `${name} at ${path}`).toBe(403);
      expect(await response.text()).not.toContain('Leila Haddad');
    }
    await context.close();
  }
});

test('R-SPQ-04 R-X-02 every questionnaire page has no axe violations in sv, en and ar', async ({ browser }) => {
  test.skip(!javaScriptOn(), 'axe runs in the browser with JavaScript');
  test.setTimeout(300_000);
  // The demo application that names Sara (lib/db/seed.ts), walked in English with every branch page
  // that holds questions of its own, then each page visited again in Swedish and Arabic.
  const sara = await saraFollows(browser, `/en/sponsor/questionnaires/${demo.leilaApplicationId}`, /\/identity$/);
  const wizard = new Wizard(sara.page, 'en', true, questionnaireOf(demo.leilaApplicationId));
  const visited: string[] = [];
  const step = async (next: string) => {
    visited.push(new URL(sara.page.url()).pathname.split('/').pop()!);
    await wizard.continue(next);
  };
  await step('livelihood');
  await wizard.choose('livelihood', wizard.option('livelihood', 'self-employed'));
  await step('business');
  await wizard.fill('companyName', 'Lindqvist Bygg AB');
  await wizard.fill('organisationNumber', '556677-8899');
  await wizard.date('businessSince', '1', '1', '2018');
  await step('monthly-income');
  await wizard.fill('monthlyIncome', '41000');
  await step('home-address');
  await sara.page.getByLabel(en.Form.address.street, { exact: true }).fill('Storgatan 1');
  await sara.page.getByLabel(en.Form.address.postcode, { exact: true }).fill('211 34');
  await sara.page.getByLabel(en.Form.address.city, { exact: true }).fill('Malmö');
  await step('tenure');
  await wizard.choose('tenure', wizard.option('tenure', 'lodger'));
  await step('tenancy');
  await wizard.yesNo('landlordAgrees', 'yes');
  await step('home-size');
  await wizard.fill('floorArea', '48');
  await wizard.fill('rooms', '2');
  await step('household');
  await wizard.yesNo('othersLiveThere', 'yes');
  await step('household-members');
  await wizard.fill('householdName', 'Nils Lindqvist');
  await wizard.fill('householdAge', '12');
  await wizard.fill('householdRelation', 'Son');
  await step('relation');
  await wizard.choose('relation', wizard.option('relation', 'parent'));
  await step('moved-to-sweden');
  await wizard.date('movedToSweden', '15', '8', '2010');
  await step('lived-together');
  await wizard.yesNo('livedTogether', 'yes');
  await step('lived-together-periods');
  await wizard.date('periodFrom', '1', '1', '2000');
  // "To" is also part of other names on the page: the exact legend.
  const to = sara.page.getByRole('group', { name: en.sponsorQuestionnaire.fields.periodTo.label, exact: true });
  for (const [part, value] of [[en.Ui.day, '1'], [en.Ui.month, '8'], [en.Ui.year, '2010']] as const) await to.getByLabel(part, { exact: true }).fill(value);
  await wizard.select('periodCountry', wizard.country('JO'));
  await step('met-since-moving');
  await wizard.yesNo('metSinceMoving', 'no');
  await step('dependency');
  await wizard.fill('dependency', 'I support my mother every month.');
  await step('support');
  await wizard.yesNo('sendsMoney', 'yes');
  await wizard.fill('supportPerMonth', '3000');
  await step('relative-family');
  await wizard.choose('relativeHasFamily', wizard.option('relativeHasFamily', 'dont-know'));
  await step('languages');
  await wizard.choose('languages', wizard.option('languages', 'other'));
  await wizard.fill('otherLanguages', 'Kurmanji');
  await step('contact-details');
  await wizard.fill('contactEmail', 'sara.lindqvist@example.se');
  await wizard.fill('contactPhone', '070-123 45 67');
  await step('check-answers');
  await expectNoAxeViolations(sara.page);
  for (const locale of ['sv', 'ar'] as const) {
    for (const pageId of [...visited, 'check-answers']) {
      await sara.page.goto(`/${locale}/sponsor/questionnaires/${demo.leilaApplicationId}/${pageId}`);
      await expect(sara.page, `${locale} ${pageId}`).toHaveURL(new RegExp(`/${pageId}$`));
      await expectNoAxeViolations(sara.page);
    }
  }
  await sara.page.goto('/ar/sponsor');
  await expectNoAxeViolations(sara.page);
  await sara.close();
});

test('R-ENG-01 R-SPQ-04 a form no page has heard of (a fixture) is served, answered and sent by the same wizard', async ({ browser }) => {
  // An application on the tests' tiny form, naming Sara; its form asks the tiny questionnaire.
  const applicationId = randomUUID();
  const number = () => `9${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`;
  await withDatabase(async (client) => {
    await client.query(
      `INSERT INTO application (id, form_id, form_version, answers, sponsor_personal_identity_number, submitted_at) VALUES ($1, 'tiny-application', 1, $2, $3, now())`,
      [applicationId, JSON.stringify({ givenName: 'Tindra', sponsor: SARA.digits }), SARA.digits],
    );
    const caseId = randomUUID();
    await client.query(
      `INSERT INTO "case" (id, control_number, designation_number, category, state, application_id) VALUES ($1, $2, $3, 'family-reunion-close-relative', 'AWAITING_QUESTIONNAIRE', $4)`,
      [caseId, number(), number(), applicationId],
    );
    await client.query(`INSERT INTO case_event (case_id, type, occurred_on) VALUES ($1, 'REGISTERED', current_date), ($1, 'QUESTIONNAIRE_SENT', current_date)`, [caseId]);
  });

  const base = `/en/sponsor/questionnaires/${applicationId}`;
  const sara = await saraFollows(browser, base, new RegExp(`${base}/together$`));
  await expect(sara.page.getByRole('main')).toContainText('Tindra');
  await sara.page.getByRole('group', { name: en.sponsorQuestionnaire.fields.livedTogether.label }).getByLabel(en.Form.yes, { exact: true }).check();
  await sara.page.getByRole('button', { name: en.Form.continue }).click();
  await expect(sara.page).toHaveURL(new RegExp(`${base}/dependency$`));
  await sara.page.getByLabel(en.sponsorQuestionnaire.fields.dependency.label, { exact: true }).fill('We call every day.');
  await sara.page.getByRole('button', { name: en.Form.continue }).click();
  await expect(sara.page).toHaveURL(new RegExp(`${base}/check-answers$`));
  await expect(sara.page.getByRole('main')).toContainText('We call every day.');
  await sara.page.getByLabel(en.Form.declaration.confirm, { exact: true }).check();
  await sara.page.getByRole('button', { name: en.Form.send, exact: true }).click();
  await expect(sara.page).toHaveURL(new RegExp(`${base}/sent$`));
  await sara.close();

  const sent = await caseOf(applicationId);
  expect(sent.responses).toEqual([{ form_id: 'tiny-questionnaire', form_version: 1, answers: { livedTogether: 'yes', dependency: 'We call every day.' } }]);
  expect(sent.events).toEqual(['REGISTERED', 'QUESTIONNAIRE_SENT', 'QUESTIONNAIRE_ANSWERED']);
});
