import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { locales } from './support/locales';

for (const { locale, dir, notFoundTitle } of locales) {
  test(`R-X-01 an unknown page in ${locale} answers 404 with a not-found page in ${locale}`, async ({ page }) => {
    const response = await page.goto(`/${locale}/no-such-page/at-all`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(notFoundTitle);
    await expect(page.getByRole('main').getByRole('link')).toHaveAttribute('href', `/${locale}`);
    await expectNoAxeViolations(page);
  });
}

test('R-X-01 an unknown address outside the locales answers 404, not 500', async ({ request }) => {
  for (const path of ['/api/no-such-endpoint', '/no-such-file.txt', '/_next/static/no-such-chunk.js']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
  }
});

test('R-X-01 odd addresses and methods never make the server answer 500', async ({ request }) => {
  const probes = [
    request.get('/sv/%E0%A4%A'),
    request.get('/xx/terms'),
    request.get(`/sv/${'a'.repeat(2000)}`),
    request.get('/sv/terms?locale=../../etc/passwd'),
    request.post('/sv', { form: { anything: 'x' } }),
    request.post('/api/health', { data: '{' }),
    request.delete('/api/health'),
  ];
  for (const response of await Promise.all(probes)) {
    expect(response.status(), response.url()).toBeLessThan(500);
  }
});

test('/api/health reports the app and the database', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toBe('no-store');
  const body = await response.json();
  expect(body).toMatchObject({ status: 'ok', app: 'up', database: { status: 'up' } });
  expect(JSON.stringify(body)).not.toMatch(/postgres(ql)?:\/\//);
});
