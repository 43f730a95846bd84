import { cookies, headers } from 'next/headers';
import { formVersion } from '@/forms';
import { db } from '@/lib/db/client';
import { createDraft, draftForUse, findDraftByToken, newDraftToken, type DraftForUse, type DraftState } from '@/lib/drafts';
import type { FormDefinition } from '@/lib/form-engine';

// Until accounts exist, a draft belongs to whoever holds its random cookie token.
const cookieName = (form: FormDefinition) => `draft-${form.id}`;
const DRAFT_COOKIE_DAYS = 30;

/**
 * The draft the visitor's cookie points at, if any, with the definition to finish it on: `form`
 * (the current version) when there is no draft or a declared migration has moved it there, else
 * the version the draft started on. Readable from pages.
 */
export async function currentDraft(form: FormDefinition): Promise<DraftForUse<DraftState | null>> {
  const token = (await cookies()).get(cookieName(form))?.value;
  const draft = token ? await findDraftByToken(db(), form.id, token) : null;
  return draft ? draftForUse(db(), form, draft, formVersion) : { draft: null, form };
}

/** The visitor's draft, made (with its cookie) on the first confirmed page. Server actions only. */
export async function currentOrNewDraft(form: FormDefinition): Promise<DraftForUse> {
  const existing = await currentDraft(form);
  if (existing.draft) return { draft: existing.draft, form: existing.form };
  const token = newDraftToken();
  const draft = await createDraft(db(), form, token);
  const host = (await headers()).get('host') ?? '';
  (await cookies()).set(cookieName(form), token, {
    httpOnly: true,
    // Browsers accept Secure cookies on plain-HTTP loopback only for "localhost"; tests run on 127.0.0.1.
    secure: !/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(host),
    sameSite: 'lax',
    path: '/',
    maxAge: DRAFT_COOKIE_DAYS * 24 * 60 * 60,
  });
  return { draft, form };
}
