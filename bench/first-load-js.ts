// Prints the JavaScript a browser downloads on first load of some pages, raw and gzipped.
// Starts the production build (npm run build first) on its own port and a throwaway database.
//   npm run bench:first-load [-- /sv /en/terms …]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const root = path.resolve(import.meta.dirname, '..');
const port = 3300;
const base = `http://127.0.0.1:${port}`;
const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['/sv', '/ar/terms', '/en/components'];

if (!fs.existsSync(path.join(root, '.next/BUILD_ID'))) {
  console.error('No production build: run `npm run build` first.');
  process.exit(1);
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'anknytning-bench-'));
fs.chmodSync(dataDir, 0o777);
const server = spawn(path.join(root, 'node_modules/.bin/tsx'), ['scripts/start.ts'], {
  cwd: root,
  stdio: 'ignore',
  env: { ...process.env, PORT: String(port), DATABASE_URL: '', EMBEDDED_DATABASE_DIR: dataDir, EMBEDDED_DATABASE_PORT: '54340' },
});

async function waitUntilUp() {
  for (let attempt = 0; attempt < 120; attempt++) {
    const ok = await fetch(`${base}/api/health`).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the app did not start');
}

try {
  await waitUntilUp();
  console.log('page                     scripts   raw KB   gzip KB');
  for (const page of pages) {
    const html = await (await fetch(`${base}${page}`)).text();
    // Modern browsers skip noModule scripts (the legacy polyfills).
    const scriptTags = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag).filter((tag) => !/noModule/i.test(tag));
    const sources = [...new Set(scriptTags.flatMap((tag) => /src="([^"]+)"/.exec(tag)?.[1] ?? []))];
    let raw = 0;
    let gzip = 0;
    for (const src of sources) {
      const body = Buffer.from(await (await fetch(`${base}${src}`)).arrayBuffer());
      raw += body.length;
      gzip += gzipSync(body).length;
    }
    console.log(
      `${page.padEnd(24)} ${String(sources.length).padStart(7)} ${(raw / 1024).toFixed(1).padStart(8)} ${(gzip / 1024).toFixed(1).padStart(9)}`,
    );
  }
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  fs.rmSync(dataDir, { recursive: true, force: true });
}
