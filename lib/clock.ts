// The service's one clock: deadline jobs, the deadlines pages show and the e-mails about them
// take the time from here, never from `new Date()` of their own.
//
// In production it is the system's time and costs nothing per call. With ADJUSTABLE_CLOCK=1
// (tests and local runs only: a public deployment refuses it, lib/startup.ts) the time is the
// system's moved by an offset kept in PostgreSQL. The database is the one thing every app
// process and the test driving them share, so moving the clock there moves it for all of
// them at once, with no restart and no waiting; an environment variable or a file could not.
import type { Database } from '@/lib/db/client';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export const clockIsAdjustable = (env: Record<string, string | undefined> = process.env) => env.ADJUSTABLE_CLOCK === '1';

type ClockDatabase = Pick<Database, 'clockOffset'>;

/** A clock running `offsetMs` ahead of the system's (behind when negative). */
const offsetClock = (offsetMs: number): Clock => ({ now: () => new Date(Date.now() + offsetMs) });

/**
 * The clock for one unit of work (a job run, a page): the system's, or with ADJUSTABLE_CLOCK=1
 * the moved one, its offset read once here.
 */
export async function serviceClock(database: ClockDatabase): Promise<Clock> {
  if (!clockIsAdjustable()) return systemClock;
  const row = await database.clockOffset.findUnique({ where: { id: 1 } });
  return row ? offsetClock(Number(row.offsetMs)) : systemClock;
}

/** Moves the service's clock so that it reads `at` now (and runs on from there). Tests only. */
export async function moveClockTo(database: ClockDatabase, at: Date): Promise<void> {
  if (!clockIsAdjustable()) throw new Error('The clock can only be moved with ADJUSTABLE_CLOCK=1');
  const offsetMs = BigInt(at.getTime() - Date.now());
  await database.clockOffset.upsert({ where: { id: 1 }, create: { id: 1, offsetMs }, update: { offsetMs } });
}
