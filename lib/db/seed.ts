// Demo data for the embedded default database: a maintenance announcement, staff who sign in
// with the local e-ID provider's test identities, a caseworker who signs in with a password and
// an authenticator code, and two applicants with a registered case each. Safe to run again:
// fixed ids, upserts.
import { symmetricEncrypt } from 'better-auth/crypto';
import { controlNumber, designationNumber } from '../cases/numbers';
import { hashPassword } from '../identity/passwords';
import { EID_PROVIDER_ID, eidPlaceholderEmail } from '../identity/config';
import { testIdentities, type TestIdentity } from '../identity/local-eid/identities';
import type { Role } from './generated/enums';
import type { PrismaClient } from './generated/client';

const DEMO = {
  noticeId: '00000000-0000-4000-8000-000000000001',
  applicantId: '00000000-0000-4000-8000-000000000101',
  draftId: '00000000-0000-4000-8000-000000000201',
  applicationId: '00000000-0000-4000-8000-000000000301',
  caseId: '00000000-0000-4000-8000-000000000401',
  eidApplicantId: '00000000-0000-4000-8000-000000000102',
  eidApplicationId: '00000000-0000-4000-8000-000000000302',
  eidCaseId: '00000000-0000-4000-8000-000000000402',
};

/** Who holds which role, by test identity (README lists them). */
const STAFF: { identity: TestIdentity; roles: Role[]; missionIds?: string[] }[] = [
  { identity: testIdentities.caseworker, roles: ['CASEWORKER'] },
  { identity: testIdentities.embassyAmman, roles: ['EMBASSY_STAFF'], missionIds: ['amman'] },
  { identity: testIdentities.embassyNairobi, roles: ['EMBASSY_STAFF'], missionIds: ['nairobi'] },
  { identity: testIdentities.administrator, roles: ['ADMINISTRATOR'] },
];

/**
 * A caseworker with a password and two-step verification (README lists these). The key is the
 * authenticator secret as better-auth keeps it; the app shows its bytes in base32.
 */
export const DEMO_TWO_STEP_CASEWORKER = {
  id: '00000000-0000-4000-8000-000000000103',
  email: 'nils.strom@migrationsverket.example',
  password: 'demo caseworker passphrase',
  authenticatorSecret: 'DemoCaseworkerNilsStromKey2026xy',
};

/** The two-step caseworker; the secrets are encrypted with the app's AUTH_SECRET, as better-auth does. */
async function upsertTwoStepCaseworker(db: PrismaClient, authSecret: string) {
  const staff = DEMO_TWO_STEP_CASEWORKER;
  if (await db.account.findUnique({ where: { id: staff.id } })) return;
  const recoveryCodes = Array.from({ length: 10 }, () => crypto.randomUUID().replace(/-/g, '').slice(0, 10));
  await db.account.create({
    data: {
      id: staff.id,
      email: staff.email,
      emailVerified: true,
      displayName: 'Nils Ström',
      roles: ['CASEWORKER'],
      twoStepChosen: true,
      twoFactorEnabled: true,
      credentials: { create: { providerId: 'credential', providerAccountId: staff.id, password: await hashPassword(staff.password) } },
      twoFactors: {
        create: {
          secret: await symmetricEncrypt({ key: authSecret, data: staff.authenticatorSecret }),
          backupCodes: await symmetricEncrypt({ key: authSecret, data: JSON.stringify(recoveryCodes) }),
          verified: true,
        },
      },
    },
  });
}

/** An account that signs in with e-ID as `identity` (its e-ID credential is the personal number). */
async function upsertEidAccount(db: PrismaClient, identity: TestIdentity, data: { id?: string; roles: Role[]; missionIds?: string[] }) {
  const account = await db.account.upsert({
    where: { personalIdentityNumber: identity.personalIdentityNumber },
    update: { roles: data.roles, missionIds: data.missionIds ?? [] },
    create: {
      id: data.id,
      email: eidPlaceholderEmail(identity.personalIdentityNumber),
      displayName: `${identity.givenName} ${identity.familyName}`,
      givenName: identity.givenName,
      familyName: identity.familyName,
      personalIdentityNumber: identity.personalIdentityNumber,
      roles: data.roles,
      missionIds: data.missionIds ?? [],
    },
  });
  await db.credential.upsert({
    where: { providerId_providerAccountId: { providerId: EID_PROVIDER_ID, providerAccountId: identity.personalIdentityNumber } },
    update: {},
    create: { providerId: EID_PROVIDER_ID, providerAccountId: identity.personalIdentityNumber, ownerAccountId: account.id },
  });
  return account;
}

/** The next Sunday 01:00–03:00 Swedish time, at least two days ahead. */
function nextMaintenanceWindow(now: Date): { start: Date; end: Date } {
  const start = new Date(now);
  start.setUTCDate(start.getUTCDate() + 2);
  while (start.getUTCDay() !== 0) start.setUTCDate(start.getUTCDate() + 1);
  start.setUTCHours(0, 0, 0, 0); // 01:00 in Stockholm in winter
  return { start, end: new Date(start.getTime() + 2 * 60 * 60 * 1000) };
}

