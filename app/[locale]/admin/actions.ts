'use server';

import { redirect } from 'next/navigation';
import { action } from '@/lib/actions';
import { BAR_REASON_MAX_LENGTH, barAccount, liftBar } from '@/lib/identity/barring';

const adminOnly = { area: 'admin' } as const;

const backTo = (locale: string, query: string, done: string) =>
  `/${locale}/admin?q=${encodeURIComponent(query)}&done=${done}`;

export const barAccountAction = action(
  { name: 'account.bar', access: adminOnly },
  async (context, accountId: string, formData: FormData) => {
    const reason = String(formData.get('reason') ?? '').trim().slice(0, BAR_REASON_MAX_LENGTH);
    const query = String(formData.get('q') ?? '');
    if (!reason) redirect(`${backTo(context.locale, query, 'reason-required')}&account=${encodeURIComponent(accountId)}`);
    const outcome = await barAccount(context, accountId, reason);
    redirect(backTo(context.locale, query, outcome));
  },
);

export const liftBarAction = action(
  { name: 'account.lift-bar', access: adminOnly },
  async (context, accountId: string, formData: FormData) => {
    await liftBar(context, accountId);
    redirect(backTo(context.locale, String(formData.get('q') ?? ''), 'lifted'));
  },
);
