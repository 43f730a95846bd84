import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { db } from '@/lib/db/client';
import type { CaseState } from '@/lib/db/generated/enums';
import { applyMigrations } from '@/lib/db/migrations';
import { createTestDatabase } from '@/test/database';
import { openingEvent } from './lifecycle';
import { formatCursor, parseQueueQuery, queueCounts, queuePage, swedishMidnight, type QueueFilters, type QueuePosition } from './queue';
import type { CaseScope } from './queries';

beforeAll(async () => {
  const url = await createTestDatabase();
  await applyMigrations(url);
  process.env.DATABASE_URL = url;
});
afterAll(async () => {
  await db().$disconnect();
});

const all: CaseScope = { kind: 'all' };
const oldest: QueueFilters = { order: 'oldest' };

async function newCase({ at, state = 'REGISTERED', missionId = 'amman', supplementReceived = false }: { at: Date; state?: CaseState; missionId?: string; supplementReceived?: boolean }) {
  const application = await db().application.create({
    data: { formId: 'family-reunion', formVersion: 1, answers: { applicantGivenName: 'Leila', applicantFamilyName: 'Haddad' }, submittedAt: at },
  });
  const row = await db().case.create({
    data: {
      controlNumber: randomUUID(),
      designationNumber: '1',
      category: 'family-reunion-close-relative',
      applicationId: application.id,
      state,
      missionId,
      createdAt: at,
      events: { create: [openingEvent(at), ...(supplementReceived ? [{ type: 'SUPPLEMENT_RECEIVED' as const, occurredOn: openingEvent(at).occurredOn }] : [])] },
    },
  });
  return row.id;
}

/** Every page, following "next" from the first, then "previous" back from the last. */
async function walk(scope: CaseScope, filters: QueueFilters, pageSize: number) {
  const forward: string[][] = [];
  let position: QueuePosition = null;
  for (;;) {
    const page = await queuePage(scope, filters, position, pageSize);
    forward.push(page.cases.map((item) => item.id));
    if (!page.next) break;
    position = { after: page.next };
  }
  const backward: string[][] = [forward.at(-1)!];
  let previous = (await queuePage(scope, filters, position, pageSize)).previous;
  while (previous) {
    const page = await queuePage(scope, filters, { before: previous }, pageSize);
    backward.unshift(page.cases.map((item) => item.id));
    previous = page.previous;
  }
  return { forward, backward };
}

