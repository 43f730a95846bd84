// Cross-site request forgery: a page elsewhere can make the browser post here with the
// person's cookie. SameSite=Lax stops that in today's browsers; the server refuses it too,
// from what browsers say about where a request comes from.

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * True for a state-changing request from another site: `Sec-Fetch-Site` other than
 * same-origin, or an `Origin` whose host is neither the address asked for nor APP_URL's
 * (behind a proxy the scheme may differ; the host may not). A request with neither header
 * does not come from a browser that would carry someone's cookie.
 */
export function isCrossSite(method: string, headers: Headers): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const site = headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin') return true;
  const origin = headers.get('origin');
  if (origin === null) return false;
  return !ownHosts(headers).includes(hostOf(origin) ?? '\0');
}

function hostOf(address: string): string | null {
  try {
    return new URL(address).host.toLowerCase();
  } catch {
    return null; // "null" (a sandboxed frame, a privacy redirect) and anything malformed
  }
}

function ownHosts(headers: Headers): string[] {
  return [headers.get('host')?.toLowerCase(), process.env.APP_URL ? hostOf(process.env.APP_URL) : null].filter((host): host is string => Boolean(host));
}
