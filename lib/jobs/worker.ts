// Background jobs on PostgreSQL with pg-boss, started in every app process (lib/startup.ts).
// pg-boss keeps its jobs in a schema of its own ("pgboss") that it installs and migrates itself;
// Prisma's migrations neither make nor compare it. Each job is taken by one process (SKIP
// LOCKED) and survives restarts; the cron schedule makes one sweep a minute across them all.
//
// The questionnaire deadlines: the sweep finds the cases with a step due by the service's clock
// and queues one step job per case; any process takes those, each in the case's own
// transaction (questionnaire-deadlines.ts). A process that dies leaves its steps uncommitted:
// the next sweep finds them still due, and pg-boss retries the jobs it had taken.
//
// The processing times are worked out again every hour and once whenever a process starts.
import { PgBoss, type JobResult } from 'pg-boss';
import { forms } from '@/forms';
import { refreshProcessingTimes } from '@/lib/cases/processing-times';
import { serviceClock } from '@/lib/clock';
import { databaseUrl, db, type Database } from '@/lib/db/client';
import { casesWithDueQuestionnaireStep, takeQuestionnaireStep } from './questionnaire-deadlines';

export const DEADLINE_SWEEP = 'questionnaire-deadline-sweep';
export const DEADLINE_STEP = 'questionnaire-deadline-step';
export const PROCESSING_TIMES = 'processing-times';
const SCHEMA = 'pgboss';

export interface Jobs {
  stop(): Promise<void>;
}

interface JobsOptions {
  connectionString?: string;
  database?: () => Database;
}

/** Starts pg-boss and this process's workers; the schedule is kept once, whoever starts first. */
export async function startJobs({ connectionString = databaseUrl(), database = db }: JobsOptions = {}): Promise<Jobs> {
  // LISTEN/NOTIFY wakes a worker the moment a job is queued, instead of at its next poll.
  const boss = new PgBoss({ connectionString, schema: SCHEMA, max: 3, application_name: 'anknytning-jobs', useListenNotify: true });
  boss.on('error', (error) => console.error('Background jobs:', String(error)));
  // The database may still be starting with the app: pg-boss tries again for about two minutes.
  await boss.start({ attempts: 8 });
  // "short": at most one job waits per key (the sweep; one case's step), however often asked.
  await boss.createQueue(DEADLINE_SWEEP, { policy: 'short', retryLimit: 0, notify: true });
  await boss.createQueue(DEADLINE_STEP, { policy: 'short', expireInSeconds: 60, retryLimit: 5, retryDelay: 5, notify: true });
  await boss.schedule(DEADLINE_SWEEP, '* * * * *');
  await boss.createQueue(PROCESSING_TIMES, { policy: 'short', retryLimit: 2, retryDelay: 60, notify: true });
  await boss.schedule(PROCESSING_TIMES, '0 * * * *');

  await boss.work(DEADLINE_SWEEP, async () => {
    const due = await casesWithDueQuestionnaireStep(database(), await serviceClock(database()));
    if (!due.length) return;
    console.log(`Questionnaire deadlines: ${due.length} case(s) with a step due.`);
    await boss.insert(DEADLINE_STEP, due.map((caseId) => ({ data: { caseId }, singletonKey: caseId })));
  });

  await boss.work<{ caseId: string }>(
    DEADLINE_STEP,
    { batchSize: 10, burstWhenBatchFull: true, perJobResults: true },
    async (jobs) => {
      // The clock is read once a run: a moved clock counts from the next run on.
      const clock = await serviceClock(database());
      const results: JobResult[] = [];
      for (const job of jobs) {
        try {
          await takeQuestionnaireStep(database(), job.data.caseId, clock);
          results.push({ id: job.id, status: 'completed' });
        } catch (error) {
          results.push({ id: job.id, status: 'failed', output: { message: String(error) } });
        }
      }
      return results;
    },
  );

  await boss.work(PROCESSING_TIMES, async () => {
    await refreshProcessingTimes(database(), caseCategories(), await serviceClock(database()));
  });
  await boss.send(PROCESSING_TIMES);
  return { stop: () => boss.stop({ graceful: true, timeout: 10_000 }) };
}

/** The categories of the cases the forms register. */
const caseCategories = () =>
  [...new Set(Object.values(forms).flatMap((form) => (form.submission?.kind === 'register-cases' ? [form.submission.category] : [])))];

/** Asks for a deadline sweep now instead of at the next minute: after the clock was moved. */
export async function requestDeadlineSweep(connectionString = databaseUrl()): Promise<void> {
  const boss = new PgBoss({ connectionString, schema: SCHEMA, max: 1, supervise: false, schedule: false, migrate: false, registerInstance: false });
  boss.on('error', (error) => console.error('Background jobs:', String(error)));
  await boss.start();
  try {
    await boss.send(DEADLINE_SWEEP);
  } finally {
    await boss.stop({ graceful: false });
  }
}
