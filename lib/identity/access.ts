// Who may reach what: one rule type for server actions and for the protected areas of the
// site (checked by proxy.ts before any page renders).
import type { Role, SignInMethod } from '@/lib/db/generated/enums';
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