describe('the queue', () => {
  // Seven cases at one instant and three at others: page boundaries fall inside the tie.
  const tie = new Date('2026-10-05T08:00:00.000Z');
  const ids: { id: string; at: Date }[] = [];
  beforeAll(async () => {
    for (let i = 0; i < 7; i++) ids.push({ id: await newCase({ at: tie }), at: tie });
    ids.push({ id: await newCase({ at: new Date('2026-10-04T22:30:00.000Z'), state: 'AWAITING_SUPPLEMENT', missionId: 'nairobi' }), at: new Date('2026-10-04T22:30:00.000Z') });
    ids.push({ id: await newCase({ at: new Date('2026-10-06T10:00:00.000Z'), state: 'QUESTIONNAIRE_OVERDUE' }), at: new Date('2026-10-06T10:00:00.000Z') });
    ids.push({ id: await newCase({ at: new Date('2026-10-07T10:00:00.000Z'), state: 'IN_PROGRESS', supplementReceived: true }), at: new Date('2026-10-07T10:00:00.000Z') });
  });
  const expectedOrder = () => [...ids].sort((a, b) => a.at.getTime() - b.at.getTime() || a.id.localeCompare(b.id)).map((item) => item.id);

  test('pages of three neither overlap nor skip, oldest first, even across cases registered at the same instant', async () => {
    const { forward, backward } = await walk(all, oldest, 3);
    expect(forward.map((page) => page.length)).toEqual([3, 3, 3, 1]);
    expect(forward.flat()).toEqual(expectedOrder());
    expect(backward).toEqual(forward);
  });

  test('newest first is the same queue turned round', async () => {
    const { forward, backward } = await walk(all, { order: 'newest' }, 4);
    expect(forward.flat()).toEqual(expectedOrder().reverse());
    expect(backward).toEqual(forward);
  });

  test('the first page has no previous page; a page that ends the queue has no next', async () => {
    const page = await queuePage(all, oldest, null, 20);
    expect(page.previous).toBeNull();
    expect(page.next).toBeNull();
    expect(page.cases).toHaveLength(10);
  });

  test('filters by state, mission, "questionnaire overdue", "waiting for a supplement" and "supplement received"', async () => {
    const idsOf = async (filters: Partial<QueueFilters>) => (await queuePage(all, { ...oldest, ...filters }, null)).cases.map((item) => item.state);
    expect(await idsOf({ state: 'AWAITING_SUPPLEMENT' })).toEqual(['AWAITING_SUPPLEMENT']);
    expect(await idsOf({ missionId: 'nairobi' })).toEqual(['AWAITING_SUPPLEMENT']);
    expect(await idsOf({ questionnaireOverdue: true })).toEqual(['QUESTIONNAIRE_OVERDUE']);
    expect(await idsOf({ awaitingSupplement: true })).toEqual(['AWAITING_SUPPLEMENT']);
    expect(await idsOf({ supplementReceived: true })).toEqual(['IN_PROGRESS']);
    expect(await idsOf({ state: 'DECIDED' })).toEqual([]);
  });

  test('"registered between" counts days in Sweden: 22:30 UTC on 4 October is 5 October there', async () => {
    expect(swedishMidnight('2026-10-05').toISOString()).toBe('2026-10-04T22:00:00.000Z');
    expect(swedishMidnight('2026-12-01').toISOString()).toBe('2026-11-30T23:00:00.000Z');
    const page = await queuePage(all, { ...oldest, registeredFrom: '2026-10-05', registeredTo: '2026-10-05' }, null);
    expect(page.cases).toHaveLength(8);
    const later = await queuePage(all, { ...oldest, registeredFrom: '2026-10-06', registeredTo: '2026-10-07' }, null);
    expect(later.cases.map((item) => item.state)).toEqual(['QUESTIONNAIRE_OVERDUE', 'IN_PROGRESS']);
  });

  test('R-X-03 embassy staff see only their missions\' cases, whatever they filter by or page to', async () => {
    const nairobi: CaseScope = { kind: 'missions', missionIds: ['nairobi'] };
    expect((await queuePage(nairobi, oldest, null)).cases.map((item) => item.missionId)).toEqual(['nairobi']);
    // Asking for another mission, or paging from a case of another mission, shows nothing of it.
    expect((await queuePage(nairobi, { ...oldest, missionId: 'amman' }, null)).cases).toEqual([]);
    expect((await queuePage(nairobi, oldest, { after: { at: new Date(0), id: ids[0]!.id } })).cases.map((item) => item.missionId)).toEqual(['nairobi']);
    expect(await queueCounts(nairobi)).toEqual({ total: 1, states: { AWAITING_SUPPLEMENT: 1 }, categories: { 'family-reunion-close-relative': 1 }, missions: { nairobi: 1 }, supplementReceived: 0 });
  });

  test('counts each filter option within the scope', async () => {
    const counts = await queueCounts(all);
    expect(counts).toMatchObject({ total: 10, states: { REGISTERED: 7, AWAITING_SUPPLEMENT: 1, QUESTIONNAIRE_OVERDUE: 1, IN_PROGRESS: 1 }, missions: { amman: 9, nairobi: 1 }, supplementReceived: 1 });
  });

  // Last: it adds and changes a case.
  test('the kept counts follow a new case, a change of state and mission and a supplement received (counted once), and equal counting the cases', async () => {
    const id = await newCase({ at: new Date('2026-10-08T10:00:00.000Z'), state: 'AWAITING_SUPPLEMENT', missionId: 'nairobi' });
    const received = { caseId: id, type: 'SUPPLEMENT_RECEIVED' as const, occurredOn: new Date('2026-10-09T00:00:00.000Z') };
    await db().caseEvent.create({ data: received });
    await db().caseEvent.createMany({ data: [received, { ...received, type: 'SUPPLEMENT_REQUESTED' }] });
    await db().case.update({ where: { id }, data: { state: 'IN_PROGRESS', missionId: 'amman' } });
    const cases = await db().case.findMany({ include: { events: true } });
    const counted = (keep: (item: (typeof cases)[number]) => boolean) => cases.filter(keep).length;
    expect(await queueCounts(all)).toEqual({
      total: cases.length,
      states: { REGISTERED: 7, AWAITING_SUPPLEMENT: 1, QUESTIONNAIRE_OVERDUE: 1, IN_PROGRESS: 2 },
      categories: { 'family-reunion-close-relative': cases.length },
      missions: { amman: counted((item) => item.missionId === 'amman'), nairobi: counted((item) => item.missionId === 'nairobi') },
      supplementReceived: counted((item) => item.events.some((event) => event.type === 'SUPPLEMENT_RECEIVED')),
    });
    expect(await queueCounts({ kind: 'missions', missionIds: ['amman'] })).toMatchObject({ total: 10, supplementReceived: 2 });
  });
});

