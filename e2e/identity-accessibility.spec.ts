import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { demo } from './support/demo';
import { acceptTermsIfAsked, homeAfterSignIn, open, signInWithEid } from './support/identity';
import { messagesFor } from './support/wizard';

// R-X-02 on the pages of signing in, Min sida and the staff areas, in every language. The
// server renders the same HTML with or without JavaScript: one project is enough.

const locales = ['sv', 'en', 'ar'] as const;

async function signInAs(page: Page, locale: (typeof locales)[number], name: string) {
  await signInWithEid(page, locale, name);
  await acceptTermsIfAsked(page, messagesFor[locale].Identity.terms.submit);
  await expect(page).toHaveURL(homeAfterSignIn(locale, name));
}

async function signOut(page: Page, locale: (typeof locales)[number]) {
  await page.getByRole('button', { name: messagesFor[locale].Identity.signIn.signOut }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}$`));
}

for (const locale of locales) {
  test(`R-X-02 the account, Min sida and staff pages have no axe violations in ${locale}`, async ({ page }) => {
    test.skip(test.info().project.name === 'no-js', 'the same server HTML; the with-js project covers it');
    test.setTimeout(300_000);
    const pages = async (paths: string[]) => {
      for (const path of paths) {
        await open(page, `/${locale}${path}`);
        await expectNoAxeViolations(page);
      }
    };
    await pages(['/forgot-password', '/forgot-password/sent', '/reset-password?token=x', '/register/done', '/forbidden']);

    await signInAs(page, locale, 'Karin Ek');
    await pages(['/min-sida', '/sponsor', '/admin?q=haddad']);
    await signOut(page, locale);

    await signInAs(page, locale, 'Leila Haddad');
    await pages([`/min-sida/cases/${demo.leilaCaseId}`]);
    await signOut(page, locale);

    await signInAs(page, locale, 'Eva Holm');
    await pages(['/caseworker', `/caseworker/cases/${demo.amiraCaseId}`]);
    await signOut(page, locale);

    await signInAs(page, locale, 'Omar Nilsson');
    await pages(['/embassy', `/embassy/cases/${demo.leilaCaseId}`]);
  });
}
