import { expect, test, type Page } from '@playwright/test';
import * as OTPAuth from 'otpauth';
import { waitForHydration } from './hydration';
import { linkIn, waitForEmail } from './mail';
import { messagesFor, Wizard } from './wizard';

export const words = messagesFor.en.Identity;
export const staffWords = messagesFor.en.Staff;
export const emailWords = messagesFor.en.Email;
export const javaScriptOn = () => test.info().project.use.javaScriptEnabled !== false;

/** A fresh address per test and project, so parallel runs never meet. */
export const uniqueEmail = (label: string) =>
  `${label}-${test.info().project.name}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;

export const PASSWORD = 'correct horse battery staple';

/** The code the authenticator app would show; `stepsAhead` picks a later 30-second window. */
export function authenticatorCode(base32Secret: string, stepsAhead = 0): string {
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(base32Secret.replace(/\s/g, '')) });
  return totp.generate({ timestamp: Date.now() + stepsAhead * 30_000 });
}

export async function open(page: Page, path: string) {
  await page.goto(path);
  if (javaScriptOn()) await waitForHydration(page);
}

/**
 * Registers an account in English and confirms its address; with two-step, the first sign-in
 * then sets up the authenticator, and the secret and the code that confirmed it are returned.
 */
export async function register(
  page: Page,
  email: string,
  twoStep: boolean,
  { confirmAddress = true } = {},
): Promise<{ secret: string; usedCode: string } | null> {
  await submitRegistration(page, email, twoStep);
  if (!confirmAddress) return null;
  await confirmEmailAddress(page, email);
  return twoStep ? setUpTwoStep(page, email) : null;
}

/** Fills in and sends the registration form; every address gets the same answer page. */
export async function submitRegistration(page: Page, email: string, twoStep: boolean, password = PASSWORD) {
  await open(page, '/en/register');
  await page.getByLabel(words.register.email).fill(email);
  await page.getByLabel(words.register.password, { exact: true }).fill(password);
  await page.getByLabel(words.register.confirm).fill(password);
  await page.getByLabel(twoStep ? words.register.twoStepYes : words.register.twoStepNo).check();
  await page.getByRole('button', { name: words.register.submit }).click();
  // Registering hashes twice (a throwaway account too, see README): slow on a busy machine.
  await expect(page).toHaveURL(/\/en\/register\/done$/, { timeout: 30_000 });
}

/** Opens the newest confirmation link sent to `email` (the `count`-th one). */
export async function confirmEmailAddress(page: Page, email: string, count = 1) {
  const message = await waitForEmail(email, emailWords.verify.subject, count);
  await page.goto(linkIn(message));
  await expect(page).toHaveURL(/\/en\/sign-in\?notice=verified$/);
}

/** The first sign-in of a two-step account: the app is set up and the recovery codes shown. */
async function setUpTwoStep(page: Page, email: string): Promise<{ secret: string; usedCode: string }> {
  await signInWithPassword(page, email);
  await expect(page).toHaveURL(/\/en\/register\/two-step$/);
  const secret = (await page.locator('.ak-secret').textContent())!;
  const usedCode = authenticatorCode(secret);
  await page.getByLabel(words.enrol.code).fill(usedCode);
  await page.getByRole('button', { name: words.enrol.submit }).click();
  await expect(page).toHaveURL(/\/en\/register\/recovery-codes$/);
  await expect(page.locator('.ak-recovery-codes li')).toHaveCount(10);
  await page.getByRole('button', { name: words.recovery.continue }).click();
  await expect(page).toHaveURL(/\/en\/sign-in\?notice=two-step-ready$/);
  return { secret, usedCode };
}

export async function signInWithPassword(page: Page, email: string, password = PASSWORD) {
  await open(page, '/en/sign-in');
  await page.getByLabel(words.signIn.email).fill(email);
  await page.getByLabel(words.signIn.password).fill(password);
  await page.getByRole('button', { name: words.signIn.submit, exact: true }).click();
}

/** Waits until a sign-in has landed back on the service, past its own steps and the e-ID provider. */
export async function waitForSignInToLand(page: Page) {
  const app = new URL(test.info().project.use.baseURL!).host;
  await page.waitForURL((url) => url.host === app && !/\/sign-in(\/code|\/complete)?$/.test(url.pathname));
}

/** Accepts the terms when asked (a person's first sign-in, or a new version). */
export async function acceptTermsIfAsked(page: Page, submitLabel = words.terms.submit) {
  // With JavaScript the router follows the action's redirect after the click returns.
  await waitForSignInToLand(page);
  if (!page.url().includes('/terms/accept')) return;
  await page.getByRole('checkbox').check();
  await page.getByRole('button', { name: submitLabel }).click();
  // Accepted only once the page has moved on (with JavaScript the post is still on its way).
  await page.waitForURL((url) => !url.pathname.endsWith('/terms/accept'));
}

/** The staff among the test identities, and their own area (lib/db/seed.ts). */
const staffAreas: Record<string, string> = {
  'Eva Holm': 'caseworker',
  'two-step caseworker': 'caseworker',
  'Omar Nilsson': 'embassy',
  'Grace Wanjiru Sundberg': 'embassy',
  'Karin Ek': 'admin',
};

/** Where a sign-in started without a return address lands: staff in their own area, everyone else on Min sida. */
export const homeAfterSignIn = (locale: string, name: string) => new RegExp(`/${locale}/${staffAreas[name] ?? 'min-sida'}$`);

/** Signs in through the local e-ID provider as the test identity with that name. */
export async function signInWithEid(page: Page, locale: string, name: string) {
  await open(page, `/${locale}/sign-in`);
  await page.locator('#eid').click();
  await page.getByRole('button', { name: new RegExp(name) }).click();
}

/** A new password account, signed in, past the eligibility questions of the application in English. */
export async function newApplicantPastEligibility(page: Page, label = 'applicant'): Promise<{ email: string; wizard: Wizard }> {
  const email = uniqueEmail(label);
  await register(page, email, false);
  await signInWithPassword(page, email);
  await acceptTermsIfAsked(page);
  const wizard = new Wizard(page, 'en');
  await wizard.start();
  await wizard.passEligibility();
  return { email, wizard };
}
