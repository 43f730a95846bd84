// Hostile requests against the running app (R-X-01): every server action and route handler gets
// malformed, foreign and oversized posts, fixed ones for each known class and random ones from
// fast-check, anonymously and signed in as an administrator. None may be answered with a 5xx
// or show a stack trace, and the service must stay healthy.
import { expect, test, type APIRequestContext } from '@playwright/test';
import fc from 'fast-check';
import { acceptTermsIfAsked, signInWithEid } from './support/identity';

test.describe.configure({ mode: 'serial' });
test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, 'The requests are made without a browser: once, in the with-js project.');

const MiB = 1024 * 1024;
/** A stack frame, a file path of the server, or the server's build output. */
const STACK_TRACE = /\bat \S+ \(|\bat (async )?\S+:\d+:\d+|\/work\/|node_modules|\.next\/server|\.tsx?:\d+/;
const UNKNOWN_ID = `7f${'0'.repeat(40)}`;

interface FoundAction {
  /** The page whose HTML carries it, where it is posted. */
  path: string;
  id: string;
  /** Its bound arguments as the page encodes them, when it has any. */
  bound: string | null;
}

const unescapeHtml = (text: string) =>
  text.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The actions of a page, as its no-JavaScript forms carry them ($ACTION_ID_<id>, or $ACTION_REF_n with its bound arguments). */
async function actionsOn(request: APIRequestContext, path: string): Promise<FoundAction[]> {
  const response = await request.get(path);
  const html = await response.text();
  const finalPath = new URL(response.url()).pathname;
  const found: FoundAction[] = [...html.matchAll(/name="\$ACTION_ID_([0-9a-f]+)"/g)].map((match) => ({ path: finalPath, id: match[1]!, bound: null }));
  for (const match of html.matchAll(/name="\$ACTION_(\d+):0" value="([^"]*)"/g)) {
    const meta = JSON.parse(unescapeHtml(match[2]!)) as { id: string };
    const bound = new RegExp(`name="\\$ACTION_${match[1]}:1" value="([^"]*)"`).exec(html)?.[1];
    found.push({ path: finalPath, id: meta.id, bound: bound === undefined ? null : unescapeHtml(bound) });
  }
  return found;
}

type Field = { name: string; value: string | Buffer; filename?: string };

