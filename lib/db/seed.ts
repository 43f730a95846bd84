// Demo data for the embedded default database: a maintenance announcement, staff who sign in
// with the local e-ID provider's test identities, a caseworker who signs in with a password and
// an authenticator code, two applicants with a registered case each, and a family of three
// applying together with the main applicant's documents. Safe to run again:
// fixed ids, upserts.
import { symmetricEncrypt } from 'better-auth/crypto';
import { controlNumber, designationNumber } from '../cases/numbers';
import { formatDateTime, formatTime } from '../i18n/format';
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
  // A family applying together: the main applicant's application holds the documents.
  familyDraftId: '00000000-0000-4000-8000-000000000202',
  familyApplicationId: '00000000-0000-4000-8000-000000000303',
  familyCaseId: '00000000-0000-4000-8000-000000000403',
  familyMembers: [
    { applicationId: '00000000-0000-4000-8000-000000000304', caseId: '00000000-0000-4000-8000-000000000404' },
    { applicationId: '00000000-0000-4000-8000-000000000305', caseId: '00000000-0000-4000-8000-000000000405' },
  ],
  familyDocumentIds: ['00000000-0000-4000-8000-000000000501', '00000000-0000-4000-8000-000000000502', '00000000-0000-4000-8000-000000000503'],
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
  const text = (locale: string, template: (when: string, until: string) => string) => template(formatDateTime(locale, start), formatTime(locale, end));
  return {
    sv: text('sv', (when, until) => `Tjänsten är stängd för underhåll ${when}–${until}. Det du har sparat finns kvar.`),
    en: text('en', (when, until) => `The service will be closed for maintenance on ${when}–${until}. What you have saved is kept.`),
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

  const registeredOn = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 10));
  await seedFamily(db, registeredOn);
  const existingCase = await db.case.findUnique({ where: { id: DEMO.caseId } });
  if (existingCase) return;
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
          sponsorEmail: 'sara.lindqvist@example.se',
          mission: 'amman',
        },
        sponsorPersonalIdentityNumber: testIdentities.sponsor.personalIdentityNumber,
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
        // The sponsor was asked at registration (R-SPQ-01) and has not answered yet.
        state: 'AWAITING_QUESTIONNAIRE',
        events: {
          create: [
            { type: 'REGISTERED', occurredOn: registeredOn },
            { type: 'QUESTIONNAIRE_SENT', occurredOn: registeredOn },
          ],
        },
      },
    }),
  ]);
}

/**
 * Rana Khalil applies with her husband and their adult son (embassy in Amman). Her application
 * holds the family's documents (rows only: their bytes are not in storage), two of them files
 * named alike.
 */
async function seedFamily(db: PrismaClient, registeredOn: Date) {
  if (await db.case.findUnique({ where: { id: DEMO.familyCaseId } })) return;
  const members = [
    { memberGivenName: 'Yusuf', memberFamilyName: 'Khalil', memberRelationship: 'spouse' },
    { memberGivenName: 'Sami', memberFamilyName: 'Khalil', memberRelationship: 'adult-child' },
  ];
  const registered = (number: number, caseId: string, applicationId: string) =>
    db.case.create({
      data: {
        id: caseId,
        controlNumber: controlNumber(number),
        designationNumber: designationNumber(number),
        category: 'family-reunion-close-relative',
        missionId: 'amman',
        applicationId,
        events: { create: { type: 'REGISTERED', occurredOn: registeredOn } },
      },
    });
  const document = (id: string, fieldId: string, documentType: string, displayName: string, size: number) =>
    db.document.create({
      data: { id, draftId: DEMO.familyDraftId, fieldId, documentType, storageKey: id, displayName, size, mimeType: 'application/pdf', sha256: '0'.repeat(64), scanStatus: 'CLEAN', createdAt: registeredOn },
    });
  const [passport, relationship, marriage] = DEMO.familyDocumentIds;
  await db.$transaction([
    db.application.create({
      data: {
        id: DEMO.familyApplicationId,
        formId: 'family-reunion',
        formVersion: 2,
        answers: { applicantGivenName: 'Rana', applicantFamilyName: 'Khalil', relationship: 'parent', mission: 'amman', familyMembers: members },
        submittedAt: registeredOn,
      },
    }),
    registered(3, DEMO.familyCaseId, DEMO.familyApplicationId),
    ...DEMO.familyMembers.flatMap((member, index) => [
      db.application.create({
        data: { id: member.applicationId, formId: 'family-reunion', formVersion: 2, answers: members[index]!, mainApplicationId: DEMO.familyApplicationId, submittedAt: registeredOn },
      }),
      registered(4 + index, member.caseId, member.applicationId),
    ]),
    db.draft.create({ data: { id: DEMO.familyDraftId, formId: 'family-reunion', formVersion: 2, submittedApplicationId: DEMO.familyApplicationId } }),
    document(passport!, 'passportCopy', 'passport', 'passport.pdf', 412_000),
    document(relationship!, 'relationshipProof', 'relationship-proof', 'passport.pdf', 198_000),
    document(marriage!, 'relationshipProof', 'relationship-proof', 'marriage-certificate.pdf', 256_000),
  ]);
}
