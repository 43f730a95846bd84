// A closed-loop load test of wizard steps the way a browser without JavaScript makes them:
// each virtual user has its own cookie and draft, POSTs one page's answers (the plain form
// post of the server action), follows the 303 and GETs the page it is sent to. A user who
// reaches check-your-answers starts over with a new draft. Prints steps per second, step
// latency percentiles and errors, for C=10 and C=50 (or the counts given), each followed by
// the rate of Next's own not-found page for scale. WEB_CONCURRENCY sets the server processes.
//   npm run build && npm run bench:step [-- 10 50]
import http from 'node:http';
import { withBenchServer } from './server';
import { posts } from './wizard-answers';

let base = '';
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const concurrencies = process.argv.slice(2).map(Number).filter(Boolean);
const answersByPage = new Map(posts);
// Keep-alive connections, like a browser's; node:http costs the shared cores less than fetch.
const agent = new http.Agent({ keepAlive: true, maxSockets: 1000 });

interface Reply {
  status: number;
  location?: string;
  setCookie?: string;
  body: string;
}

/** One request on the keep-alive agent; compressed unless `plain` (then the body can be read). */
function request(method: 'GET' | 'POST', url: string, cookie: string, body?: { type: string; data: Buffer }, plain = false): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = { cookie, ...(plain ? {} : { 'accept-encoding': 'gzip' }) };
    if (body) Object.assign(headers, { 'content-type': body.type, 'content-length': body.data.length });
    const sent = http.request(url, { method, agent, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          location: response.headers.location,
          setCookie: response.headers['set-cookie']?.[0],
          body: response.headers['content-encoding'] ? '' : Buffer.concat(chunks).toString(),
        }),
      );
      response.on('error', reject);
    });
    sent.on('error', reject);
    sent.end(body?.data);
  });
}

/** A multipart/form-data body, as a browser posts a form with a server action. */
function multipart(fields: [string, string][]): { type: string; data: Buffer } {
  const boundary = `----bench${Math.random().toString(16).slice(2)}`;
  const parts = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return { type: `multipart/form-data; boundary=${boundary}`, data: Buffer.from(`${parts.join('')}--${boundary}--\r\n`) };
}

/** Form field names as the page posts them: nested values become dotted names. */
function flatten(value: unknown, name: string, out: [string, string][]) {
  if (Array.isArray(value)) value.forEach((item) => flatten(item, name, out));
  else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) flatten(inner, `${name}.${key}`, out);
  else out.push([name, String(value)]);
}

const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&#x27;/g, "'");

// The server action's hidden inputs are the same on every page of a kind: read once, from an
// uncompressed copy, so that the load itself is what a browser asks for (compressed pages).
const hiddenInputsByPage = new Map<string, [string, string][]>();
async function hiddenInputs(pageId: string, cookie: string): Promise<[string, string][]> {
  let inputs = hiddenInputsByPage.get(pageId);
  if (!inputs) {
    const { body: html } = await request('GET', `${base}/en/apply/${pageId}`, cookie, undefined, true);
    inputs = [...html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)].map(([, name, value]) => [name!, decode(value ?? '')]);
    hiddenInputsByPage.set(pageId, inputs);
  }
  return inputs;
}

class VirtualUser {
  cookie = '';
  pageId = 'location';

  async get(url: string) {
    const reply = await request('GET', url, this.cookie);
    if (reply.status !== 200) throw new Error(`GET ${url}: ${reply.status}`);
    this.pageId = new URL(url).pathname.split('/').pop()!;
  }

  async start() {
    this.cookie = '';
    await this.get(`${base}/en/apply/location`);
  }

  /** One step: post the current page, follow the redirect, load the next page. */
  async step() {
    if (this.pageId === 'check-answers') await this.start();
    const fields: [string, string][] = [...(await hiddenInputs(this.pageId, this.cookie))];
    for (const [fieldId, value] of Object.entries(answersByPage.get(this.pageId) ?? {})) flatten(value, fieldId, fields);
    const reply = await request('POST', `${base}/en/apply/${this.pageId}`, this.cookie, multipart(fields));
    if (reply.setCookie) this.cookie = reply.setCookie.split(';')[0]!;
    if (reply.status !== 303 || !reply.location) throw new Error(`POST ${this.pageId}: ${reply.status}`);
    const next = new URL(reply.location, base).toString();
    if (next.endsWith(`/apply/${this.pageId}`)) throw new Error(`POST ${this.pageId} was refused`);
    await this.get(next);
  }
}

async function run(concurrency: number) {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      const user = new VirtualUser();
      await user.start();
      while (performance.now() < deadline) {
        const started = performance.now();
        try {
          await user.step();
          latencies.push(performance.now() - started);
        } catch (error) {
          errors += 1;
          if (errors <= 3) console.error(String(error));
          await user.start().catch(() => {});
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]?.toFixed(1);
  console.log(
    `C=${String(concurrency).padEnd(3)} ${(latencies.length / seconds).toFixed(0).padStart(5)} steps/s   p50 ${at(0.5)} ms   p95 ${at(0.95)} ms   p99 ${at(0.99)} ms   errors ${errors}   (${latencies.length} steps in ${seconds} s)`,
  );
}

/**
 * For scale: the same closed loop on Next's not-found page, which reads no database. A step is
 * two requests, so half this rate is what any step could reach on this server and machine.
 */
async function runFloor(concurrency: number) {
  let served = 0;
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const reply = await request('GET', `${base}/en/no-such-page`, '').catch(() => null);
        if (reply?.status === 404) served += 1;
        else errors += 1;
      }
    }),
  );
  console.log(
    `C=${String(concurrency).padEnd(3)} floor: ${(served / seconds).toFixed(0)} requests/s of a page without database (about ${(served / seconds / 2).toFixed(0)} steps/s at most)   errors ${errors}`,
  );
}

async function runAll(url: string) {
  base = url;
  await run(5).catch(() => {}); // warm up
  for (const concurrency of concurrencies.length ? concurrencies : [10, 50]) {
    await run(concurrency);
    await runFloor(concurrency);
  }
}

// BENCH_URL measures a server that is already running (to profile it, say).
if (process.env.BENCH_URL) await runAll(process.env.BENCH_URL);
else await withBenchServer(3301, 54341, runAll);
