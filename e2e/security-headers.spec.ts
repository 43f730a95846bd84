import { expect, test } from '@playwright/test';
import { waitForHydration } from './support/hydration';

const everywhere = {
  'strict-transport-security': /max-age=\d{8,}; includeSubDomains/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^strict-origin-when-cross-origin$/,
};

test('pages carry a nonce-based Content-Security-Policy with no unsafe-inline script', async ({ request }) => {
  const response = await request.get('/en');
  const headers = response.headers();
  for (const [name, pattern] of Object.entries(everywhere)) expect(headers[name], name).toMatch(pattern);
  const policy = headers['content-security-policy'] ?? '';
  expect(policy).toContain("frame-ancestors 'none'");
  const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'/.exec(policy)?.[1];
  expect(nonce, policy).toBeTruthy();
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);

  const html = await response.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

  const second = (await request.get('/en')).headers()['content-security-policy'];
  expect(second).not.toBe(policy); // a fresh nonce per response
});

test('static files and the API carry the security headers too', async ({ request }) => {
  const html = await (await request.get('/en')).text();
  const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(chunk).toBeTruthy();
  for (const path of [chunk!, '/api/health']) {
    const headers = (await request.get(path)).headers();
    for (const [name, pattern] of Object.entries(everywhere)) expect(headers[name], `${name} on ${path}`).toMatch(pattern);
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
  }
});

test('with JavaScript, the page runs its scripts without a single policy violation', async ({ page, javaScriptEnabled }) => {
  test.skip(!javaScriptEnabled, 'needs JavaScript');
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
  });
  await page.goto('/sv/terms');
  await waitForHydration(page);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Terms of use');
  await waitForHydration(page);
  expect(violations).toEqual([]);
});
