// Prints the JavaScript a browser downloads on first load of some pages, raw and gzipped.
// Starts the production build (npm run build first) on its own port and a throwaway database.
//   npm run bench:first-load [-- /sv /en/terms …]
import { firstLoadJs } from './first-load';
import { withBenchServer } from './server';

const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['/sv', '/ar/terms', '/en/components', '/sv/apply/location'];

await withBenchServer(3300, 54340, async (base) => {
  console.log('page                     scripts   raw KB   gzip KB');
  for (const page of pages) {
    const { scripts, rawKb, gzipKb } = await firstLoadJs(base, page);
    console.log(`${page.padEnd(24)} ${String(scripts).padStart(7)} ${rawKb.toFixed(1).padStart(8)} ${gzipKb.toFixed(1).padStart(9)}`);
  }
});