/** A multipart/form-data body as a browser would send it, or cut short. */
function multipart(boundary: string, fields: Field[], truncateAt?: number): Buffer {
  const parts = fields.map(({ name, value, filename }) =>
    Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name.replace(/["\r\n]/g, '_')}"${filename ? `; filename="${filename}"` : ''}\r\n\r\n`),
      Buffer.isBuffer(value) ? value : Buffer.from(value),
      Buffer.from('\r\n'),
    ]),
  );
  const body = Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]);
  return truncateAt === undefined ? body : body.subarray(0, Math.floor(body.length * truncateAt));
}

interface HostileRequest {
  label: string;
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

const answers: { label: string; status: number }[] = [];

/** Sends one request and checks the answer: no 5xx, no stack trace. */
async function send(request: APIRequestContext, hostile: HostileRequest) {
  const response = await request.fetch(hostile.path, {
    method: hostile.method,
    headers: hostile.headers,
    data: hostile.body,
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  const body = await response.text();
  answers.push({ label: hostile.label, status: response.status() });
  expect(response.status(), `${hostile.label}: ${hostile.method} ${hostile.path}`).toBeLessThan(500);
  expect(body, `${hostile.label}: no stack trace`).not.toMatch(STACK_TRACE);
  // The server's own refusals (a route handler answers in its own shape): a page, never cached.
  if ([400, 405, 408, 413].includes(response.status()) && response.headers()['content-type']?.startsWith('text/html')) {
    expect(response.headers()['cache-control'], hostile.label).toContain('no-store');
  }
  return response;
}

/** Route handlers, with the methods they take. */
const ROUTES = [
  '/api/documents/passport',
  '/api/documents/passport/remove',
  '/api/uploadthing?actionType=upload&slug=passport',
  '/api/payments/stripe',
  '/api/auth/callback/eid',
  '/sv/apply/drafts/00000000-0000-4000-8000-000000000000',
  '/sv/apply/payment/return?session=x',
  '/sv/register/finish',
  '/sv/sign-in/complete',
  '/sv/sign-in/e-id',
  '/sv/verify-email?token=x',
  '/en/caseworker/cases/00000000-0000-4000-8000-000000000000/documents/00000000-0000-4000-8000-000000000000',
];

/** The text arbitraries: NUL and control characters, any Unicode, prototype keys, action field names. */
const hostileText = (ids: string[]) =>
  fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom('__proto__', 'constructor', 'prototype', '\u0000', '\r\nSet-Cookie: x=1', '$ACTION_REF_1', '$ACTION_KEY', '../../etc/passwd'),
    fc.constantFrom(...ids.map((id) => `$ACTION_ID_${id}`), `$ACTION_ID_${UNKNOWN_ID}`),
  );

/** Bound arguments: the page's own shape with hostile values, or anything JSON. */
const boundArguments = fc.oneof(
  fc.constantFrom('["__proto__","sv","location"]', '["constructor","en","x"]', '[{"__proto__":{"polluted":1}}]', '[[[[', '', '"$@1"', '[null,null,null,null,null]'),
  fc.json({ maxDepth: 3 }),
);

function hostileRequests(actions: FoundAction[], label: string): fc.Arbitrary<HostileRequest> {
  const ids = [...new Set(actions.map((action) => action.id))];
  const paths = [...new Set(actions.map((action) => action.path)), ...ROUTES];
  const field = fc.record({
    name: hostileText(ids),
    value: fc.oneof(
      { weight: 8, arbitrary: hostileText(ids) },
      { weight: 1, arbitrary: fc.constantFrom(Buffer.alloc(MiB, 'a'), Buffer.alloc(MiB / 2, 0)) },
    ),
  });
  const actionFields = fc.oneof(
    fc.constantFrom(...ids, UNKNOWN_ID, 'not-an-id').map((id): Field[] => [{ name: `$ACTION_ID_${id}`, value: '' }]),
    fc.tuple(fc.constantFrom(...ids, UNKNOWN_ID), boundArguments).map(([id, bound]): Field[] => [
      { name: '$ACTION_REF_1', value: '' },
      { name: '$ACTION_1:0', value: JSON.stringify({ id, bound: '$@1' }) },
      { name: '$ACTION_1:1', value: bound },
    ]),
    fc.constant<Field[]>([{ name: '$ACTION_REF_1', value: '' }, { name: '$ACTION_1:0', value: '{not json' }]),
    fc.constant<Field[]>([]),
  );
  const multipartPost = fc
    .record({
      path: fc.constantFrom(...paths),
      boundary: fc.oneof(fc.stringMatching(/^[A-Za-z0-9'()+_,.-]{1,70}$/), fc.constant('b'.repeat(71))),
      action: actionFields,
      fields: fc.array(field, { maxLength: 5 }),
      truncateAt: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      nextAction: fc.option(fc.constantFrom(...ids, UNKNOWN_ID, 'x'), { nil: undefined }),
    })
    .map(({ path, boundary, action, fields, truncateAt, nextAction }): HostileRequest => ({
      label: `${label} multipart`,
      method: 'POST',
      path,
      headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}`, ...(nextAction ? { 'Next-Action': nextAction } : {}) },
      body: multipart(boundary, [...action, ...fields], truncateAt),
    }));
  const fetchActionPost = fc
    .record({
      path: fc.constantFrom(...paths),
      id: fc.oneof(fc.constantFrom(...ids, UNKNOWN_ID), fc.stringMatching(/^[ -~]{0,60}$/)),
      body: fc.oneof(boundArguments, fc.string({ unit: 'binary', maxLength: 200 })),
      contentType: fc.constantFrom('text/plain;charset=UTF-8', 'application/json', 'application/x-www-form-urlencoded', 'application/octet-stream'),
    })
    .map(({ path, id, body, contentType }): HostileRequest => ({
      label: `${label} fetch action`,
      method: 'POST',
      path,
      headers: { 'Next-Action': id, 'Content-Type': contentType, Accept: 'text/x-component' },
      body: Buffer.from(body),
    }));
  const routeRequest = fc
    .record({
      path: fc.constantFrom(...ROUTES),
      method: fc.constantFrom('GET' as const, 'POST' as const),
      query: fc.array(fc.tuple(fc.constantFrom('next', 'returnTo', 'locale', 'token', 'session', 'slug', 'actionType'), hostileText(ids)), { maxLength: 3 }),
      body: fc.oneof(fc.json({ maxDepth: 3 }), fc.string({ unit: 'binary', maxLength: 200 })),
    })
    .map(({ path, method, query, body }): HostileRequest => {
      const url = new URL(path, 'http://x');
      for (const [name, value] of query) url.searchParams.append(name, value);
      return {
        label: `${label} route ${method}`,
        method,
        path: `${url.pathname}${url.search}`,
        headers: method === 'POST' ? { 'Content-Type': 'application/json' } : {},
        body: method === 'POST' ? Buffer.from(body) : undefined,
      };
    });
  return fc.oneof({ weight: 3, arbitrary: multipartPost }, { weight: 2, arbitrary: fetchActionPost }, { weight: 2, arbitrary: routeRequest });
}

