/**
 * The answer of a route handler that sends the browser on: 303, so the next request is a GET
 * whatever came in, never cached, with any cookies the step set.
 */
export function seeOther(location: string, setCookies: string[] = []): Response {
  const headers = new Headers({ Location: location, 'Cache-Control': 'no-store' });
  for (const cookie of setCookies) headers.append('Set-Cookie', cookie);
  return new Response(null, { status: 303, headers });
}
