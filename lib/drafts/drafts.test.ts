import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PrismaClient } from '@/lib/db/generated/client';
import { applyMigrations } from '@/lib/db/migrations';
import { context, sampleForm } from '@/lib/form-engine/fixtures';
import { createTestDatabase } from '@/test/database';
import { createDraft, findDraftByToken, hashDraftToken, newDraftToken, saveConfirmedPage, savePendingInput } from '.';

describe('R-APP-07 drafts on the server', () => {
  let db: PrismaClient;
  beforeAll(async () => {
    const url = await createTestDatabase();
    await applyMigrations(url);
    db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  });
  afterAll(() => db?.$disconnect());

  test('a draft is found by its cookie token, whose hash alone is stored', async () => {
    const token = newDraftToken();
    expect(token).toMatch(/^[\w-]{43}$/);
    const draft = await createDraft(db, sampleForm, token);
    expect(await findDraftByToken(db, 'sample', token)).toMatchObject({ id: draft.id, formVersion: 2, answers: {} });
    expect(await findDraftByToken(db, 'sample', newDraftToken())).toBeNull();
    const row = await db.draft.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row.ownerTokenHash).toBe(hashDraftToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
  });

  test('confirmed pages are merged; answers that became hidden are dropped, nothing else', async () => {
    const draft = await createDraft(db, sampleForm, newDraftToken());
    await saveConfirmedPage(db, sampleForm, draft.id, 'location', { location: 'abroad' }, context);
    await saveConfirmedPage(db, sampleForm, draft.id, 'about-you', { fullName: 'Amira', email: 'a@example.org', birthDate: { day: '1', month: '1', year: '1990' } }, context);
    await saveConfirmedPage(db, sampleForm, draft.id, 'adult-only', { hasSpouse: 'yes', spouseName: 'Omar' }, context);
    const minor = await saveConfirmedPage(db, sampleForm, draft.id, 'about-you', { fullName: 'Amira', email: 'a@example.org', birthDate: { day: '1', month: '1', year: '2015' } }, context);
    expect(minor.answers).toEqual({ location: 'abroad', fullName: 'Amira', email: 'a@example.org', birthDate: { day: '1', month: '1', year: '2015' } });
    expect(minor.currentPageId).toBe('about-you');
  });

  test('R-ELIG-09 a post that did not validate is kept until the page is confirmed', async () => {
    const draft = await createDraft(db, sampleForm, newDraftToken());
    await savePendingInput(db, draft.id, 'about-you', { fullName: 'Amira', email: 'not-an-email' });
    expect((await db.draft.findUniqueOrThrow({ where: { id: draft.id } })).pendingPageId).toBe('about-you');
    const saved = await saveConfirmedPage(db, sampleForm, draft.id, 'about-you', { fullName: 'Amira', email: 'a@example.org', birthDate: { day: '1', month: '1', year: '1990' } }, context);
    expect(saved.pending).toBeNull();
  });

  test('a cleared optional answer is removed from the draft', async () => {
    const draft = await createDraft(db, sampleForm, newDraftToken());
    await saveConfirmedPage(db, sampleForm, draft.id, 'about-you', { fullName: 'A', email: 'a@example.org', phone: '+46 8 123 456', birthDate: { day: '1', month: '1', year: '1990' } }, context);
    const saved = await saveConfirmedPage(db, sampleForm, draft.id, 'about-you', { fullName: 'A', email: 'a@example.org', birthDate: { day: '1', month: '1', year: '1990' } }, context);
    expect(saved.answers).not.toHaveProperty('phone');
  });

  test('pages confirmed at the same moment in two tabs are both kept', async () => {
    const draft = await createDraft(db, sampleForm, newDraftToken());
    await Promise.all([
      saveConfirmedPage(db, sampleForm, draft.id, 'location', { location: 'abroad' }, context),
      saveConfirmedPage(db, sampleForm, draft.id, 'sponsor', { sponsorId: '198112189876', languages: ['sv'], children: '0' }, context),
      saveConfirmedPage(db, sampleForm, draft.id, 'about-you', { fullName: 'A', email: 'a@example.org', birthDate: { day: '1', month: '1', year: '1990' } }, context),
    ]);
    const stored = await db.draft.findUniqueOrThrow({ where: { id: draft.id } });
    expect(Object.keys(stored.answers as object).sort()).toEqual(['birthDate', 'children', 'email', 'fullName', 'languages', 'location', 'sponsorId']);
  });
});