function maintenanceMessage(start: Date, end: Date): Record<string, string> {
  const text = (locale: string, template: (when: string, until: string) => string) => {
    const day = new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Stockholm', dateStyle: 'full', timeStyle: 'short' });
    const time = new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Stockholm', timeStyle: 'short' });
    return template(day.format(start), time.format(end));
  };
  return {
    sv: text('sv-SE', (when, until) => `Tjänsten är stängd för underhåll ${when}–${until}. Det du har sparat finns kvar.`),
    en: text('en-GB', (when, until) => `The service will be closed for maintenance on ${when}–${until}. What you have saved is kept.`),
    ar: text('ar', (when, until) => `ستُغلق الخدمة للصيانة في ${when} حتى ${until}. ما حفظته سيبقى محفوظًا.`),
  };
}

/**
 * `authSecret`: the app's AUTH_SECRET, which encrypts the two-step caseworker's authenticator
 * secret; without it that account is left out.
 */
export async function seedDemoData(db: PrismaClient, { now = new Date(), authSecret }: { now?: Date; authSecret?: string } = {}): Promise<void> {
  const window = nextMaintenanceWindow(now);
  const notice = {
    kind: 'MAINTENANCE' as const,
    message: maintenanceMessage(window.start, window.end),
    showFrom: new Date(now.getTime() - 60_000),
    showUntil: window.end,
  };
  await db.serviceNotice.upsert({ where: { id: DEMO.noticeId }, create: { id: DEMO.noticeId, ...notice }, update: notice });

  await db.account.upsert({
    where: { id: DEMO.applicantId },
    update: {},
    create: {
      id: DEMO.applicantId,
      email: 'amira.haddad@example.org',
      givenName: 'Amira',
      familyName: 'Haddad',
      roles: ['APPLICANT'],
    },
  });
  await db.draft.upsert({
    where: { id: DEMO.draftId },
    update: {},
    create: {
      id: DEMO.draftId,
      formId: 'family-reunion',
      formVersion: 1,
      ownerAccountId: DEMO.applicantId,
      answers: { location: 'outside-sweden', childrenUnder18: 'no', sponsorIsSwedishCitizen: 'no' },
      currentPageId: 'applicant-name',
    },
  });

  for (const staff of STAFF) await upsertEidAccount(db, staff.identity, staff);
  if (authSecret) await upsertTwoStepCaseworker(db, authSecret);
  await upsertEidAccount(db, testIdentities.applicant, { id: DEMO.eidApplicantId, roles: ['APPLICANT'] });
  // The sponsor and the other person have signed in before (the newcomer has not).
  await upsertEidAccount(db, testIdentities.sponsor, { roles: ['APPLICANT'] });
  await upsertEidAccount(db, testIdentities.otherPerson, { roles: ['APPLICANT'] });

  const existingCase = await db.case.findUnique({ where: { id: DEMO.caseId } });
  if (existingCase) return;
  const registeredOn = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 10));
  await db.$transaction([
    db.application.create({
      data: {
        id: DEMO.applicationId,
        formId: 'family-reunion',
        formVersion: 1,
        applicantAccountId: DEMO.applicantId,
        answers: { applicantGivenName: 'Amira', applicantFamilyName: 'Haddad', relationship: 'parent' },
        submittedAt: registeredOn,
      },
    }),
    db.case.create({
      data: {
        id: DEMO.caseId,
        controlNumber: controlNumber(1),
        designationNumber: designationNumber(1),
        category: 'family-reunion-close-relative',
        missionId: 'nairobi',
        applicationId: DEMO.applicationId,
        events: { create: { type: 'REGISTERED', occurredOn: registeredOn } },
      },
    }),
    // The e-ID applicant's case names the demo sponsor, whose questionnaire it opens (R-SPQ-02).
    db.application.create({
      data: {
        id: DEMO.eidApplicationId,
        formId: 'family-reunion',
        formVersion: 2,
        applicantAccountId: DEMO.eidApplicantId,
        answers: {
          applicantGivenName: testIdentities.applicant.givenName,
          applicantFamilyName: testIdentities.applicant.familyName,
          relationship: 'spouse',
          sponsorPersonnummer: testIdentities.sponsor.personalIdentityNumber,
          mission: 'amman',
        },
        submittedAt: registeredOn,
      },
    }),
    db.case.create({
      data: {
        id: DEMO.eidCaseId,
        controlNumber: controlNumber(2),
        designationNumber: designationNumber(2),
        category: 'family-reunion-close-relative',
        missionId: 'amman',
        applicationId: DEMO.eidApplicationId,
        events: { create: { type: 'REGISTERED', occurredOn: registeredOn } },
      },
    }),
  ]);
}
