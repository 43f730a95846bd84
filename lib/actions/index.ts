// The one wrapper every server action goes through: it finds who is asking, checks that
// they may, gives the handler a request id and an audit recorder, and writes the audit
// entry for denials, for audited actions and for failures.
import { headers } from 'next/headers';
import { redirect, unstable_rethrow } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { recordAudit, type AuditEntry } from '@/lib/audit';
import { db } from '@/lib/db/client';
import type { Role } from '@/lib/db/generated/enums';
import { accessDenial, type Access } from '@/lib/identity/access';
import { currentPerson, type Person } from '@/lib/identity/session';

export interface ActionContext {
  requestId: string;
  person: Person | null;
  /** The client's address (rate limits, audit). */
  clientAddress: string;
  requestHeaders: Headers;
  locale: string;
  /** One audit row with this request's id and actor. */
  audit(entry: Omit<AuditEntry, 'requestId'>): Promise<void>;
}

export interface ActionSpec {
  /** The audit log's name for it, e.g. "case.decide". */
  name: string;
  access: Access;
  /** Write a row for every call with its outcome (staff reads and changes of case data, R-TOU-02). */
  audited?: boolean;
}

export function action<A extends unknown[], R>(
  spec: ActionSpec,
  handler: (context: ActionContext, ...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args: A) => {
    const requestHeaders = new Headers(await headers());
    const person = await currentPerson(requestHeaders);
    const locale = await getLocale();
    const requestId = crypto.randomUUID();
    const actor = { actorAccountId: person?.accountId ?? null, actorRole: primaryRole(person?.roles) };
    const context: ActionContext = {
      requestId,
      person,
      clientAddress: requestHeaders.get('x-client-address') ?? 'unknown',
      requestHeaders,
      locale,
      audit: (entry) => recordAudit(db(), { ...actor, ...entry, requestId }),
    };
    const denial = accessDenial(spec.access, person);
    if (denial) {
      await context.audit({ action: spec.name, outcome: 'DENIED', detail: { reason: denial } });
      redirect(denial === 'sign-in' ? `/${locale}/sign-in` : `/${locale}/forbidden`);
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

/** The role an audit row names: the most privileged one the person holds. */
function primaryRole(roles: Role[] | undefined): Role | null {
  const order: Role[] = ['ADMINISTRATOR', 'CASEWORKER', 'EMBASSY_STAFF', 'SPONSOR', 'APPLICANT'];
  return order.find((role) => roles?.includes(role)) ?? null;
}
