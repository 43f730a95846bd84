// The guard of scripts/serve.js on a plain Node server, with a stand-in for Next's handler
// that fails, reads or streams as Next does; the real app is covered by e2e/hostile-requests.
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { errorPage, localeOfRequest } from './error-pages.js';
import { answerOnSocket, createRequestGuard } from './request-guard.js';
import { bodyLimitFor, DOCUMENT_BODY_LIMIT } from './request-limits.js';
import { documentRules } from '@/lib/documents/rules';
import sv from '@/messages/sv.json';
import en from '@/messages/en.json';
import ar from '@/messages/ar.json';

const LIMIT = 64 * 1024;
const IDLE_MS = 300;
let server: http.Server;
let port: number;
/** What the stand-in for Next saw of the last request's body. */
let lastBodyBytes = -1;
let handlerCalls = 0;

/** A stand-in for Next's handler, by path: /fail answers 500 (as Next does for a refused action), /read reads the body. */
async function fakeNext(req: http.IncomingMessage, res: http.ServerResponse) {
  handlerCalls++;
  const url = req.url ?? '/';
  // A reader that falls behind (an upload's storage): it reads nothing for longer than the idle timeout.
  if (url.includes('/slow-reader')) await new Promise((wait) => setTimeout(wait, IDLE_MS * 2));
  if (url.includes('/read') || url.includes('/slow-reader') || url.includes('/fail-after-body')) {
    lastBodyBytes = 0;
    for await (const chunk of req) lastBodyBytes += (chunk as Buffer).length;
  }
  if (url.includes('/fail') || url.includes('/fail-after-body')) {
    res.statusCode = 500;
    res.setHeader('Content-Type', 'text/x-component');
    res.write('0:{"a":"$@1"}\n');
    res.end('1:E{"digest":"1"}\n    at handler (/work/app/actions.ts:1:1)\n');
    return;
  }
  if (url.includes('/not-found-action')) {
    res.setHeader('x-nextjs-action-not-found', '1');
    res.statusCode = 409;
    res.end('Server Action unavailable.');
    return;
  }
  if (url.includes('/throw')) throw new Error('boom');
  res.setHeader('Content-Type', 'text/plain');
  res.end(`ok ${lastBodyBytes}`);
}

