// The one wrapper every server action goes through: it finds who is asking, checks that
// they may (and that the post comes from the service's own pages), gives the handler a
// request id and an audit recorder, and writes the audit entry for denials, for audited
// actions and for failures.
import { headers } from 'next/headers';
import { redirect, unstable_rethrow } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { auditorFor } from '@/lib/audit';
import { db } from '@/lib/db/client';
import { isCrossSite } from '@/lib/http/origin';
import { actingRole, decide, type Access, type Denial } from '@/lib/identity/access';
import { currentPerson, type Person } from '@/lib/identity/session';

export interface ActionContext {
  requestId: string;
  person: Person | null;
  /** The client's address (rate limits, audit). */
  clientAddress: string;
  requestHeaders: Headers;
  locale: string;
  /** One audit row with this request's id and actor. */
  audit: ReturnType<typeof auditorFor>;
}

export interface ActionSpec {
  /** The audit log's name for it, e.g. "case.decide". */
  name: string;
  /**
   * Who may call it; for an action about one record, a function of its arguments (as posted:
   * it must expect anything, and name a record whose rule refuses what it cannot read).
   */
  access: Access | ((...args: unknown[]) => Access);
  /** Write a row for every call with its outcome (staff reads and changes of case data, R-TOU-02). */
  audited?: boolean;
}

/** Where a refused post goes: to sign in or to the terms, else the forbidden page (never through the action). */
const refusalPath = (locale: string, denial: Denial | 'cross-site') =>
  denial === 'sign-in' ? `/${locale}/sign-in` : denial === 'terms' ? `/${locale}/terms/accept` : `/${locale}/forbidden`;

export function action<A extends unknown[], R>(
  spec: ActionSpec,
  handler: (context: ActionContext, ...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args: A) => {
    const requestHeaders = new Headers(await headers());
    const person = await currentPerson(requestHeaders);
    const access = typeof spec.access === 'function' ? spec.access(...args) : spec.access;
    const locale = await getLocale();
    const requestId = crypto.randomUUID();
    const context: ActionContext = {
      requestId,
      person,
      clientAddress: requestHeaders.get('x-client-address') ?? 'unknown',
      requestHeaders,
      locale,
      audit: auditorFor(db(), requestId, { actorAccountId: person?.accountId ?? null, actorRole: actingRole(access, person) }),
    };
    const denial = isCrossSite('POST', requestHeaders) ? 'cross-site' : await decide(access, person);
    if (denial) {
      await context.audit({ action: spec.name, outcome: 'DENIED', detail: { reason: denial } });
      redirect(refusalPath(locale, denial));
    }
    try {
      const result = await handler(context, ...args);
      if (spec.audited) await context.audit({ action: spec.name, outcome: 'SUCCESS' });
      return result;
    } catch (error) {
      // Next's redirect and notFound travel as errors: they are the action's normal ends.
      try {
        unstable_rethrow(error);
      } catch (controlFlow) {
        if (spec.audited) await context.audit({ action: spec.name, outcome: 'SUCCESS' });
        throw controlFlow;
      }
      await context.audit({ action: spec.name, outcome: 'FAILURE', detail: { error: String(error) } });
      throw error;
    }
  };
}
