// The one error shape of the route handlers: a short page in the person's language, with the
// request's id to quote to support, never cached, never a stack trace.
import { escapeHtml } from './node-server';
import { directionOf, type Locale } from '@/lib/i18n/routing';
import { translatorFor } from '@/lib/i18n/translator';

export type RequestError = 'forbidden' | 'cross-site' | 'not-found' | 'unavailable' | 'failure';

const shapes: Record<RequestError, { status: number; namespace: string; body: string }> = {
  forbidden: { status: 403, namespace: 'Identity.forbidden', body: 'body' },
  'cross-site': { status: 403, namespace: 'RequestErrors.crossSite', body: 'body' },
  'not-found': { status: 404, namespace: 'NotFound', body: 'body' },
  unavailable: { status: 503, namespace: 'Unavailable', body: 'body' },
  failure: { status: 500, namespace: 'Error', body: 'body' },
};

export async function errorPage(kind: RequestError, locale: Locale, requestId: string): Promise<Response> {
  const shape = shapes[kind];
  const t = await translatorFor(locale, shape.namespace);
  const words = await translatorFor(locale, 'RequestErrors');
  const html = `<!DOCTYPE html>
<html lang="${locale}" dir="${directionOf(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t('title'))}</title></head>
<body><main><h1>${escapeHtml(t('title'))}</h1><p>${escapeHtml(t(shape.body))}</p>
<p><a href="/${locale}">${escapeHtml(words('home'))}</a></p>
<p>${escapeHtml(words('reference'))} <span dir="ltr">${requestId}</span></p></main></body></html>`;
  return new Response(html, {
    status: shape.status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'X-Request-Id': requestId },
  });
}
