import { cookies, headers } from 'next/headers';
import { formVersion } from '@/forms';
import { db } from '@/lib/db/client';
import {
  createAnonymousDraft,
  createDraft,
  draftCookieName,
  draftForUse,
  findDraftByToken,
  findDraftOfAccount,
  newDraftToken,
  type DraftForUse,
  type DraftState,
} from '@/lib/drafts';
import { signedInPerson } from '@/lib/identity/current';
import type { Wizard } from '@/lib/wizard';

// A signed-in person's draft belongs to their account; anyone else's to whoever holds its
// random cookie token (it moves to the account at sign-in). A draft about a subject (a
// questionnaire about an application) is only ever an account's.
const DRAFT_COOKIE_DAYS = 30;

type DraftPlace = Pick<Wizard, 'form' | 'subjectApplicationId' | 'anonymousDrafts'>;

/**
 * The visitor's draft of the wizard, if any, with the definition to finish it on: the wizard's
 * form (the current version) when there is no draft or a declared migration has moved it there,
 * else the version the draft started on. Readable from pages.
 */
export async function currentDraft({ form, subjectApplicationId, anonymousDrafts }: DraftPlace): Promise<DraftForUse<DraftState | null>> {
  const person = await signedInPerson();
  const token = anonymousDrafts ? (await cookies()).get(draftCookieName(form.id))?.value : undefined;
  const draft = person
    ? await findDraftOfAccount(db(), form.id, person.accountId, subjectApplicationId)
    : token
      ? await findDraftByToken(db(), form.id, token)
      : null;
  return draft ? draftForUse(db(), form, draft, formVersion) : { draft: null, form };
}

/**
 * The visitor's draft, made (with its cookie, for someone not signed in) on the first confirmed
 * page; 'too-many' when too many drafts were started from the visitor's address lately, or
 * 'sign-in' for a wizard that keeps no anonymous drafts. Server actions only.
 */
export async function currentOrNewDraft(wizard: DraftPlace): Promise<DraftForUse | 'too-many' | 'sign-in'> {
  const existing = await currentDraft(wizard);
  if (existing.draft) return { draft: existing.draft, form: existing.form };
  const { form } = wizard;
  const person = await signedInPerson();
  if (person) return { draft: await createDraft(db(), form, { accountId: person.accountId }, wizard.subjectApplicationId), form };
  if (!wizard.anonymousDrafts) return 'sign-in';
  const token = newDraftToken();
  const requestHeaders = await headers();
  const draft = await createAnonymousDraft(db(), form, token, requestHeaders.get('x-client-address') ?? 'unknown');
  if (draft === 'too-many') return draft;
  const host = requestHeaders.get('host') ?? '';
  (await cookies()).set(draftCookieName(form.id), token, {
    httpOnly: true,
    // Browsers accept Secure cookies on plain-HTTP loopback only for "localhost"; tests run on 127.0.0.1.
    secure: !/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(host),
    sameSite: 'lax',
    path: '/',
    maxAge: DRAFT_COOKIE_DAYS * 24 * 60 * 60,
  });
  return { draft, form };
}
