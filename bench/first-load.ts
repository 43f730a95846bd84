// The JavaScript a browser downloads on the first load of a page, raw and gzipped: every script
// the page's HTML names, but the noModule ones (legacy polyfills modern browsers skip).
import { gzipSync } from 'node:zlib';

export interface FirstLoad {
  scripts: number;
  rawKb: number;
  gzipKb: number;
}

export async function firstLoadJs(base: string, page: string): Promise<FirstLoad> {
  const html = await (await fetch(`${base}${page}`)).text();
  const scriptTags = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag).filter((tag) => !/noModule/i.test(tag));
  const sources = [...new Set(scriptTags.flatMap((tag) => /src="([^"]+)"/.exec(tag)?.[1] ?? []))];
  let raw = 0;
  let gzip = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(`${base}${src}`)).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  return { scripts: sources.length, rawKb: raw / 1024, gzipKb: gzip / 1024 };
}