/** Each class the server was found to answer with 500 before (R-X-01), once, deterministically. */
function knownClasses(actions: FoundAction[], locale: string): HostileRequest[] {
  const wizard = actions.find((action) => action.bound?.startsWith('["application"'));
  const other = actions.find((action) => action.id !== wizard?.id) ?? actions[0]!;
  const page = wizard?.path ?? other.path;
  const mp = (label: string, fields: Field[], options: { truncateAt?: number; boundary?: string } = {}): HostileRequest => ({
    label,
    method: 'POST',
    path: page,
    headers: { 'Content-Type': `multipart/form-data; boundary=${options.boundary ?? 'hostile'}`, 'Accept-Language': locale },
    body: multipart(options.boundary ?? 'hostile', fields, options.truncateAt),
  });
  const fetchAction = (label: string, id: string, body: string | Buffer, headers: Record<string, string> = {}): HostileRequest => ({
    label,
    method: 'POST',
    path: page,
    headers: { 'Next-Action': id, 'Content-Type': 'text/plain;charset=UTF-8', ...headers },
    body: Buffer.isBuffer(body) ? body : Buffer.from(body),
  });
  const ref = (id: string, bound: string): Field[] => [
    { name: '$ACTION_REF_1', value: '' },
    { name: '$ACTION_1:0', value: JSON.stringify({ id, bound: '$@1' }) },
    { name: '$ACTION_1:1', value: bound },
  ];
  return [
    ...(wizard
      ? [
          mp('form id __proto__', ref(wizard.id, '["__proto__","sv","location"]')),
          mp('form id constructor', ref(wizard.id, '["constructor","sv","location"]')),
          mp('bound arguments that do not decode', ref(wizard.id, '[[[[')),
          fetchAction('fetch action with foreign arguments', wizard.id, '["__proto__","en","location",{}]'),
        ]
      : []),
    mp('another action id with foreign bound arguments', ref(other.id, '["x","y"]')),
    mp('unknown $ACTION_ID_', [{ name: `$ACTION_ID_${UNKNOWN_ID}`, value: '' }]),
    mp('garbage $ACTION_REF_ metadata', [{ name: '$ACTION_REF_1', value: '' }, { name: '$ACTION_1:0', value: '{not json' }]),
    mp('truncated multipart', [{ name: `$ACTION_ID_${other.id}`, value: '' }, { name: 'email', value: 'x' }], { truncateAt: 0.5 }),
    mp('over the body limit', [{ name: `$ACTION_ID_${other.id}`, value: '' }, { name: 'email', value: Buffer.alloc(2 * MiB, 'a') }]),
    mp('boundary over 70 characters', [{ name: 'a', value: 'b' }], { boundary: 'b'.repeat(200) }),
    fetchAction('fetch action with a garbage body', other.id, '{{{garbage'),
    fetchAction('fetch action with an unknown id', UNKNOWN_ID, '[]'),
    fetchAction('fetch action with an invalid id', '../../x', '[]'),
    fetchAction('fetch action from another origin', other.id, '[]', { Origin: 'https://evil.example' }),
    fetchAction('fetch action with an Origin that is no address', other.id, '[]', { Origin: 'not a url' }),
    fetchAction('fetch action over the body limit', other.id, Buffer.alloc(2 * MiB, 'a')),
    { label: 'next given twice', method: 'GET', path: `/${locale}/sign-in?next=/${locale}/a&next=/${locale}/b`, headers: {} },
    { label: 'next with CR/LF', method: 'GET', path: `/${locale}/sign-in/e-id?next=/${locale}/min-sida%0d%0aSet-Cookie:%20x=1`, headers: {} },
  ];
}

