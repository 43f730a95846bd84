// Drafts are kept on the server (R-APP-07): every confirmed page is merged into the draft in
// one transaction, and answers that became hidden are dropped with it. Before sign-in a draft
// belongs to a random token in an httpOnly cookie (only its SHA-256 is stored); at sign-in it
// moves to the account and the token stops working. A draft keeps the form version it started
// on until a declared migration moves it (R-ENG-05).
import { createHash, randomBytes } from 'node:crypto';
import { migrateAnswers, pruneHiddenAnswers, withStorableText, type Answers, type EvaluationContext, type FormDefinition } from '@/lib/form-engine';
import type { Database } from '@/lib/db/client';
import { hit, limits } from '@/lib/identity/rate-limit';
import { Prisma } from '@/lib/db/generated/client';
import { isUniqueViolation } from '@/lib/db/errors';

export interface DraftState {
  id: string;
  formId: string;
  formVersion: number;
  answers: Answers;
  currentPageId: string | null;
  /** The last post of a page that did not validate, kept to show again with its errors. */
  pending: { pageId: string; input: Record<string, unknown> } | null;
}

/** A new owner token: 256 random bits, for the draft cookie. */
export function newDraftToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashDraftToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

interface DraftRow {
  id: string;
  formId: string;
  formVersion: number;
  answers: unknown;
  currentPageId: string | null;
  pendingPageId: string | null;
  pendingInput: unknown;
}

const fromRow = (row: DraftRow): DraftState => ({
  id: row.id,
  formId: row.formId,
  formVersion: row.formVersion,
  answers: (row.answers ?? {}) as Answers,
  currentPageId: row.currentPageId,
  pending: row.pendingPageId ? { pageId: row.pendingPageId, input: (row.pendingInput ?? {}) as Record<string, unknown> } : null,
});

/** A draft not yet sent: a sent one is read-only (an application, or answers attached to a case). */
export const OPEN_DRAFT = { submittedApplicationId: null, submittedResponseId: null } as const;

/** The draft of `formId` that the cookie token owns, if any. */
export async function findDraftByToken(db: Database, formId: string, token: string): Promise<DraftState | null> {
  const row = await db.draft.findFirst({ where: { formId, ownerTokenHash: hashDraftToken(token), subjectApplicationId: null, ...OPEN_DRAFT } });
  return row ? fromRow(row) : null;
}

/**
 * The account's open draft of `formId` about `subjectApplicationId` (null: about nothing, as an
 * application) that it worked on last, if any.
 */
export async function findDraftOfAccount(db: Database, formId: string, accountId: string, subjectApplicationId: string | null = null): Promise<DraftState | null> {
  const row = await db.draft.findFirst({ where: { formId, ownerAccountId: accountId, subjectApplicationId, ...OPEN_DRAFT }, orderBy: { updatedAt: 'desc' } });
  return row ? fromRow(row) : null;
}

export type DraftOwner = { token: string } | { accountId: string };

/**
 * A new draft. A draft about a subject is the only open one of its form, owner and subject (a
 * unique index): when another request made it first, that one is returned.
 */
export async function createDraft(db: Database, form: FormDefinition, owner: DraftOwner, subjectApplicationId: string | null = null): Promise<DraftState> {
  const ownership = 'token' in owner ? { ownerTokenHash: hashDraftToken(owner.token) } : { ownerAccountId: owner.accountId };
  try {
    const row = await db.draft.create({ data: { formId: form.id, formVersion: form.version, answers: {}, subjectApplicationId, ...ownership } });
    return fromRow(row);
  } catch (error) {
    const existing = subjectApplicationId && 'accountId' in owner && isUniqueViolation(error) && (await findDraftOfAccount(db, form.id, owner.accountId, subjectApplicationId));
    if (existing) return existing;
    throw error;
  }
}

/**
 * A draft for someone not signed in, held by its cookie token. Each comes with a quota for
 * documents of its own, so drafts made from one client address are limited.
 */
export async function createAnonymousDraft(db: Database, form: FormDefinition, token: string, clientAddress: string): Promise<DraftState | 'too-many'> {
  if (!(await hit(db, limits.draftsPerAddress, clientAddress))) return 'too-many';
  return createDraft(db, form, { token });
}

/**
 * At sign-in, the draft made before it becomes the account's: the cookie token no longer
 * opens it, so nobody at the same browser after sign-out can. False when there was none.
 */
export async function attachDraftToAccount(db: Database, formId: string, token: string, accountId: string): Promise<boolean> {
  const attached = await db.draft.updateMany({
    where: { formId, ownerTokenHash: hashDraftToken(token), ownerAccountId: null, ...OPEN_DRAFT },
    data: { ownerAccountId: accountId, ownerTokenHash: null },
  });
  return attached.count > 0;
}

