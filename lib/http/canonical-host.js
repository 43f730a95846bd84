// The service answers pages on one origin, APP_URL's: the cookies of a sign-in and the e-ID
// broker's return address belong to it alone, so a page opened as http://127.0.0.1:3000 where
// APP_URL is http://localhost:3000 could never finish a sign-in. Decided in front of Next
// (lib/http/request-guard.js): Next's proxy rewrites a redirect between two loopback names
// into a relative one, back to the same host.
// Plain JavaScript so that serve.js can import it without a TypeScript loader.

/**
 * Where a request asked for on another host than APP_URL's goes instead: the same path and
 * query on APP_URL's origin. Only a GET or HEAD of a page; the API (the health check, the
 * payment webhook, uploads, the e-ID callback) answers on any host, and a post is left to the
 * page's own checks of where it comes from. Nor are Next's own requests sent on: its files,
 * and the router's fetches (`RSC`), which Next also makes to itself on `localhost` to draw
 * the page a server action redirects to. null when the request stays.
 *
 * @param {{ method?: string; url?: string; headers: Record<string, string | string[] | undefined> }} request
 * @param {string | undefined} appUrl
 * @returns {string | null}
 */
export function canonicalLocation({ method, url = '/', headers }, appUrl) {
  const host = headers.host;
  if (!appUrl || typeof host !== 'string' || (method !== 'GET' && method !== 'HEAD') || headers.rsc !== undefined) return null;
  const app = new URL(appUrl);
  if (host.toLowerCase() === app.host) return null;
  const queryStart = url.indexOf('?');
  const pathname = queryStart === -1 ? url : url.slice(0, queryStart);
  if (!pathname.startsWith('/') || pathname.startsWith('/api/') || pathname.startsWith('/_next/')) return null;
  // Path and query set apart, so that a path such as `//elsewhere.example/` stays a path.
  const target = new URL(app.origin);
  target.pathname = pathname;
  target.search = queryStart === -1 ? '' : url.slice(queryStart);
  return target.href;
}
