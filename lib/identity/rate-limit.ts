// Fixed-window rate limits kept in PostgreSQL, so they hold across app processes and
// restarts. One statement counts the hit and tells whether it is within the limit.
import type { Database } from '@/lib/db/client';

export interface Limit {
  /** What is limited, e.g. "sign-in:address". */
  name: string;
  max: number;
  windowSeconds: number;
}

/**
 * Limits on sign-in steps, per account (e-mail) and per client address. An address may be a
 * whole office or embassy behind one gateway, so its limits are wide; guessing one account's
 * password is stopped by the account lock (lib/identity/sign-in.ts) instead.
 */
export const limits = {
  signInPerAddress: { name: 'sign-in:address', max: 1000, windowSeconds: 15 * 60 },
  codePerAddress: { name: 'code:address', max: 500, windowSeconds: 15 * 60 },
  registerPerAddress: { name: 'register:address', max: 200, windowSeconds: 60 * 60 },
  resetPerAccount: { name: 'reset:account', max: 3, windowSeconds: 60 * 60 },
  resetPerAddress: { name: 'reset:address', max: 200, windowSeconds: 60 * 60 },
  verifyPerAccount: { name: 'verify:account', max: 3, windowSeconds: 60 * 60 },
  // Drafts started without signing in (each with its own document quota).
  draftsPerAddress: { name: 'draft:address', max: 200, windowSeconds: 60 * 60 },
} satisfies Record<string, Limit>;

/** Counts one hit on `limit` for `subject`; false when the limit is already reached in this window. */
export async function hit(database: Database, limit: Limit, subject: string): Promise<boolean> {
  const key = `${limit.name}:${subject.toLowerCase()}`;
  const rows = await database.$queryRaw<{ hits: number }[]>`
    INSERT INTO rate_limit (key, window_started, hits) VALUES (${key}, now(), 1)
    ON CONFLICT (key) DO UPDATE SET
      window_started = CASE WHEN rate_limit.window_started <= now() - make_interval(secs => ${limit.windowSeconds})
                            THEN now() ELSE rate_limit.window_started END,
      hits = CASE WHEN rate_limit.window_started <= now() - make_interval(secs => ${limit.windowSeconds})
                  THEN 1 ELSE rate_limit.hits + 1 END
    RETURNING hits`;
  return rows[0]!.hits <= limit.max;
}
