import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { applicationForm, forms } from '@/forms';
import { moveClockTo, serviceClock } from '@/lib/clock';
import type { PrismaClient } from '@/lib/db/generated/client';
import { startJobs } from '@/lib/jobs/worker';
import { createMigratedDatabaseAt } from '@/test/database';
import { openingEvent, recordCaseEvent } from './lifecycle';
import { computeProcessingTimes, processingTimesOf } from './processing-times';

let url: string;
let db: PrismaClient;
beforeAll(async () => {
  ({ url, db } = await createMigratedDatabaseAt());
  process.env.ADJUSTABLE_CLOCK = '1';
});
afterAll(async () => {
  await db?.$disconnect();
  delete process.env.ADJUSTABLE_CLOCK;
});

const form = forms['family-reunion']!;
const DAY_MS = 24 * 60 * 60 * 1000;
/** 10:00 in Sweden on the day. */
const at = (day: string) => new Date(`${day}T09:00:00Z`);
const daysAfter = (day: string, days: number) => new Date(at(day).getTime() + days * DAY_MS);

/** A case of `category` registered on `registeredOn` and, when `decidedAfterDays` is given, decided that many days later. */
async function newCase(category: string, registeredOn: string, decidedAfterDays?: number) {
  const application = await db.application.create({
    data: { formId: form.id, formVersion: form.version, answers: {}, sponsorPersonalIdentityNumber: '198001019802', submittedAt: at(registeredOn) },
  });
  const created = await db.case.create({
    data: { controlNumber: randomUUID(), designationNumber: '1', category, applicationId: application.id, events: { create: openingEvent(at(registeredOn)) } },
  });
  if (decidedAfterDays !== undefined) {
    await db.$transaction((tx) => recordCaseEvent(tx, { caseId: created.id, event: 'DECIDED', at: daysAfter(registeredOn, decidedAfterDays) }));
  }
  return created;
}

const figuresOn = async (category: string, day: string) => {
  await moveClockTo(db, at(day));
  const { decisions, medianDays, p80Days, waiting } = await computeProcessingTimes(db, category, await serviceClock(db));
  return { decisions, medianDays, p80Days, waiting };
};

describe('R-PROC-04 processing times from the case events', () => {
  test('R-PROC-04 median and 80th percentile of the days from registration to decision, and the cases that wait', async () => {
    const category = 'spans';
    for (const days of [40, 10, 50, 20, 30]) await newCase(category, '2026-03-02', days);
    await newCase(category, '2026-05-01');
    await newCase(category, '2026-05-02');
    const closed = await newCase(category, '2026-05-03');
    await db.case.update({ where: { id: closed.id }, data: { state: 'CLOSED' } });
    // Another category's cases count for that category only.
    await newCase('elsewhere', '2026-03-02', 1);
    await newCase('elsewhere', '2026-03-02');

    // Five spans 10…50: the median is the middle one; the 80th percentile lies a fifth of the way from 40 to 50.
    expect(await figuresOn(category, '2026-12-01')).toEqual({ decisions: 5, medianDays: 30, p80Days: 42, waiting: 2 });
    expect(await figuresOn('elsewhere', '2026-12-01')).toEqual({ decisions: 1, medianDays: 1, p80Days: 1, waiting: 1 });
  });

  test('R-PROC-04 only decisions of the twelve months up to today by the clock count', async () => {
    const category = 'window';
    await newCase(category, '2026-01-01', 9); // decided 10 January 2026
    await newCase(category, '2026-06-01', 19); // decided 20 June 2026

    expect(await figuresOn(category, '2026-06-19')).toEqual({ decisions: 1, medianDays: 9, p80Days: 9, waiting: 0 });
    expect(await figuresOn(category, '2026-06-20')).toMatchObject({ decisions: 2, medianDays: 14 });
    // A year on, the decision of 10 January 2026 is counted for the last time on 9 January 2027.
    expect(await figuresOn(category, '2027-01-09')).toMatchObject({ decisions: 2 });
    expect(await figuresOn(category, '2027-01-10')).toEqual({ decisions: 1, medianDays: 19, p80Days: 19, waiting: 0 });
    expect(await figuresOn(category, '2027-06-20')).toEqual({ decisions: 0, medianDays: null, p80Days: null, waiting: 0 });
  });

  test('R-PROC-04 no decisions: no figures (not zeros), and the cases that wait still counted', async () => {
    const category = 'undecided';
    await newCase(category, '2026-11-01');
    expect(await figuresOn(category, '2026-12-01')).toEqual({ decisions: 0, medianDays: null, p80Days: null, waiting: 1 });
    expect(await figuresOn('no-cases-at-all', '2026-12-01')).toEqual({ decisions: 0, medianDays: null, p80Days: null, waiting: 0 });
  });

  test('R-PROC-04 the job works out the figures when the jobs start and keeps them for the pages', async () => {
    const category = applicationForm.submission?.kind === 'register-cases' ? applicationForm.submission.category : '';
    for (const days of [3, 5, 7]) await newCase(category, '2026-10-01', days);
    await newCase(category, '2026-11-20');
    await moveClockTo(db, at('2026-12-01'));
    expect(await processingTimesOf(db, category)).toBeNull();

    const jobs = await startJobs({ connectionString: url, database: () => db });
    try {
      for (let waited = 0; !(await processingTimesOf(db, category)) && waited < 30_000; waited += 100) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await jobs.stop();
    }
    const kept = await processingTimesOf(db, category);
    expect(kept).toMatchObject({ category, decisions: 3, medianDays: 5, p80Days: 6.2, waiting: 1 });
    expect(kept?.computedAt.toISOString().slice(0, 10)).toBe('2026-12-01');
  });
});