beforeAll(async () => {
  const guard = createRequestGuard({
    securityHeaders: [{ key: 'X-Content-Type-Options', value: 'nosniff' }],
    bodyIdleTimeoutMs: IDLE_MS,
    limitFor: (pathname: string) => (pathname.startsWith('/api/documents/') ? LIMIT * 4 : LIMIT),
  });
  server = http.createServer((req, res) => guard(req, res, fakeNext));
  server.on('clientError', (error, socket) => answerOnSocket(socket, error));
  server.on('connect', (_req, socket) => answerOnSocket(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A raw request: `head` as given, then each of `chunks` after `gapMs`; the answer as it came. */
function rawRequest(head: string, chunks: (string | Buffer)[] = [], gapMs = 0): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = Buffer.alloc(0);
    socket.on('data', (piece) => (data = Buffer.concat([data, piece])));
    socket.on('error', () => {});
    socket.on('close', () => {
      const text = data.toString('utf8');
      const [headPart = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = headPart.split('\r\n');
      const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      if (!statusLine) reject(new Error('no answer'));
      else resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
    socket.on('connect', async () => {
      socket.write(head);
      for (const chunk of chunks) {
        if (gapMs) await new Promise((wait) => setTimeout(wait, gapMs));
        if (socket.destroyed) return;
        socket.write(chunk);
      }
    });
  });
}

const request = (method: string, path: string, headers: Record<string, string | number> = {}, body = '') =>
  rawRequest(
    `${method} ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n${Object.entries({ ...(body ? { 'Content-Length': Buffer.byteLength(body) } : {}), ...headers })
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('')}\r\n`,
    body ? [body] : [],
  );

const chunked = (size: number) => `${size.toString(16)}\r\n${'a'.repeat(size)}\r\n`;
const noStackTrace = (body: string) => expect(body).not.toMatch(/\bat \S+ \(|\/work\/|node_modules/);

describe('R-X-01 methods the service does not take', () => {
  test.each(['TRACE', 'OPTIONS', 'PROPFIND', 'PUT', 'DELETE', 'PATCH'])('%s gets 405 with Allow and a page', async (method) => {
    const answer = await request(method, '/en/apply');
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD, POST');
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.body).toContain(en.RequestError.methodNotAllowed.title);
  });

  test('a method Node does not know (TRACK) and CONNECT get 405 with Allow', async () => {
    for (const head of ['TRACK /sv HTTP/1.1\r\nHost: x\r\n\r\n', 'CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n\r\n']) {
      const answer = await rawRequest(head);
      expect(answer.status).toBe(405);
      expect(answer.headers.allow).toBe('GET, HEAD, POST');
    }
  });

  test('GET, HEAD and POST reach the handler', async () => {
    for (const method of ['GET', 'HEAD', 'POST']) expect((await request(method, '/sv', {}, method === 'POST' ? 'a=1' : '')).status).toBe(200);
  });
});

describe('R-X-01 bounded request bodies', () => {
  test('a declared Content-Length over the limit gets 413 before any of the body is sent or the handler runs', async () => {
    const calls = handlerCalls;
    const answer = await rawRequest(`POST /api/read HTTP/1.1\r\nHost: x\r\nContent-Length: ${LIMIT + 1}\r\nAccept-Language: ar\r\n\r\n`);
    expect(answer.status).toBe(413);
    expect(answer.headers.connection).toBe('close');
    expect(answer.body).toContain(ar.RequestError.tooLarge.title);
    expect(handlerCalls).toBe(calls);
  });

  test("each address has its own limit: the document route takes what a page's post may not", async () => {
    const body = 'a'.repeat(LIMIT * 2);
    expect((await request('POST', '/sv/read', {}, body)).status).toBe(413);
    const upload = await request('POST', '/api/documents/passport/read', {}, body);
    expect(upload.status).toBe(200);
    expect(upload.body).toBe(`ok ${LIMIT * 2}`);
  });

  test('a chunked body is counted as it arrives and cut off at the limit with 413; the handler never sees more', async () => {
    const head = 'POST /sv/read HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n';
    const answer = await rawRequest(head, Array.from({ length: 12 }, () => chunked(8 * 1024)).concat('0\r\n\r\n'), 2);
    expect(answer.status).toBe(413);
    expect(answer.body).toContain(sv.RequestError.tooLarge.title);
    expect(lastBodyBytes).toBeLessThanOrEqual(LIMIT);
  });

  test('a chunked body within the limit arrives whole', async () => {
    const head = 'POST /sv/read HTTP/1.1\r\nHost: x\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n';
    const answer = await rawRequest(head, [chunked(1000), chunked(1000), '0\r\n\r\n'], 5);
    expect(answer.status).toBe(200);
    expect(answer.body).toBe('ok 2000');
  });

  test('a body that stalls is cut off with 408', async () => {
    const started = Date.now();
    const answer = await rawRequest('POST /en/read HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n', ['a'.repeat(10)]);
    expect(answer.status).toBe(408);
    expect(answer.body).toContain(en.RequestError.timeout.title);
    expect(Date.now() - started).toBeGreaterThanOrEqual(IDLE_MS);
  });

  test('a slow body that keeps coming is not cut off, however long it takes in all', async () => {
    const pieces = Array.from({ length: 8 }, () => 'a'.repeat(100));
    const answer = await rawRequest('POST /sv/read HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 800\r\n\r\n', pieces, IDLE_MS / 2);
    expect(answer.status).toBe(200);
    expect(answer.body).toBe('ok 800');
  });

  test("the server's own slowness in reading is not the client's silence: no 408 while the reader is behind", async () => {
    const answer = await request('POST', '/api/documents/passport/slow-reader', {}, 'a'.repeat(200 * 1024));
    expect(answer.status).toBe(200);
    expect(answer.body).toBe(`ok ${200 * 1024}`);
  });

  test('the document route takes the largest document allowed, with room for the multipart envelope', () => {
    const largest = Math.max(...Object.values(documentRules).map((rule) => rule.maxFileSize));
    expect(bodyLimitFor('/api/documents/passport')).toBe(DOCUMENT_BODY_LIMIT);
    expect(DOCUMENT_BODY_LIMIT - largest).toBeGreaterThanOrEqual(1024 * 1024);
    expect(bodyLimitFor('/api/documents/passport/remove')).toBeLessThan(largest);
    expect(bodyLimitFor('/api/uploadthing')).toBeLessThan(1024 * 1024);
    expect(bodyLimitFor('/api/payments/stripe')).toBeLessThan(1024 * 1024);
  });
});

describe('R-X-01 malformed requests', () => {
  test('a multipart boundary over 70 characters (RFC 2046) gets 400, 70 is fine', async () => {
    const long = await request('POST', '/api/documents/passport/read', { 'Content-Type': `multipart/form-data; boundary=${'b'.repeat(71)}` }, 'x');
    expect(long.status).toBe(400);
    const quoted = await request('POST', '/sv/read', { 'Content-Type': `multipart/form-data; boundary="${'b'.repeat(200)}"` }, 'x');
    expect(quoted.status).toBe(400);
    const none = await request('POST', '/sv/read', { 'Content-Type': 'multipart/form-data' }, 'x');
    expect(none.status).toBe(400);
    const fine = await request('POST', '/sv/read', { 'Content-Type': `multipart/form-data; boundary=${'b'.repeat(70)}` }, 'x');
    expect(fine.status).toBe(200);
  });

  test('an address that cannot be percent-decoded gets 400', async () => {
    const answer = await request('GET', '/sv/%E0%A4%A');
    expect(answer.status).toBe(400);
    expect(answer.body).toContain(sv.RequestError.badAddress.title);
  });
});

describe('R-X-01 server-action posts Next refuses', () => {
  test("a 500 for a server-action post becomes 400 with a page in the address's language, no stack trace", async () => {
    const answer = await request('POST', '/ar/apply/fail', { 'Next-Action': '7f00', 'Content-Type': 'text/plain' }, '[[[');
    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.body).toContain('lang="ar" dir="rtl"');
    expect(answer.body).toContain(ar.RequestError.badRequest.title);
    noStackTrace(answer.body);
  });

  test('a no-JavaScript multipart action post that fails gets 400 too', async () => {
    const body = '--b\r\nContent-Disposition: form-data; name="$ACTION_ID_00"\r\n\r\n\r\n--b--\r\n';
    const answer = await request('POST', '/en/fail-after-body', { 'Content-Type': 'multipart/form-data; boundary=b' }, body);
    expect(answer.status).toBe(400);
    expect(answer.body).toContain(en.RequestError.badRequest.title);
  });

  test("Next's bare answer to an unknown action id becomes the page, its header kept for Next's client", async () => {
    const answer = await request('POST', '/sv/not-found-action', { 'Next-Action': 'ff', 'Content-Type': 'text/plain' }, '[]');
    expect(answer.status).toBe(400);
    expect(answer.headers['x-nextjs-action-not-found']).toBe('1');
    expect(answer.body).toContain(sv.RequestError.badRequest.title);
  });

  test('without a locale in the address, Accept-Language picks the language, else Swedish', () => {
    expect(localeOfRequest('/api/documents/x', 'de-DE, en;q=0.8, ar;q=0.9')).toBe('ar');
    expect(localeOfRequest('/', 'en-GB')).toBe('en');
    expect(localeOfRequest('/', 'de, fr')).toBe('sv');
    expect(localeOfRequest('/', 'en;q=0')).toBe('sv');
    expect(localeOfRequest('/en?x', 'ar')).toBe('en');
    expect(errorPage(413, 'xx')).toContain('lang="sv"');
  });

  test('a 500 that is not a server-action post is left to Next', async () => {
    const answer = await request('GET', '/sv/fail');
    expect(answer.status).toBe(500);
  });

  test('a handler that throws does not take the server down', async () => {
    const answer = await request('POST', '/sv/throw', { 'Next-Action': '7f00', 'Content-Type': 'text/plain' }, '[]');
    expect(answer.status).toBe(400);
    expect((await request('GET', '/sv')).status).toBe(200);
  });
});
