// The one wrapper every route handler goes through, as `action()` is for server actions: who
// is asking and whether they may (lib/identity/access.ts, decided here, before the handler
// reads anything), a refusal of cross-site state changes, a request id, audit rows for
// denials and failures, and one error shape: a short page in the person's language.
import { auditorFor } from '@/lib/audit';
import { db } from '@/lib/db/client';
import { isDatabaseUnavailable } from '@/lib/db/errors';
import { actingRole, decide, type Access, type Denial } from '@/lib/identity/access';
import { currentPerson, type Person } from '@/lib/identity/session';
import { localeOf, routing, type Locale } from '@/lib/i18n/routing';
import { errorResponse } from './error-response';
import { isCrossSite } from './origin';
import { seeOther } from './see-other';

export interface RouteContext<P> {
  request: Request;
  params: P;
  person: Person | null;
  requestId: string;
  locale: Locale;
  /** One audit row with this request's id and actor. */
  audit: ReturnType<typeof auditorFor>;
}

export interface RouteSpec<P> {
  /** The audit log's name for it, e.g. "document.upload". */
  name: string;
  /** Who may call it; a record's access takes its id from the address. */
  access: Access | ((params: P) => Access);
  /** Write a row for every call with its outcome (staff reads, changes of case data). */
  audited?: boolean;
  /** Posts from other sites are refused unless a server elsewhere is the caller by design (Stripe's webhook). */
  crossSite?: 'allowed';
}

type Params = Record<string, string | string[] | undefined>;

/** The page or redirect a denial gets: sign in or accept the terms and come back, or a refusal. */
async function denied(denial: Denial, locale: Locale, request: Request, requestId: string): Promise<Response> {
  const here = new URL(request.url).pathname;
  const next = request.method === 'GET' ? `?next=${encodeURIComponent(here)}` : '';
  if (denial === 'sign-in') return seeOther(`/${locale}/sign-in${next}`);
  if (denial === 'terms') return seeOther(`/${locale}/terms/accept${next}`);
  return errorResponse(denial === 'forbidden' ? 'forbidden' : 'not-found', locale, requestId);
}

export function route<P extends Params = Params>(spec: RouteSpec<P>, handler: (context: RouteContext<P>) => Promise<Response>) {
  return async (request: Request, context?: { params?: Promise<P> }): Promise<Response> => {
    const requestId = crypto.randomUUID();
    // (A route without dynamic segments gets no params.)
    const values = ((await context?.params) ?? {}) as P;
    const locale = routing.locales.includes(values.locale as Locale) ? (values.locale as Locale) : localeOf(request);
    const access = typeof spec.access === 'function' ? spec.access(values) : spec.access;
    // Who is asking is known once the session is read; a failure before that is nobody's.
    let person: Person | null = null;
    const audit: RouteContext<P>['audit'] = (entry) =>
      auditorFor(db(), requestId, { actorAccountId: person?.accountId ?? null, actorRole: actingRole(access, person) })(entry);
    try {
      person = await currentPerson(request.headers);
      if (spec.crossSite !== 'allowed' && isCrossSite(request.method, request.headers)) {
        await audit({ action: spec.name, outcome: 'DENIED', detail: { reason: 'cross-site' } });
        return errorResponse('cross-site', locale, requestId);
      }
      const denial = await decide(access, person);
      if (denial) {
        await audit({ action: spec.name, outcome: 'DENIED', detail: { reason: denial } });
        return denied(denial, locale, request, requestId);
      }
      const response = await handler({ request, params: values, person, requestId, locale, audit });
      if (spec.audited) await audit({ action: spec.name, outcome: 'SUCCESS' });
      return response;
    } catch (error) {
      if (isDatabaseUnavailable(error)) return errorResponse('unavailable', locale, requestId);
      console.error(`${spec.name} (${requestId}) failed`, error);
      await audit({ action: spec.name, outcome: 'FAILURE', detail: { error: String(error) } }).catch(() => undefined);
      return errorResponse('failure', locale, requestId);
    }
  };
}
