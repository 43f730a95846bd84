// Prints the JavaScript a browser downloads on first load of some pages, raw and gzipped.
// Starts the production build (npm run build first) on its own port and a throwaway database.
//   npm run bench:first-load [-- /sv /en/terms …]
import { gzipSync } from 'node:zlib';
import { withBenchServer } from './server';

const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['/sv', '/ar/terms', '/en/components', '/sv/apply/location'];

await withBenchServer(3300, 54340, async (base) => {
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
});
