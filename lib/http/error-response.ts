// The one error shape of the route handlers: the small page of lib/http/error-pages.js in the
// person's language, with the request's id to quote to support, never cached, never a stack trace.
import { translatorFor } from '@/lib/i18n/translator';
import type { Locale } from '@/lib/i18n/routing';
import { explanationHtml } from './error-pages.js';

export type RequestError = 'forbidden' | 'cross-site' | 'not-found' | 'unavailable' | 'failure';

const shapes: Record<RequestError, { status: number; namespace: string }> = {
  forbidden: { status: 403, namespace: 'Identity.forbidden' },
  'cross-site': { status: 403, namespace: 'RequestError.crossSite' },
  'not-found': { status: 404, namespace: 'NotFound' },
  unavailable: { status: 503, namespace: 'Unavailable' },
  failure: { status: 500, namespace: 'Error' },
};

export async function errorResponse(kind: RequestError, locale: Locale, requestId: string): Promise<Response> {
  const { status, namespace } = shapes[kind];
  const t = await translatorFor(locale, namespace);
  return new Response(explanationHtml(locale, { title: t('title'), body: t('body'), reference: requestId }), {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'X-Request-Id': requestId },
  });
}
