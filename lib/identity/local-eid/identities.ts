// The people the local e-ID provider can sign in (development, the embedded default and
// tests). Personal identity numbers are made up, with valid check digits. Staff roles are
// given to some of them by the demo data (lib/db/seed.ts) and listed in README.

export interface TestIdentity {
  personalIdentityNumber: string;
  givenName: string;
  familyName: string;
}

export const testIdentities = {
  /** The sponsor in Sweden named in the demo application. */
  sponsor: { personalIdentityNumber: '198503121231', givenName: 'Sara', familyName: 'Lindqvist' },
  /** Someone else in Sweden: not the sponsor of any demo application. */
  otherPerson: { personalIdentityNumber: '197905211236', givenName: 'Johan', familyName: 'Berg' },
  caseworker: { personalIdentityNumber: '198811041238', givenName: 'Eva', familyName: 'Holm' },
  /** Embassy staff at the embassy in Amman. */
  embassyAmman: { personalIdentityNumber: '197209151237', givenName: 'Omar', familyName: 'Nilsson' },
  /** Embassy staff at the embassy in Nairobi. */
  embassyNairobi: { personalIdentityNumber: '199102271237', givenName: 'Grace', familyName: 'Wanjiru Sundberg' },
  administrator: { personalIdentityNumber: '196807301236', givenName: 'Karin', familyName: 'Ek' },
  /** An applicant who has Swedish e-ID. */
  applicant: { personalIdentityNumber: '199306181232', givenName: 'Leila', familyName: 'Haddad' },
  /** Not in the demo data: her first e-ID sign-in makes her account. */
  newcomer: { personalIdentityNumber: '199004122389', givenName: 'Maria', familyName: 'Andersson' },
} satisfies Record<string, TestIdentity>;

/**
 * Claim and scope for the personal identity number, as in the Swedish OpenID Connect profile
 * for e-ID (used by the Swedish e-ID brokers).
 */
export const PERSONAL_NUMBER_CLAIM = 'https://id.oidc.se/claim/personalIdentityNumber';
export const PERSONAL_NUMBER_SCOPE = 'https://id.oidc.se/scope/naturalPersonNumber';
