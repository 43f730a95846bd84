'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { action } from '@/lib/actions';
import { BAR_REASON_MAX_LENGTH, barAccount, liftBar } from '@/lib/identity/barring';
import { isUuid } from '@/lib/ids';

const adminOnly = { area: 'admin' } as const;

/**
 * The page binds an account's id to each form; a post can carry anything in its place. Anything
 * but a UUID and a form's fields throws before the database is asked, and the server answers
 * 400 (scripts/serve.js).
 */
const accountArguments = z.tuple([z.string().refine(isUuid, 'not an account id'), z.instanceof(FormData)]);

const backTo = (locale: string, query: string, done: string) =>
  `/${locale}/admin?q=${encodeURIComponent(query)}&done=${done}`;

export const barAccountAction = action(
  { name: 'account.bar', access: adminOnly },
  async (context, ...args: [accountId: string, formData: FormData]) => {
    const [accountId, formData] = accountArguments.parse(args);
    const reason = String(formData.get('reason') ?? '').trim().slice(0, BAR_REASON_MAX_LENGTH);
    const query = String(formData.get('q') ?? '');
    if (!reason) redirect(`${backTo(context.locale, query, 'reason-required')}&account=${encodeURIComponent(accountId)}`);
    const outcome = await barAccount(context, accountId, reason);
    redirect(backTo(context.locale, query, outcome));
  },
);

export const liftBarAction = action(
  { name: 'account.lift-bar', access: adminOnly },
  async (context, ...args: [accountId: string, formData: FormData]) => {
    const [accountId, formData] = accountArguments.parse(args);
    await liftBar(context, accountId);
    redirect(backTo(context.locale, String(formData.get('q') ?? ''), 'lifted'));
  },
);
