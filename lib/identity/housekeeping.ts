// Removes what sign-in leaves behind: accounts never finished, and expired sessions, links,
// pending sign-ins and rate-limit windows. Each app process runs it now and then; the
// statements are safe to run side by side.
import type { Database } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit';

/** A password account whose address was never confirmed, or whose two-step app was never set up, goes after a week. */
export const UNFINISHED_ACCOUNT_DAYS = 7;
/** The longest rate-limit window (lib/identity/rate-limit.ts and sign-in.ts): older rows count nothing. */
const LONGEST_LIMIT_WINDOW_HOURS = 24;

export async function removeUnfinishedAccounts(database: Database): Promise<number> {
  // Only applicants' password accounts: e-ID accounts have no address to confirm.
  const removed = await database.$queryRaw<{ id: string; email: string }[]>`
    DELETE FROM account a
    WHERE a.created_at < now() - make_interval(days => ${UNFINISHED_ACCOUNT_DAYS})
      AND a.personal_identity_number IS NULL
      AND a.roles = '{APPLICANT}'
      AND (NOT a.email_verified OR (a.two_step_chosen AND NOT a.two_factor_enabled))
      AND NOT EXISTS (SELECT 1 FROM application p WHERE p.applicant_account_id = a.id)
    RETURNING a.id::text AS id, a.email`;
  const requestId = crypto.randomUUID();
  for (const account of removed) {
    await recordAudit(database, {
      requestId,
      action: 'account.remove-unfinished',
      objectType: 'account',
      objectId: account.id,
      outcome: 'SUCCESS',
      detail: { email: account.email },
    });
  }
  return removed.length;
}

export async function removeExpiredSignInRows(database: Database): Promise<void> {
  await database.session.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  await database.verification.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  await database.$executeRaw`
    DELETE FROM rate_limit WHERE window_started < now() - make_interval(hours => ${LONGEST_LIMIT_WINDOW_HOURS})`;
}

const INTERVAL_MS = 60 * 60 * 1000;

export function startHousekeeping(database: () => Database): void {
  const run = async () => {
    try {
      await removeUnfinishedAccounts(database());
      await removeExpiredSignInRows(database());
    } catch (error) {
      // The database may be down for a while; the next round tries again.
      console.error('Housekeeping failed:', String(error));
    }
  };
  setTimeout(run, 60_000).unref();
  setInterval(run, INTERVAL_MS).unref();
}
