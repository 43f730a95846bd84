import { expect, test, type Page } from '@playwright/test';
import Stripe from 'stripe';
import { E2E_STRIPE_PORT, E2E_WEBHOOK_SECRET } from '../playwright.config';
import { expectNoAxeViolations } from './support/a11y';
import { withDatabase } from './support/demo';
import { testFiles } from '../test/files';
import { acceptTermsIfAsked, javaScriptOn, newApplicantPastEligibility, signInWithEid, uniqueEmail } from './support/identity';
import { waitForEmail } from './support/mail';
import { messagesFor, Wizard } from './support/wizard';

/** The local Stripe stand-in's payment page. */
const stripePayPage = new RegExp(`127\\.0\\.0\\.1:${E2E_STRIPE_PORT}/pay/cs_test_`);

// From check-your-answers to a registered case: the fee paid on the local Stripe stand-in's
// hosted page, the receipt page and its e-mail. With JavaScript and without.

const m = messagesFor.en;
const PAY = new RegExp(`^${m.Form.payAndSend.replace('{amount}', '.*')}$`);

/** Ticks the declaration that the answers are true and complete, as sending needs. */
const declare = (page: Page) => new Wizard(page, 'en').declare();

/** A new account, signed in, with a draft at check-your-answers whose receipt goes to `email`. */
async function draftAtCheckAnswers(page: Page, { withFamilyMember = false, withDocuments = true, exempt = false } = {}) {
  const { email, wizard } = await newApplicantPastEligibility(page);
  await wizard.toCheckAnswers({ withFamilyMember, withDocuments, exempt });
  // The receipt goes to the address given in the application.
  const receiptTo = uniqueEmail('receipt');
  const change = `${m.Form.changeAnswer} ${wizard.label('applicantEmail')} (${m.familyReunion.sections.applicant})`;
  await page.getByRole('link', { name: change, exact: true }).click();
  await wizard.fill('applicantEmail', receiptTo);
  await wizard.continue('check-answers');
  const draftId = await withDatabase(async (client) =>
    (await client.query(`SELECT d.id FROM draft d JOIN account a ON a.id = d.owner_account_id WHERE a.email = $1`, [email])).rows[0].id as string,
  );
  return { email, receiptTo, draftId };
}

const paymentsOf = (draftId: string) =>
  withDatabase(async (client) => (await client.query(`SELECT state, amount, checkout_session_id FROM payment WHERE draft_id = $1 ORDER BY attempt`, [draftId])).rows);

test('R-FEE-01 R-FEE-03 R-APP-08 R-APP-03 a declined card and a cancelled payment keep the draft; paying registers the case, with a receipt page and e-mail', async ({ page }) => {
  test.setTimeout(180_000);
  const { receiptTo, draftId } = await draftAtCheckAnswers(page, { withFamilyMember: true });
  // Two people: the fee is 2 × 2 000 kr.
  await expect(page.getByRole('main')).toContainText('4,000');
  await declare(page);
  await page.getByRole('button', { name: PAY }).click();
  await expect(page).toHaveURL(stripePayPage);
  const checkoutUrl = page.url();

  await page.getByRole('button', { name: /declined/ }).click();
  await expect(page.getByRole('alert')).toContainText('Your card was declined');
  await page.getByRole('button', { name: 'Cancel and go back' }).click();
  await expect(page).toHaveURL(/\/en\/apply\/check-answers\?payment=cancelled$/);
  await expect(page.getByText(m.Form.paymentCancelled)).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Layla');
  if (javaScriptOn()) await expectNoAxeViolations(page);

  // Trying again reaches the same, still open, Checkout.
  await declare(page);
  await page.getByRole('button', { name: PAY }).click();
  await expect(page).toHaveURL(checkoutUrl);
  await page.getByRole('button', { name: /^Pay .* 4242/ }).click();

  await expect(page).toHaveURL(/\/en\/apply\/receipt\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.Receipt.title);
  const controlNumber = (await page.locator('.ak-control-number').textContent())!;
  expect(controlNumber).toMatch(/^\d{10}$/);
  await expect(page.getByRole('main')).toContainText(m.Receipt.membersTitle);
  if (javaScriptOn()) await expectNoAxeViolations(page);

  const receipt = await waitForEmail(receiptTo, m.Email.receipt.subject.replace('{controlNumber}', controlNumber));
  expect(receipt.text).toContain(controlNumber);
  expect(await paymentsOf(draftId)).toEqual([expect.objectContaining({ state: 'PAID', amount: 400_000 })]);
  const cases = await withDatabase(async (client) =>
    (await client.query(`SELECT c.control_number FROM "case" c JOIN application a ON a.id = c.application_id JOIN draft d ON d.submitted_application_id IN (a.id, a.main_application_id) WHERE d.id = $1`, [draftId])).rows,
  );
  expect(cases).toHaveLength(2);
  // The draft is sent: the wizard starts a new one.
  await page.goto('/en/apply');
  await expect(page).toHaveURL(/\/en\/apply\/location$/);
});

