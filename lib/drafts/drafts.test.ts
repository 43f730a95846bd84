import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formVersion, forms } from '@/forms';
import { familyReunionFormVersion1 } from '@/forms/family-reunion/earlier-versions';
import type { PrismaClient } from '@/lib/db/generated/client';
import { defineForm, type Answers } from '@/lib/form-engine';
import { context, sampleForm } from '@/lib/form-engine/fixtures';
import { createMigratedDatabase } from '@/test/database';
import { limits } from '@/lib/identity/rate-limit';
import {
  attachDraftToAccount,
  createAnonymousDraft,
  createDraft,
  draftForUse,
  findDraftByToken,
  findDraftOfAccount,
  hashDraftToken,
  newDraftToken,
  resumeDraft,
  saveConfirmedPage,
  savePendingInput,
  type FormVersionLookup,
} from '.';

// One database for the file.
let db: PrismaClient;
beforeAll(async () => {
  db = await createMigratedDatabase();
});
afterAll(() => db?.$disconnect());

describe('R-APP-07 drafts on the server', () => {
  test('R-X-01 drafts started without signing in are limited per client address (each has a document quota of its own)', async () => {
    const made = [];
    for (let count = 0; count < limits.draftsPerAddress.max; count++) made.push(await createAnonymousDraft(db, sampleForm, newDraftToken(), '203.0.113.9'));
    expect(made.every((draft) => draft !== 'too-many')).toBe(true);
    expect(await createAnonymousDraft(db, sampleForm, newDraftToken(), '203.0.113.9')).toBe('too-many');
    expect(await createAnonymousDraft(db, sampleForm, newDraftToken(), '203.0.113.10')).not.toBe('too-many');
  });

  test('a draft is found by its cookie token, whose hash alone is stored', async () => {
    const token = newDraftToken();
    expect(token).toMatch(/^[\w-]{43}$/);
    const draft = await createDraft(db, sampleForm, { token });
    expect(await findDraftByToken(db, 'sample', token)).toMatchObject({ id: draft.id, formVersion: 2, answers: {} });
    expect(await findDraftByToken(db, 'sample', newDraftToken())).toBeNull();
    const row = await db.draft.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row.ownerTokenHash).toBe(hashDraftToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
  });

  test('at sign-in the draft moves to the account: the token no longer opens it, and no other account can take it', async () => {
    const [first, second] = await Promise.all(
      ['first', 'second'].map((name) => db.account.create({ data: { email: `${name}-${newDraftToken().slice(0, 8)}@example.org` } })),
    );
    const token = newDraftToken();
    const draft = await createDraft(db, sampleForm, { token });
    expect(await attachDraftToAccount(db, 'sample', token, first!.id)).toBe(true);
    expect(await findDraftByToken(db, 'sample', token)).toBeNull();
    expect(await findDraftOfAccount(db, 'sample', first!.id)).toMatchObject({ id: draft.id });
    expect(await attachDraftToAccount(db, 'sample', token, second!.id)).toBe(false);
    expect(await findDraftOfAccount(db, 'sample', second!.id)).toBeNull();
    // Reopening a draft works for its own account only.
    expect(await resumeDraft(db, draft.id, second!.id)).toBe(false);
    expect(await resumeDraft(db, draft.id, first!.id)).toBe(true);
  });

  test('confirmed pages are merged; answers that became hidden are dropped, nothing else', async () => {
    const draft = await createDraft(db, sampleForm, { token: newDraftToken() });
    await saveConfirmedPage(db, sampleForm, draft.id, 'location', { location: 'abroad' }, context);
    await saveConfirmedPage(db, sampleForm, draft.id, 'about-you', { fullName: 'Amira', email: 'a@example.org', birthDate: { day: '1', month: '1', year: '1990' } }, context);
    await saveConfirmedPage(db, sampleForm, draft.id, 'adult-only', { hasSpouse: 'yes', spouseName: 'Omar' }, context);
    const minor = await saveConfirmedPage(db, sampleForm, draft.id, 'about-you', { fullName: 'Amira', email: 'a@example.org', birthDate: { day: '1', month: '1', year: '2015' } }, context);
    expect(minor.answers).toEqual({ location: 'abroad', fullName: 'Amira', email: 'a@example.org', birthDate: { day: '1', month: '1', year: '2015' } });
    expect(minor.currentPageId).toBe('about-you');
  });

  test('R-ELIG-09 a post that did not validate is kept until the page is confirmed', async () => {
    const draft = await createDraft(db, sampleForm, { token: newDraftToken() });
    await savePendingInput(db, draft.id, 'about-you', { fullName: 'Amira', email: 'not-an-email' });
    expect((await db.draft.findUniqueOrThrow({ where: { id: draft.id } })).pendingPageId).toBe('about-you');
    const saved = await saveConfirmedPage(db, sampleForm, draft.id, 'about-you', { fullName: 'Amira', email: 'a@example.org', birthDate: { day: '1', month: '1', year: '1990' } }, context);
    expect(saved.pending).toBeNull();
  });

  test('R-X-01 a post kept to be shown again is stored with a NUL or a lone surrogate marked, not refused by PostgreSQL', async () => {
    const draft = await createDraft(db, sampleForm, { token: newDraftToken() });
    await savePendingInput(db, draft.id, 'about-you', { fullName: 'Am\u0000ira', email: 'a\uD800@example.org', 'birthDate\u0000': { day: '1' } });
    const row = await db.draft.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row.pendingInput).toEqual({ fullName: 'Am\uFFFDira', email: 'a\uFFFD@example.org', 'birthDate\uFFFD': { day: '1' } });
  });

  test('a cleared optional answer is removed from the draft', async () => {
    const draft = await createDraft(db, sampleForm, { token: newDraftToken() });
    await saveConfirmedPage(db, sampleForm, draft.id, 'about-you', { fullName: 'A', email: 'a@example.org', phone: '+46 8 123 456', birthDate: { day: '1', month: '1', year: '1990' } }, context);
    const saved = await saveConfirmedPage(db, sampleForm, draft.id, 'about-you', { fullName: 'A', email: 'a@example.org', birthDate: { day: '1', month: '1', year: '1990' } }, context);
    expect(saved.answers).not.toHaveProperty('phone');
  });

  test('pages confirmed at the same moment in two tabs are both kept', async () => {
    const draft = await createDraft(db, sampleForm, { token: newDraftToken() });
    await Promise.all([
      saveConfirmedPage(db, sampleForm, draft.id, 'location', { location: 'abroad' }, context),
      saveConfirmedPage(db, sampleForm, draft.id, 'sponsor', { sponsorId: '198112189876', languages: ['sv'], children: '0' }, context),
      saveConfirmedPage(db, sampleForm, draft.id, 'about-you', { fullName: 'A', email: 'a@example.org', birthDate: { day: '1', month: '1', year: '1990' } }, context),
    ]);
    const stored = await db.draft.findUniqueOrThrow({ where: { id: draft.id } });
    expect(Object.keys(stored.answers as object).sort()).toEqual(['birthDate', 'children', 'email', 'fullName', 'languages', 'location', 'sponsorId']);
  });
});

