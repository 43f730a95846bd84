// A protected page's own guard: the first thing its render does, before it reads a record.
// Pages do not rely on proxy.ts, which sees addresses before Next decodes them, nor on a
// layout, which Next may leave out of a request (a client navigation renders only the
// segments below the layouts the browser already has).
import { forbidden, notFound, redirect } from 'next/navigation';
import { auditorFor } from '@/lib/audit';
import { db } from '@/lib/db/client';
import { actingRole, decide, type Access } from './access';
import { signedInPerson } from './current';
import type { Person } from './session';

export interface Guarded {
  person: Person;
  /** One audit row for this request, naming the person in the role they act in here. */
  audit: ReturnType<typeof auditorFor>;
}

/** The address to come back to after signing in: the record's or the area's own. */
const canonicalPath = (access: Access) =>
  typeof access === 'object' && 'record' in access ? `/${access.record}/${encodeURIComponent(access.id)}` : typeof access === 'object' && 'area' in access ? `/${access.area}` : '';

/**
 * The person, when `access` admits them; otherwise the render ends: to sign-in or the terms
 * (coming back to `returnTo` afterwards), the forbidden page with status 403, or not found.
 */
export async function guardPage(locale: string, access: Access, returnTo = canonicalPath(access)): Promise<Guarded> {
  const person = await signedInPerson();
  const denial = await decide(access, person);
  const audit = auditorFor(db(), crypto.randomUUID(), { actorAccountId: person?.accountId ?? null, actorRole: actingRole(access, person) });
  if (denial) {
    await audit({ action: 'page.open', outcome: 'DENIED', detail: { reason: denial, path: returnTo } });
    const next = encodeURIComponent(`/${locale}${returnTo}`);
    if (denial === 'sign-in') redirect(`/${locale}/sign-in?next=${next}`);
    if (denial === 'terms') redirect(`/${locale}/terms/accept?next=${next}`);
    if (denial === 'forbidden') forbidden();
    notFound();
  }
  return { person: person!, audit };
}