describe('the queue read from the address', () => {
  const options = { categories: ['family-reunion-close-relative'], missionIds: ['amman', 'nairobi'] };

  test('known values are taken; unknown states, missions, categories, arrays and huge values are left out', () => {
    const parsed = parseQueueQuery({ state: 'READY_FOR_PROCESSING', mission: ['nairobi', 'amman'], category: 'x'.repeat(100_000), overdue: '1', order: 'newest' }, options);
    expect(parsed.filters).toEqual({ state: 'READY_FOR_PROCESSING', missionId: 'nairobi', order: 'newest', questionnaireOverdue: true });
    expect(parseQueueQuery({ state: 'DROP TABLE', mission: 'mars', order: 'sideways' }, options).filters).toEqual({ order: 'oldest' });
  });

  test('a date that is not a date, or "from" after "to", is an error that keeps the other filters', () => {
    const notADate = parseQueueQuery({ state: 'DECIDED', from: '2026-02-30', to: '2026-03-01' }, options);
    expect(notADate.dateErrors).toEqual({ from: 'notADate' });
    expect(notADate.filters).toEqual({ state: 'DECIDED', order: 'oldest' });
    expect(notADate.dates).toEqual({ from: '2026-02-30', to: '2026-03-01' });
    const reversed = parseQueueQuery({ mission: 'amman', from: '2026-03-02', to: '2026-03-01' }, options);
    expect(reversed.dateErrors).toEqual({ from: 'fromAfterTo' });
    expect(reversed.filters).toEqual({ missionId: 'amman', order: 'oldest' });
    expect(parseQueueQuery({ from: '2026-03-01', to: '2026-03-01' }, options).filters).toMatchObject({ registeredFrom: '2026-03-01', registeredTo: '2026-03-01' });
  });

  test('a cursor round-trips; a broken one means the first page', () => {
    const cursor = { at: new Date('2026-10-05T08:00:00.000Z'), id: randomUUID() };
    expect(parseQueueQuery({ after: formatCursor(cursor) }, options).position).toEqual({ after: cursor });
    expect(parseQueueQuery({ before: formatCursor(cursor) }, options).position).toEqual({ before: cursor });
    for (const broken of ['x', `${cursor.at.toISOString()}_not-a-uuid`, `99999-01-01T00:00:00.000Z_${cursor.id}`, `2026-13-45T99:00:00.000Z_${cursor.id}`]) {
      expect(parseQueueQuery({ after: broken }, options).position).toBeNull();
    }
  });
});
