// Who may reach what: the one set of rules. Every protected page, route handler and server
// action asks `decide` itself, on the server, before it reads a record (lib/identity/guard.ts,
// lib/http/route.ts, lib/actions). proxy.ts asks the same rules early, for a quick redirect,
// but nothing depends on it: it sees addresses before Next decodes them.
import { db } from '@/lib/db/client';
import { isUuid } from '@/lib/ids';
import type { Role, SignInMethod } from '@/lib/db/generated/enums';
import { currentTermsVersion, type Person } from './session';

/** Signed in, holding one of `roles` (any role when absent), by one of `methods` (any when absent). */
export interface Rule {
  roles?: Role[];
  methods?: SignInMethod[];
}

const STRONG: SignInMethod[] = ['EID', 'TWO_STEP'];

/** The protected areas, by the first path segment after the locale. */
export const areaAccess = {
  // Min sida: e-ID or a two-step account (R-MS-01).
  'min-sida': { methods: STRONG },
  // The sponsor proves with e-ID who they are (R-SPQ-02).
  sponsor: { methods: ['EID'] },
  caseworker: { roles: ['CASEWORKER'], methods: STRONG },
  embassy: { roles: ['EMBASSY_STAFF'], methods: STRONG },
  admin: { roles: ['ADMINISTRATOR'], methods: STRONG },
} satisfies Record<string, Rule>;

export type Area = keyof typeof areaAccess;
export const isArea = (segment: string): segment is Area => Object.hasOwn(areaAccess, segment);

/** The staff area of someone holding `roles` (the first in the order above), or null. */
export function staffAreaOf(roles: Role[]): Area | null {
  const found = Object.entries(areaAccess).find(([, rule]) => 'roles' in rule && rule.roles.some((role) => roles.includes(role as Role)));
  return found ? (found[0] as Area) : null;
}

interface RecordRule {
  /** The area the record lies in (its rule and the terms apply first); none: any signed-in person. */
  area?: Area;
  /** Whether the person may open this record. A record that does not exist is refused the same way, so ids cannot be probed. */
  owns(person: Person, id: string): Promise<boolean>;
}

/** Single records, by `<area>/<kind>` as their addresses have them (`/sv/embassy/cases/<id>`). */
export const recordAccess = {
  // An applicant's own cases (R-MS-02).
  'min-sida/cases': {
    area: 'min-sida',
    owns: async (person, id) => (await db().case.count({ where: { id, application: { applicantAccountId: person.accountId } } })) > 0,
  },
  'caseworker/cases': { area: 'caseworker', owns: async (_person, id) => (await db().case.count({ where: { id } })) > 0 },
  // Embassy staff: their own missions only (R-INT-04).
  'embassy/cases': {
    area: 'embassy',
    owns: async (person, id) => (await db().case.count({ where: { id, missionId: { in: person.missionIds } } })) > 0,
  },
  // The sponsor the application names, proved by e-ID (R-SPQ-02).
  'sponsor/questionnaires': {
    area: 'sponsor',
    owns: async (person, id) =>
      Boolean(person.personalIdentityNumber) &&
      (await db().application.count({ where: { id, sponsorPersonalIdentityNumber: person.personalIdentityNumber } })) > 0,
  },
  // The receipt, for the account that sent the application (R-APP-08).
  'apply/receipt': {
    owns: async (person, id) => (await db().application.count({ where: { id, applicantAccountId: person.accountId, case: { isNot: null } } })) > 0,
  },
  // Saved drafts are reopened only by the account they belong to.
  'apply/drafts': { owns: async (person, id) => (await db().draft.count({ where: { id, ownerAccountId: person.accountId } })) > 0 },
} satisfies Record<string, RecordRule>;

export type RecordKind = keyof typeof recordAccess;
export const isRecordKind = (path: string): path is RecordKind => Object.hasOwn(recordAccess, path);

/**
 * Who may have something: anyone; a rule (roles, sign-in methods); an area (its rule, and the
 * terms in force accepted); or one record of an area, by its id.
 */
export type Access = 'anyone' | Rule | { area: Area } | { record: RecordKind; id: string };

/**
 * Why not: sign in (again, the right way), accept the terms, not yours, or no such address
 * (an id that is not even well formed: its syntax is no secret, unlike its existence).
 */
export type Denial = 'sign-in' | 'terms' | 'forbidden' | 'not-found';

function ruleDenial(rule: Rule, person: Person | null): Denial | null {
  if (!person) return 'sign-in';
  if (rule.roles && !rule.roles.some((role) => person.roles.includes(role))) return 'forbidden';
  // A weaker sign-in than the area needs: signing in again the right way helps.
  if (rule.methods && !rule.methods.includes(person.signInMethod)) return 'sign-in';
  return null;
}

/** The denial for `access`, or null when the person may have it. */
export async function decide(access: Access, person: Person | null): Promise<Denial | null> {
  if (access === 'anyone') return null;
  if ('record' in access) {
    const rule: RecordRule = recordAccess[access.record];
    const denial = await decide(rule.area ? { area: rule.area } : {}, person);
    if (denial) return denial;
    if (!isUuid(access.id)) return 'not-found';
    return (await rule.owns(person!, access.id)) ? null : 'forbidden';
  }
  if ('area' in access) {
    const denial = ruleDenial(ruleOf(access), person);
    if (denial) return denial;
    return (person!.acceptedTermsVersion ?? 0) < (await currentTermsVersion()) ? 'terms' : null;
  }
  return ruleDenial(access, person);
}

/** The access an address asks for (path segments after the locale, already decoded), or 'anyone'. */
export function accessOfPath(segments: string[]): Access {
  const [area, kind, id] = segments;
  const record = `${area}/${kind}`;
  if (kind !== undefined && id !== undefined && isRecordKind(record)) return { record, id };
  return area !== undefined && isArea(area) ? { area } : 'anyone';
}

/** Privileged first: the role an audit row names when the access names none of the person's. */
const ROLE_ORDER: Role[] = ['ADMINISTRATOR', 'CASEWORKER', 'EMBASSY_STAFF', 'SPONSOR', 'APPLICANT'];

/** The sign-in rule behind an access. */
function ruleOf(access: Access): Rule {
  if (access === 'anyone') return {};
  if ('record' in access) {
    const { area }: RecordRule = recordAccess[access.record];
    return area ? areaAccess[area] : {};
  }
  return 'area' in access ? areaAccess[access.area] : access;
}

/**
 * The role the person acts in, for the audit log: one of their own roles that the access asks
 * for, else their most privileged one. Never the area's role for someone who does not hold it.
 */
export function actingRole(access: Access, person: Person | null): Role | null {
  if (!person) return null;
  return [...(ruleOf(access).roles ?? []), ...ROLE_ORDER].find((role) => person.roles.includes(role)) ?? null;
}