test('R-FEE-01 R-FEE-03 an application exempt from the fee is sent without paying', async ({ page }) => {
  // The walk to check-your-answers alone takes a minute or more on a busy machine.
  test.setTimeout(180_000);
  const { draftId, receiptTo } = await draftAtCheckAnswers(page, { exempt: true });
  await expect(page.getByRole('main')).toContainText(m.familyReunion.fees.protection);
  await declare(page);
  await page.getByRole('button', { name: m.Form.send, exact: true }).click();
  await expect(page).toHaveURL(/\/en\/apply\/receipt\/[0-9a-f-]{36}$/);
  const controlNumber = (await page.locator('.ak-control-number').textContent())!;
  await waitForEmail(receiptTo, m.Email.receipt.subject.replace('{controlNumber}', controlNumber));
  expect(await paymentsOf(draftId)).toEqual([]);
});

/** "Accept and send" posted by hand as the page's own form would post it, less the declaration. */
async function postWithoutDeclaration(page: Page) {
  const html = await (await page.request.get('/en/apply/check-answers')).text();
  const form = /<form[^>]*>(?:(?!<\/form>)[\s\S])*name="declaration"(?:(?!<\/form>)[\s\S])*<\/form>/.exec(html)![0];
  const unescape = (text: string) => text.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const fields = Object.fromEntries(
    [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map((match) => [unescape(match[1]!), unescape(match[2] ?? '')]),
  );
  expect(Object.keys(fields).some((name) => name.startsWith('$ACTION_'))).toBe(true);
  return page.request.post('/en/apply/check-answers', { multipart: fields, headers: { Origin: new URL(page.url()).origin }, maxRedirects: 0 });
}

test('R-APP-06 R-FEE-03 nothing is paid or sent without the declaration; the page says so and keeps the answers; the declaration is kept with the application', async ({ page }) => {
  test.setTimeout(180_000);
  const { draftId } = await draftAtCheckAnswers(page);
  await expect(page.getByRole('heading', { level: 2, name: m.Form.declaration.title })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(m.Form.declaration.text);

  // A post made by hand without the declaration: sent back to the page, no payment started.
  const hostile = await postWithoutDeclaration(page);
  expect(hostile.status()).toBe(303);
  expect(hostile.headers().location).toMatch(/\/en\/apply\/check-answers\?declaration=missing$/);
  expect(await paymentsOf(draftId)).toEqual([]);

  // The button pressed without ticking the box: the error, linked to the box; the answers are all there.
  await page.getByRole('button', { name: PAY }).click();
  await expect(page).toHaveURL(/\/en\/apply\/check-answers\?declaration=missing$/);
  await expect(page.locator('.ak-error-summary')).toContainText(m.Form.declaration.missing);
  await expect(page.locator('.ak-error-message')).toContainText(m.Form.declaration.missing);
  await expect(page.getByRole('main')).toContainText('Omar');
  expect(await paymentsOf(draftId)).toEqual([]);
  await page.locator('.ak-error-summary a').click();
  await expect(page.getByLabel(m.Form.declaration.confirm, { exact: true })).toBeFocused();
  if (javaScriptOn()) {
    await expectNoAxeViolations(page);
    for (const locale of ['sv', 'ar'] as const) {
      await page.goto(`/${locale}/apply/check-answers?declaration=missing`);
      await expect(page.locator('.ak-error-summary')).toContainText(messagesFor[locale].Form.declaration.missing);
      await expectNoAxeViolations(page);
    }
    await page.goto('/en/apply/check-answers');
  }

  // Declared and paid: the application records that it was declared, and when.
  const before = Date.now();
  await declare(page);
  await page.getByRole('button', { name: PAY }).click();
  await page.getByRole('button', { name: /^Pay .* 4242/ }).click();
  await expect(page).toHaveURL(/\/en\/apply\/receipt\/[0-9a-f-]{36}$/);
  const [application] = await withDatabase(
    async (client) => (await client.query(`SELECT a.declared_at FROM application a JOIN draft d ON d.submitted_application_id = a.id WHERE d.id = $1`, [draftId])).rows,
  );
  expect(application.declared_at.getTime()).toBeGreaterThanOrEqual(before - 1000);
  expect(application.declared_at.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
});

test('R-DOC-02 an application with a required document missing is not sent, and says which', async ({ page }) => {
  // The walk to check-your-answers alone takes a minute or more on a busy machine.
  test.setTimeout(180_000);
  const { draftId } = await draftAtCheckAnswers(page, { withDocuments: false });
  await expect(page.getByRole('main')).toContainText(m.Form.documentMissing);
  await declare(page);
  await page.getByRole('button', { name: PAY }).click();
  await expect(page).toHaveURL(/\/en\/apply\/check-answers\?documents=missing$/);
  await expect(page.getByText(m.Form.documentsMissing)).toBeVisible();
  expect(await paymentsOf(draftId)).toEqual([]);
});

test('R-FEE-02 a double-clicked pay button makes one Checkout Session', async ({ page }) => {
  // The walk to check-your-answers alone takes a minute or more on a busy machine.
  test.setTimeout(180_000);
  const { draftId } = await draftAtCheckAnswers(page);
  await declare(page);
  await page.getByRole('button', { name: PAY }).dblclick();
  await expect(page).toHaveURL(stripePayPage);
  await page.goBack();
  await declare(page);
  await page.getByRole('button', { name: PAY }).click();
  await expect(page).toHaveURL(stripePayPage);
  expect(await paymentsOf(draftId)).toHaveLength(1);
});

test('R-FEE-02 one webhook delivered 10 times and out of order pays once; a forged one and a wrong amount are refused', async ({ page, request }) => {
  test.skip(!javaScriptOn(), 'server-side; once is enough');
  const { draftId, receiptTo } = await draftAtCheckAnswers(page);
  await declare(page);
  await page.getByRole('button', { name: PAY }).click();
  await expect(page).toHaveURL(stripePayPage);
  const [payment] = await paymentsOf(draftId);
  const webhooks = new Stripe('sk_test_unused').webhooks;
  const session = {
    id: payment.checkout_session_id,
    object: 'checkout.session',
    status: 'complete',
    payment_status: 'paid',
    amount_total: payment.amount,
    currency: 'sek',
    payment_intent: `pi_test_${draftId.slice(0, 8)}`,
    client_reference_id: draftId,
  };
  const event = (id: string, type: string, object: object) => JSON.stringify({ id, object: 'event', type, created: Math.floor(Date.now() / 1000), data: { object } });
  const deliver = async (payload: string, secret = E2E_WEBHOOK_SECRET) =>
    (
      await request.post('/api/payments/stripe', {
        headers: { 'Content-Type': 'application/json', 'Stripe-Signature': await webhooks.generateTestHeaderStringAsync({ payload, secret }) },
        data: payload,
      })
    ).status();

  // A completed session for the wrong amount does not pay.
  expect(await deliver(event(`evt_wrong_${draftId}`, 'checkout.session.completed', { ...session, amount_total: 100 }))).toBe(200);
  expect((await paymentsOf(draftId))[0].state).toBe('OPEN');
  // Forged: signed with another secret.
  expect(await deliver(event(`evt_forged_${draftId}`, 'checkout.session.completed', session), 'whsec_forged')).toBe(400);
  expect((await paymentsOf(draftId))[0].state).toBe('OPEN');

  // The right event ten times at once, with a late "expired" for the same session among them.
  const paid = event(`evt_paid_${draftId}`, 'checkout.session.completed', session);
  const expired = event(`evt_expired_${draftId}`, 'checkout.session.expired', { ...session, status: 'expired', payment_status: 'unpaid' });
  const statuses = await Promise.all([...Array.from({ length: 10 }, () => deliver(paid)), deliver(expired)]);
  expect(statuses).toEqual(Array(11).fill(200));
  expect(await paymentsOf(draftId)).toEqual([expect.objectContaining({ state: 'PAID' })]);
  const registered = await withDatabase(async (client) =>
    (await client.query(`SELECT count(*)::int AS count FROM application a JOIN draft d ON d.submitted_application_id = a.id WHERE d.id = $1`, [draftId])).rows[0].count,
  );
  expect(registered).toBe(1);
  const receipts = await withDatabase(async (client) =>
    (await client.query(`SELECT count(*)::int AS count FROM outbox_email WHERE "to" = $1 AND kind = 'receipt-email'`, [receiptTo])).rows[0].count,
  );
  expect(receipts).toBe(1);
  // A refund later moves the payment on; its repetition changes nothing more.
  const refund = event(`evt_refund_${draftId}`, 'charge.refunded', { id: 'ch_test_1', object: 'charge', payment_intent: session.payment_intent });
  expect(await deliver(refund)).toBe(200);
  expect(await deliver(refund)).toBe(200);
  expect((await paymentsOf(draftId))[0].state).toBe('REFUNDED');
});

test('R-DOC-04 R-TOU-02 staff download a case\'s documents within their scope, each download audited; nobody else can', async ({ page, browser }) => {
  test.skip(!javaScriptOn(), 'server-side; once is enough');
  test.setTimeout(180_000);
  await draftAtCheckAnswers(page);
  await declare(page);
  await page.getByRole('button', { name: PAY }).click();
  await page.getByRole('button', { name: /^Pay .* 4242/ }).click();
  await expect(page).toHaveURL(/\/en\/apply\/receipt\//);
  const controlNumber = (await page.locator('.ak-control-number').textContent())!;
  const caseId = await withDatabase(async (client) => (await client.query(`SELECT id FROM "case" WHERE control_number = $1`, [controlNumber])).rows[0].id as string);

  const caseworker = await (await browser.newContext()).newPage();
  await signInWithEid(caseworker, 'en', 'Eva Holm');
  await acceptTermsIfAsked(caseworker);
  await caseworker.goto(`/en/caseworker/cases/${caseId}`);
  await expect(caseworker.getByRole('heading', { level: 1 })).toContainText(controlNumber);
  const links = caseworker.getByRole('main').getByRole('link', { name: 'passport.pdf' });
  await expect(links).toHaveCount(4);
  const href = (await links.first().getAttribute('href'))!;
  const download = await caseworker.request.get(href);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''passport\.pdf$/);
  expect(download.headers()['content-type']).toBe('application/pdf');
  expect(Buffer.compare(await download.body(), testFiles.pdf.bytes)).toBe(0);
  const audited = await withDatabase(async (client) =>
    (await client.query(`SELECT actor_role FROM audit_log WHERE action = 'document.read' AND object_id = $1`, [href.split('/').at(-1)])).rows,
  );
  expect(audited).toEqual([{ actor_role: 'CASEWORKER' }]);

  // Embassy staff of another mission, the applicant and someone signed out: refused, no bytes.
  const nairobi = await (await browser.newContext()).newPage();
  await signInWithEid(nairobi, 'en', 'Grace Wanjiru Sundberg');
  await acceptTermsIfAsked(nairobi);
  const embassyHref = href.replace('/caseworker/', '/embassy/');
  for (const [who, request, path] of [
    ['embassy staff, Nairobi', nairobi.request, embassyHref],
    ['embassy staff, Nairobi, as a caseworker', nairobi.request, href],
    ['the applicant', page.request, href],
    ['someone signed out', (await browser.newContext()).request, href],
  ] as const) {
    const refused = await request.get(path, { maxRedirects: 0 });
    expect([303, 403], who).toContain(refused.status());
    expect((await refused.body()).includes(testFiles.pdf.bytes), who).toBe(false);
  }
});
