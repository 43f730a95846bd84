import { test } from '@playwright/test';
import { acceptTermsIfAsked, signInWithEid } from './support/identity';
import { demo } from './support/demo';

test('shots', async ({ browser }) => {
  test.setTimeout(240_000);
  for (const [width, tag] of [[1200, 'desk'], [390, 'phone']] as const) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await signInWithEid(page, 'en', 'Johan Berg');
    await acceptTermsIfAsked(page);
    await page.waitForURL(/min-sida/);
    for (const locale of ['sv', 'en', 'ar']) {
      await page.goto(`/${locale}/%63aseworker/cases/${demo.leilaCaseId}`);
      await page.screenshot({ path: `/tmp/shots/forbidden-${locale}-${tag}.png`, fullPage: true });
      await page.goto(`/${locale}/apply/location?draft=too-many`);
      await page.screenshot({ path: `/tmp/shots/draftlimit-${locale}-${tag}.png`, fullPage: true });
    }
    const response = await page.request.post('/api/documents/passportCopy?locale=ar', { headers: { Origin: 'https://evil.example' }, multipart: { a: 'b' } });
    await page.setContent(await response.text());
    await page.screenshot({ path: `/tmp/shots/crosssite-ar-${tag}.png`, fullPage: true });
    await context.close();
  }
});
