import { describe, expect, test } from 'vitest';
import { actingRole, decide, staffAreaOf, type Access } from './access';
import type { Person } from './session';

const person = (overrides: Partial<Person>): Person => ({
  accountId: '00000000-0000-4000-8000-000000000001',
  sessionId: 'session',
  signInMethod: 'EID',
  roles: ['APPLICANT'],
  missionIds: [],
  personalIdentityNumber: '197905211236',
  email: null,
  name: 'Johan Berg',
  acceptedTermsVersion: 1,
  ...overrides,
});

describe('R-X-03 the one set of rules', () => {
  test('roles and sign-in methods', async () => {
    const caseworkers: Access = { roles: ['CASEWORKER'], methods: ['EID', 'TWO_STEP'] };
    expect(await decide(caseworkers, null)).toBe('sign-in');
    expect(await decide(caseworkers, person({}))).toBe('forbidden');
    expect(await decide(caseworkers, person({ roles: ['CASEWORKER'], signInMethod: 'PASSWORD' }))).toBe('sign-in');
    expect(await decide(caseworkers, person({ roles: ['CASEWORKER'], signInMethod: 'TWO_STEP' }))).toBeNull();
    expect(await decide('anyone', null)).toBeNull();
  });
});

describe('R-X-03 staff have an area of their own, where a sign-in takes them', () => {
  test.each([
    [['CASEWORKER'], 'caseworker'],
    [['EMBASSY_STAFF'], 'embassy'],
    [['ADMINISTRATOR'], 'admin'],
    [['APPLICANT', 'ADMINISTRATOR'], 'admin'],
    [['APPLICANT'], null],
    [['SPONSOR'], null],
    [[], null],
  ] as const)('%j: %s', (roles, area) => {
    expect(staffAreaOf([...roles])).toBe(area);
  });
});

describe('R-TOU-02 the audit names the role the person holds, never the area\'s', () => {
  test('someone without the area\'s role is named by their own', () => {
    expect(actingRole({ area: 'caseworker' }, person({}))).toBe('APPLICANT');
    expect(actingRole({ record: 'caseworker/cases', id: 'x' }, person({ roles: [] }))).toBeNull();
  });

  test('staff are named by the role the access asks for, among their own', () => {
    const both = person({ roles: ['EMBASSY_STAFF', 'CASEWORKER'] });
    expect(actingRole({ area: 'embassy' }, both)).toBe('EMBASSY_STAFF');
    expect(actingRole({ record: 'caseworker/cases', id: 'x' }, both)).toBe('CASEWORKER');
    expect(actingRole('anyone', person({ roles: ['ADMINISTRATOR', 'APPLICANT'] }))).toBe('ADMINISTRATOR');
    expect(actingRole('anyone', null)).toBeNull();
  });
});