test.describe('R-X-01 hostile requests never get a 500', () => {
  test.setTimeout(180_000);

  test('R-X-01 anonymous: every class known to fail before, then random posts to every action and route handler', async ({ request }) => {
    const actions = [
      ...(await actionsOn(request, '/sv/apply')),
      ...(await actionsOn(request, '/sv/sign-in')),
      ...(await actionsOn(request, '/en/register')),
      ...(await actionsOn(request, '/ar/forgot-password')),
    ];
    expect(actions.some((action) => action.bound?.startsWith('["application"')), 'the wizard binds its form').toBe(true);
    for (const hostile of knownClasses(actions, 'en')) {
      const response = await send(request, hostile);
      if (/__proto__|constructor|decode|foreign|another action|unknown|garbage|truncated/.test(hostile.label)) {
        expect(response.status(), hostile.label).toBe(400);
        expect(await response.text(), hostile.label).toContain('<html lang=');
      }
      if (hostile.label.includes('over the body limit')) expect(response.status(), hostile.label).toBe(413);
      if (hostile.label.includes('boundary')) expect(response.status(), hostile.label).toBe(400);
    }
    await fc.assert(
      fc.asyncProperty(hostileRequests(actions, 'anonymous'), async (hostile) => {
        await send(request, hostile);
      }),
      { numRuns: 90, endOnFailure: true },
    );
    expect((await request.get('/api/health')).status()).toBe(200);
  });

  test('R-X-01 signed in as an administrator: random posts to the bound admin actions and the rest', async ({ page }) => {
    await signInWithEid(page, 'en', 'Karin Ek');
    await acceptTermsIfAsked(page);
    const request = page.request;
    // The bound ones: the admin page's (an account id each) and the wizard's. Not the header's
    // sign-out form, which would end the session the test is about.
    const actions = [...(await actionsOn(request, '/en/admin?q=199306181232')), ...(await actionsOn(request, '/en/apply'))].filter(
      (action) => action.bound !== null,
    );
    const admin = actions.filter((action) => action.path.endsWith('/admin'));
    expect(admin.length, 'the admin page binds account ids').toBeGreaterThan(0);
    const wizard = actions.find((action) => action.bound?.startsWith('["application"'))!;
    // Foreign bound arguments to the admin's actions: not an account id, another action's form id, an object.
    for (const bound of ['["not-a-uuid"]', '[{"id":"x"}]', '["family-reunion","sv","location"]', '[]', '["00000000-0000-4000-8000-000000000000",{"q":1}]']) {
      const response = await send(request, {
        label: `admin action with bound ${bound}`,
        method: 'POST',
        path: '/en/admin',
        headers: { 'Content-Type': 'multipart/form-data; boundary=hostile' },
        body: multipart('hostile', [
          { name: '$ACTION_REF_1', value: '' },
          { name: '$ACTION_1:0', value: JSON.stringify({ id: admin[0]!.id, bound: '$@1' }) },
          { name: '$ACTION_1:1', value: bound },
          { name: 'reason', value: 'x' },
        ]),
      });
      expect(response.status(), `${bound} ${response.headers().location}`).toBe(400);
    }
    // The wizard's action named from the admin page: a foreign action id where it was not offered.
    await send(request, {
      label: 'the wizard action posted to the admin page',
      method: 'POST',
      path: '/en/admin',
      headers: { 'Content-Type': 'multipart/form-data; boundary=hostile' },
      body: multipart('hostile', [
        { name: '$ACTION_REF_1', value: '' },
        { name: '$ACTION_1:0', value: JSON.stringify({ id: wizard.id, bound: '$@1' }) },
        { name: '$ACTION_1:1', value: '["__proto__","sv","location"]' },
      ]),
    });
    await fc.assert(
      fc.asyncProperty(hostileRequests(actions, 'administrator'), async (hostile) => {
        await send(request, hostile);
      }),
      { numRuns: 60, endOnFailure: true },
    );
    expect((await request.get('/api/health')).status()).toBe(200);
  });
});