describe('R-ENG-05 drafts on an older form version', () => {
  const current = forms['family-reunion']!;
  /** Part of an application started on version 1, when refugee status was stored as "protection". */
  const version1Answers: Answers = {
    currentLocation: 'home-country',
    hasPermanentPermit: 'no',
    applicantGivenName: 'Amira',
    applicantBirthDate: { day: '5', month: '3', year: '1990' },
    sponsorAddress: { street: 'Storgatan 1', postcode: '211 34', city: 'Malmö', country: 'SE' },
    sponsorPermit: 'protection',
    relationship: 'parent',
  };

  /** A draft row as version 1 of the form stored it, and the draft loaded by its token. */
  async function draftOnVersion1(pending?: { pageId: string; input: Record<string, unknown> }) {
    const token = newDraftToken();
    await db.draft.create({
      data: {
        formId: 'family-reunion',
        formVersion: 1,
        ownerTokenHash: hashDraftToken(token),
        answers: version1Answers as object,
        currentPageId: 'relationship',
        ...(pending && { pendingPageId: pending.pageId, pendingInput: pending.input as object }),
      },
    });
    return (await findDraftByToken(db, 'family-reunion', token))!;
  }

  test('R-ENG-05 a draft on version 1 moves to version 2 by the declared migration and is stored so, every other answer untouched', async () => {
    const loaded = await draftOnVersion1();
    expect(current.version).toBe(2);
    const { draft, form } = await draftForUse(db, current, loaded, formVersion);
    const migratedAnswers = { ...version1Answers, sponsorPermit: 'refugee-or-subsidiary-protection' };
    expect(form).toBe(current);
    expect(draft).toMatchObject({ id: loaded.id, formVersion: 2, currentPageId: 'relationship' });
    expect(draft.answers).toEqual(migratedAnswers);
    const stored = await db.draft.findUniqueOrThrow({ where: { id: loaded.id } });
    expect(stored.formVersion).toBe(2);
    expect(stored.answers).toEqual(migratedAnswers);

    // Loaded again, it is on the current version and used as it is.
    const again = await draftForUse(db, current, draft, formVersion);
    expect(again).toEqual({ draft, form: current });
    expect((await db.draft.findUniqueOrThrow({ where: { id: loaded.id } })).updatedAt).toEqual(stored.updatedAt);
  });

  test('R-ENG-05 a post kept with its errors moves forward with the draft', async () => {
    const loaded = await draftOnVersion1({ pageId: 'sponsor-permit', input: { sponsorPermit: 'protection' } });
    const { draft } = await draftForUse(db, current, loaded, formVersion);
    expect(draft.pending).toEqual({ pageId: 'sponsor-permit', input: { sponsorPermit: 'refugee-or-subsidiary-protection' } });
  });

  test('R-ENG-05 two loads of the same old draft at once: one migrates it, the other finds it migrated', async () => {
    const loaded = await draftOnVersion1();
    const [first, second] = await Promise.all([draftForUse(db, current, loaded, formVersion), draftForUse(db, current, loaded, formVersion)]);
    expect(first.draft.answers).toEqual(second.draft.answers);
    expect(second.draft).toMatchObject({ formVersion: 2, answers: { sponsorPermit: 'refugee-or-subsidiary-protection' } });
    // A page confirmed since then survives a late load of the old copy: the row is read under its lock.
    await saveConfirmedPage(db, current, loaded.id, 'dependency', { dependencyDescription: 'My son cares for me.' }, context);
    const late = await draftForUse(db, current, loaded, formVersion);
    expect(late.draft.answers).toMatchObject({ dependencyDescription: 'My son cares for me.', sponsorPermit: 'refugee-or-subsidiary-protection' });
  });

  test('R-ENG-05 a draft whose version has no chain of migrations to the current one stays on it and is served by its definition', async () => {
    // A version 3 that changed too much to migrate from version 2 declares no step from it.
    const version3 = defineForm({ ...current, version: 3 });
    const withVersion3: FormVersionLookup = (formId, version) => (version === 3 ? version3 : formVersion(formId, version));
    const loaded = await draftOnVersion1();
    const before = await db.draft.findUniqueOrThrow({ where: { id: loaded.id } });

    const { draft, form } = await draftForUse(db, version3, loaded, withVersion3);
    expect(form).toBe(familyReunionFormVersion1);
    expect(draft).toEqual(loaded);
    expect(await db.draft.findUniqueOrThrow({ where: { id: loaded.id } })).toEqual(before);
  });

  test('R-X-01 a draft on a version that is neither kept nor migrated from is served on the current version, not refused', async () => {
    const loaded = await draftOnVersion1();
    const nothingKept: FormVersionLookup = () => undefined;
    const version3 = defineForm({ ...current, version: 3 });
    const { draft, form } = await draftForUse(db, version3, loaded, nothingKept);
    expect(form).toBe(version3);
    expect(draft.answers).toEqual(loaded.answers);
  });
});
