// Processing times (R-PROC-04): how long decisions took, from registration to decision, over the
// twelve months up to today by the service's clock, and how many cases still wait. A job works
// them out from the case events (lib/jobs/worker.ts) and keeps one row per category, so that
// the start page costs one read by primary key. The figures describe past decisions: they are
// never a promise about any one application.
import type { Clock } from '@/lib/clock';
import type { Database } from '@/lib/db/client';
import { swedishDay } from './questionnaire-schedule';

/** Below this many decisions the figures say too little to be shown. */
export const MIN_DECISIONS_SHOWN = 20;

export interface ProcessingTimes {
  category: string;
  /** Decisions in the twelve months up to the day the figures were worked out. */
  decisions: number;
  /** Days from registration to decision; null when there were no decisions. */
  medianDays: number | null;
  p80Days: number | null;
  /** Cases neither decided nor closed. */
  waiting: number;
  computedAt: Date;
}

type TimesDatabase = Pick<Database, '$queryRaw' | 'processingTimes'>;

/**
 * The figures for `category` on the clock's day in Sweden. A case counts once, by its first
 * decision, when that decision fell in the twelve months ending today (today included).
 */
export async function computeProcessingTimes(database: TimesDatabase, category: string, clock: Clock): Promise<ProcessingTimes> {
  const computedAt = clock.now();
  const today = swedishDay(computedAt).toISOString().slice(0, 10);
  // date - date is whole days; percentile_cont over no rows is NULL, count(*) is 0.
  const [row] = await database.$queryRaw<[{ decisions: bigint; median: number | null; p80: number | null; waiting: bigint }]>`
    WITH decided AS (
      SELECT min(e.occurred_on) FILTER (WHERE e.type = 'DECIDED') - min(e.occurred_on) FILTER (WHERE e.type = 'REGISTERED') AS days,
             min(e.occurred_on) FILTER (WHERE e.type = 'DECIDED') AS decided_on
      FROM "case" c JOIN case_event e ON e.case_id = c.id
      WHERE c.category = ${category} AND c.state = 'DECIDED' AND e.type IN ('REGISTERED', 'DECIDED')
      GROUP BY c.id
    )
    SELECT count(*) AS decisions,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median,
           percentile_cont(0.8) WITHIN GROUP (ORDER BY days) AS p80,
           (SELECT count(*) FROM "case" WHERE category = ${category} AND state NOT IN ('DECIDED', 'CLOSED')) AS waiting
    FROM decided
    WHERE days IS NOT NULL AND decided_on > ${today}::date - interval '12 months' AND decided_on <= ${today}::date`;
  return { category, decisions: Number(row.decisions), medianDays: row.median, p80Days: row.p80, waiting: Number(row.waiting), computedAt };
}

/** Works out the figures for each category and keeps them for the pages. */
export async function refreshProcessingTimes(database: TimesDatabase, categories: readonly string[], clock: Clock): Promise<void> {
  for (const category of categories) {
    const { decisions, medianDays, p80Days, waiting, computedAt } = await computeProcessingTimes(database, category, clock);
    const figures = { decisions, medianDays, p80Days, waiting, computedAt };
    await database.processingTimes.upsert({ where: { category }, create: { category, ...figures }, update: figures });
  }
}

/** The kept figures for `category`, or null before the job has first worked them out. */
export function processingTimesOf(database: Pick<Database, 'processingTimes'>, category: string): Promise<ProcessingTimes | null> {
  return database.processingTimes.findUnique({ where: { category } });
}