/** Makes the draft the account's current one (the one worked on last). */
export async function resumeDraft(db: Database, draftId: string, accountId: string): Promise<boolean> {
  const touched = await db.draft.updateMany({ where: { id: draftId, ownerAccountId: accountId, subjectApplicationId: null, ...OPEN_DRAFT }, data: { updatedAt: new Date() } });
  return touched.count > 0;
}

/**
 * Merges a confirmed page's values into the draft and drops the answers that are hidden now;
 * nothing else is touched. The row is locked for the read-merge-write, so two tabs posting
 * at once cannot lose each other's pages.
 */
export async function saveConfirmedPage(
  db: Database,
  form: FormDefinition,
  draftId: string,
  pageId: string,
  values: Answers,
  context: EvaluationContext,
): Promise<DraftState> {
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ answers: Answers }[]>`SELECT answers FROM draft WHERE id = ${draftId}::uuid FOR UPDATE`;
    if (!locked) throw new Error(`draft ${draftId} not found`);
    const page = form.pages.find((candidate) => candidate.id === pageId);
    // Fields of this page the applicant cleared are absent from `values`: remove them too.
    const cleared = new Set(page?.fields.map((field) => field.id) ?? []);
    const kept = Object.fromEntries(Object.entries(locked.answers).filter(([fieldId]) => !cleared.has(fieldId)));
    const answers = pruneHiddenAnswers(form, { ...kept, ...values }, context);
    const row = await tx.draft.update({
      where: { id: draftId },
      data: { answers: answers as object, currentPageId: pageId, pendingPageId: null, pendingInput: Prisma.DbNull },
    });
    return fromRow(row);
  });
}

/** The definition of a form at one version; undefined when that version is no longer kept. */
export type FormVersionLookup = (formId: string, version: number) => FormDefinition | undefined;

export interface DraftForUse<Draft extends DraftState | null = DraftState> {
  draft: Draft;
  /** The definition to finish the draft on: the one of the version it is on (the current one for no draft). */
  form: FormDefinition;
}

/**
 * Readies a loaded draft for use. A draft on an older version is moved to `current` when
 * declared migrations lead there, and stored so at once; without such a chain it stays on
 * the version it started on, and that version's definition serves it.
 */
export async function draftForUse(db: Database, current: FormDefinition, draft: DraftState, formVersion: FormVersionLookup): Promise<DraftForUse> {
  const canMove = draft.formVersion !== current.version && migrateAnswers(current, draft.formVersion, draft.answers) !== null;
  const used = canMove ? await moveToVersion(db, current, draft.id) : draft;
  const kept = used.formVersion === current.version ? current : formVersion(used.formId, used.formVersion);
  if (kept) return { draft: used, form: kept };
  // A version this code does not know (say, newer, after a rollback): the current one serves
  // it rather than no page at all; navigation sends the applicant to the first page that fits.
  console.warn(`draft ${used.id} is on version ${used.formVersion} of "${used.formId}", which is neither kept nor migrated from; served on version ${current.version}`);
  return { draft: used, form: current };
}

/** Migrates a draft's answers (and a kept post) to `current`'s version, with the row locked. */
async function moveToVersion(db: Database, current: FormDefinition, draftId: string): Promise<DraftState> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM draft WHERE id = ${draftId}::uuid FOR UPDATE`;
    const locked = fromRow(await tx.draft.findUniqueOrThrow({ where: { id: draftId } }));
    const answers = migrateAnswers(current, locked.formVersion, locked.answers);
    // Another request may have moved it first.
    if (!answers || locked.formVersion === current.version) return locked;
    const pendingInput = locked.pending && migrateAnswers(current, locked.formVersion, locked.pending.input as Answers);
    const row = await tx.draft.update({
      where: { id: draftId },
      data: { formVersion: current.version, answers: answers as object, ...(pendingInput && { pendingInput: pendingInput as object }) },
    });
    return fromRow(row);
  });
}

/** Keeps a post that did not validate, so the page shows it again with its errors. */
export async function savePendingInput(db: Database, draftId: string, pageId: string, input: Record<string, unknown>): Promise<void> {
  // A NUL that failed validation would make PostgreSQL refuse the whole row (R-X-01).
  await db.draft.update({ where: { id: draftId }, data: { pendingPageId: pageId, pendingInput: withStorableText(input) as object } });
}

/** The cookie that holds a draft's token before sign-in. */
export const draftCookieName = (formId: string) => `draft-${formId}`;

/** Every draft token a request's cookies carry, by form. */
export function draftTokensIn(cookieHeader: string | null): { formId: string; token: string }[] {
  return [...(cookieHeader ?? '').matchAll(/(?:^|;\s*)draft-([\w-]+)=([\w-]+)/g)].map(([, formId, token]) => ({ formId: formId!, token: token! }));
}
