import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { forms } from '@/forms';
import type { PrismaClient } from '@/lib/db/generated/client';
import { luhnCheckDigit } from '@/lib/checksums';
import { createMigratedDatabase } from '@/test/database';
import { submitDraft } from './submit';

let db: PrismaClient;
beforeAll(async () => {
  db = await createMigratedDatabase();
});
afterAll(async () => {
  await db?.$disconnect();
});

const form = forms['family-reunion']!;
const options = { locale: 'en', appUrl: 'http://127.0.0.1:3000', now: new Date('2026-11-24T23:30:00Z') };
const member = (givenName: string) => ({ memberGivenName: givenName, memberFamilyName: 'Haddad', memberRelationship: 'sibling' });

const declaredAt = new Date('2026-11-24T23:29:00Z');

/** A draft its owner has declared true and complete, as "Accept and send" records. */
async function draftOf(accountId: string, answers: Record<string, unknown>, declared: Date | null = declaredAt) {
  return db.draft.create({ data: { formId: form.id, formVersion: form.version, ownerAccountId: accountId, answers: answers as never, declaredAt: declared } });
}

describe('submitting a draft', () => {
  test('R-APP-08 R-APP-03 one transaction: applications, cases with control numbers, designation numbers, events and the receipt', async () => {
    const account = await db.account.create({ data: { email: 'applicant@example.org', emailVerified: true } });
    const draft = await draftOf(account.id, {
      applicantEmail: 'applicant@example.org',
      mission: 'amman',
      familyMembers: [member('Omar'), member('Sana')],
    });
    const submitted = await db.$transaction((tx) => submitDraft(tx, draft.id, form, options));

    expect(submitted.controlNumbers).toHaveLength(3);
    for (const number of submitted.controlNumbers) expect(number.at(-1)).toBe(String(luhnCheckDigit(number.slice(0, -1))));
    const cases = await db.case.findMany({ include: { application: true, events: true } });
    expect(cases).toHaveLength(3);
    const main = cases.find((entry) => entry.applicationId === submitted.applicationId)!;
    expect(main.application.applicantAccountId).toBe(account.id);
    expect(main).toMatchObject({ category: 'family-reunion-close-relative', missionId: 'amman', state: 'REGISTERED' });
    // Each family member: their own application linked to the main one, their own numbers.
    const members = cases.filter((entry) => entry !== main);
    expect(members.map((entry) => entry.application.mainApplicationId)).toEqual([submitted.applicationId, submitted.applicationId]);
    expect(new Set(cases.map((entry) => entry.designationNumber)).size).toBe(3);
    expect((await db.account.findUniqueOrThrow({ where: { id: account.id } })).designationNumber).toBe(main.designationNumber);
    // Registered on the day in Sweden (00:30 on 25 November there).
    expect(cases.every((entry) => entry.events[0]!.occurredOn.toISOString().startsWith('2026-11-25'))).toBe(true);

    const receipts = await db.outboxEmail.findMany({ where: { kind: 'receipt-email' } });
    expect(receipts).toHaveLength(1);
    expect(receipts[0]!.subject).toContain(submitted.controlNumbers[0]);
    expect(receipts[0]!.text).toContain(submitted.controlNumbers[2]);
    // The date as every English page writes it, and what happens next as the start page says it.
    expect(receipts[0]!.text).toContain('registered on 25 November 2026.');
    expect(receipts[0]!.text).toContain('you will get an e-mail asking you to book an interview');
    expect((await db.draft.findUniqueOrThrow({ where: { id: draft.id } })).submittedApplicationId).toBe(submitted.applicationId);
    // The declaration is kept with every application sent.
    expect(cases.map((entry) => entry.application.declaredAt)).toEqual([declaredAt, declaredAt, declaredAt]);
  });

  test('R-FEE-03 a draft not declared true and complete is not sent, and nothing of it is registered', async () => {
    const account = await db.account.create({ data: { email: 'undeclared@example.org', emailVerified: true } });
    const draft = await draftOf(account.id, { applicantEmail: 'undeclared@example.org', mission: 'amman' }, null);
    const applicationsBefore = await db.application.count();
    await expect(db.$transaction((tx) => submitDraft(tx, draft.id, form, options))).rejects.toThrow(/not declared/);
    expect(await db.application.count()).toBe(applicationsBefore);
    expect(await db.outboxEmail.count({ where: { to: 'undeclared@example.org' } })).toBe(0);
    expect((await db.draft.findUniqueOrThrow({ where: { id: draft.id } })).submittedApplicationId).toBeNull();
  });

  test('R-FEE-02 submitting again, or twice at once, registers once', async () => {
    const account = await db.account.create({ data: { email: 'twice@example.org', emailVerified: true } });
    const draft = await draftOf(account.id, { applicantEmail: 'twice@example.org', mission: 'nairobi' });
    const casesBefore = await db.case.count();
    const [first, second] = await Promise.all([
      db.$transaction((tx) => submitDraft(tx, draft.id, form, options)),
      db.$transaction((tx) => submitDraft(tx, draft.id, form, options)),
    ]);
    const third = await db.$transaction((tx) => submitDraft(tx, draft.id, form, options));
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    expect(await db.case.count()).toBe(casesBefore + 1);
    expect(await db.outboxEmail.count({ where: { to: 'twice@example.org' } })).toBe(1);

    // The person's next application keeps their designation number.
    const next = await draftOf(account.id, { applicantEmail: 'twice@example.org', mission: 'nairobi' });
    const again = await db.$transaction((tx) => submitDraft(tx, next.id, form, options));
    const numbers = await db.case.findMany({ where: { applicationId: { in: [first.applicationId, again.applicationId] } } });
    expect(numbers[0]!.designationNumber).toBe(numbers[1]!.designationNumber);
  });
});
