// Who may reach what: one rule type for server actions and for the protected parts of the
// site, which proxy.ts checks before any page renders: areas by role and sign-in method,
// and single records by who owns them.
import { sponsorPersonalIdentityNumber } from '@/lib/cases/parties';
import { db } from '@/lib/db/client';
import { isUuid } from '@/lib/ids';
import type { Role, SignInMethod } from '@/lib/db/generated/enums';
import type { Answers } from '@/lib/form-engine';
import type { Person } from './session';

export type Access =
  | 'anyone'
  /** Signed in, holding one of `roles` (any role when absent), by one of `methods` (any when absent). */
  | { roles?: Role[]; methods?: SignInMethod[] };

const STRONG: SignInMethod[] = ['EID', 'TWO_STEP'];

/** The protected areas, by the first path segment after the locale. */
export const areaAccess: Record<string, Access> = {
  // Min sida: e-ID or a two-step account (R-MS-01).
  'min-sida': { methods: STRONG },
  // The sponsor proves with e-ID who they are (R-SPQ-02).
  sponsor: { methods: ['EID'] },
  caseworker: { roles: ['CASEWORKER'], methods: STRONG },
  embassy: { roles: ['EMBASSY_STAFF'], methods: STRONG },
  admin: { roles: ['ADMINISTRATOR'], methods: STRONG },
};

export type Denial = 'sign-in' | 'forbidden';

export function accessDenial(access: Access, person: Person | null): Denial | null {
  if (access === 'anyone') return null;
  if (!person) return 'sign-in';
  if (access.roles && !access.roles.some((role) => person.roles.includes(role))) return 'forbidden';
  // A weaker sign-in than the area needs: signing in again the right way helps.
  if (access.methods && !access.methods.includes(person.signInMethod)) return 'sign-in';
  return null;
}

/**
 * Single records by address, `<area>/<kind>/<id>`: whether the person may open that one.
 * A record that does not exist is refused the same way, so ids cannot be probed.
 */
export const recordAccess: Record<string, (person: Person, id: string) => Promise<boolean>> = {
  // An applicant's own cases (R-MS-02).
  'min-sida/cases': async (person, id) =>
    (await db().case.count({ where: { id, application: { applicantAccountId: person.accountId } } })) > 0,
  'caseworker/cases': async (_person, id) => (await db().case.count({ where: { id } })) > 0,
  // Embassy staff: their own missions only (R-INT-04).
  'embassy/cases': async (person, id) => (await db().case.count({ where: { id, missionId: { in: person.missionIds } } })) > 0,
  // The sponsor the application names, proved by e-ID (R-SPQ-02).
  'sponsor/questionnaires': async (person, id) => {
    const application = await db().application.findUnique({ where: { id }, select: { answers: true } });
    return Boolean(
      application &&
        person.personalIdentityNumber &&
        sponsorPersonalIdentityNumber(application.answers as Answers) === person.personalIdentityNumber,
    );
  },
  // Saved drafts are reopened only by the account they belong to.
  'apply/drafts': async (person, id) => (await db().draft.count({ where: { id, ownerAccountId: person.accountId } })) > 0,
};

/** The denial for a page address (path segments after the locale), or null when it may be shown. */
export async function pathDenial(segments: string[], person: Person | null): Promise<Denial | null> {
  const [area, kind, id] = segments;
  const areaDenial = area && areaAccess[area] ? accessDenial(areaAccess[area], person) : null;
  if (areaDenial) return areaDenial;
  const owns = area && kind ? recordAccess[`${area}/${kind}`] : undefined;
  if (!owns || !id) return null;
  if (!person) return 'sign-in';
  return isUuid(id) && (await owns(person, id)) ? null : 'forbidden';
}
