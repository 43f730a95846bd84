// Demo data for the embedded default database: a maintenance announcement and one applicant
// with a draft and a registered case. Safe to run again: fixed ids, upserts.
import { controlNumber, designationNumber } from '../cases/numbers';
import type { PrismaClient } from './generated/client';

const DEMO = {
  noticeId: '00000000-0000-4000-8000-000000000001',
  applicantId: '00000000-0000-4000-8000-000000000101',
  draftId: '00000000-0000-4000-8000-000000000201',
  applicationId: '00000000-0000-4000-8000-000000000301',
  caseId: '00000000-0000-4000-8000-000000000401',
};

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

export async function seedDemoData(db: PrismaClient, now = new Date()): Promise<void> {
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
        missionId: 'amman',
        applicationId: DEMO.applicationId,
        events: { create: { type: 'REGISTERED', occurredOn: registeredOn } },
      },
    }),
  ]);
}
