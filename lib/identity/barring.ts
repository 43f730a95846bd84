// Barring an account that broke the terms of use (R-TOU-04): it is signed out everywhere at
// once and cannot sign in until the bar is lifted. Both are audited.
import type { ActionContext } from '@/lib/actions';
import { db } from '@/lib/db/client';

export const BAR_REASON_MAX_LENGTH = 500;

export async function barAccount(context: ActionContext, accountId: string, reason: string): Promise<'barred' | 'self' | 'unknown'> {
  if (accountId === context.person?.accountId) return 'self';
  const updated = await db().account.updateMany({ where: { id: accountId }, data: { barredAt: new Date(), barredReason: reason } });
  if (updated.count === 0) return 'unknown';
  await db().session.deleteMany({ where: { accountId } });
  await context.audit({ action: 'account.bar', objectType: 'account', objectId: accountId, outcome: 'SUCCESS', detail: { reason } });
  return 'barred';
}

export async function liftBar(context: ActionContext, accountId: string): Promise<void> {
  await db().account.updateMany({ where: { id: accountId }, data: { barredAt: null, barredReason: null } });
  await context.audit({ action: 'account.lift-bar', objectType: 'account', objectId: accountId, outcome: 'SUCCESS' });
}

/** Accounts by e-mail address (part of it) or personal identity number, for the administrator. */
export async function findAccounts(query: string) {
  const digits = query.replace(/\D/g, '');
  const term = query.trim();
  if (term.length < 3) return [];
  return db().account.findMany({
    where: {
      OR: [{ email: { contains: term.toLowerCase() } }, ...(digits.length === 12 ? [{ personalIdentityNumber: digits }] : [])],
    },
    select: { id: true, email: true, displayName: true, personalIdentityNumber: true, roles: true, barredAt: true, barredReason: true },
    orderBy: { createdAt: 'desc' },
    take: 50,
  });
}
