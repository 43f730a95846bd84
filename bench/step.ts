// A closed-loop load test of wizard steps the way a browser without JavaScript makes them:
// each virtual user has its own cookie and draft, POSTs one page's answers (the plain form
// post of the server action), follows the 303 and GETs the page it is sent to. A user who
// reaches check-your-answers starts over with a new draft. Prints steps per second, step
// latency percentiles and errors, for C=10 and C=50 (or the counts given).
//   npm run build && npm run bench:step [-- 10 50]
import { withBenchServer } from './server';
import { posts } from './wizard-answers';

let base = '';
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const concurrencies = process.argv.slice(2).map(Number).filter(Boolean);
const answersByPage = new Map(posts);

/** Form field names as the page posts them: nested values become dotted names. */
function flatten(value: unknown, name: string, out: [string, string][]) {
  if (Array.isArray(value)) value.forEach((item) => flatten(item, name, out));
  else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) flatten(inner, `${name}.${key}`, out);
  else out.push([name, String(value)]);
}

const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&#x27;/g, "'");

class VirtualUser {
  cookie = '';
  html = '';
  pageId = 'location';

  async get(url: string) {
    const response = await fetch(url, { headers: { cookie: this.cookie }, redirect: 'manual' });
    this.html = await response.text();
    if (response.status !== 200) throw new Error(`GET ${url}: ${response.status}`);
    this.pageId = new URL(url).pathname.split('/').pop()!;
  }

  async start() {
    this.cookie = '';
    await this.get(`${base}/en/apply/location`);
  }

  /** One step: post the current page, follow the redirect, load the next page. */
  async step() {
    if (this.pageId === 'check-answers') await this.start();
    const form = new FormData();
    for (const [, name, value] of this.html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)) {
      form.append(name!, decode(value ?? ''));
    }
    const fields: [string, string][] = [];
    for (const [fieldId, value] of Object.entries(answersByPage.get(this.pageId) ?? {})) flatten(value, fieldId, fields);
    for (const [name, value] of fields) form.append(name, value);
    const response = await fetch(`${base}/en/apply/${this.pageId}`, {
      method: 'POST',
      body: form,
      headers: { cookie: this.cookie },
      redirect: 'manual',
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0]!;
    await response.arrayBuffer();
    const location = response.headers.get('location');
    if (response.status !== 303 || !location) throw new Error(`POST ${this.pageId}: ${response.status}`);
    const next = new URL(location, base).toString();
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

async function runAll(url: string) {
  base = url;
  await run(5).catch(() => {}); // warm up
  for (const concurrency of concurrencies.length ? concurrencies : [10, 50]) await run(concurrency);
}

// BENCH_URL measures a server that is already running (to profile it, say).
if (process.env.BENCH_URL) await runAll(process.env.BENCH_URL);
else await withBenchServer(3301, 54341, runAll);
