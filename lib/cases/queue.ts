// The caseworker's queue: the cases of a scope, filtered, in order of registration and read a
// page at a time by keyset (registration instant, id), never by OFFSET, so that a page costs
// the same at the millionth case as at the first. Filters come from the address (a GET form),
// so every value is checked here and anything unknown is left out rather than refused.
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { CaseState } from '@/lib/db/generated/enums';
import { caseViews, whereFor, type CaseScope, type CaseView } from './queries';

export const QUEUE_PAGE_SIZE = 25;

export type QueueOrder = 'oldest' | 'newest';

export interface QueueFilters {
  state?: CaseState;
  category?: string;
  missionId?: string;
  questionnaireOverdue?: boolean;
  awaitingSupplement?: boolean;
  supplementReceived?: boolean;
  /** Days in Sweden (YYYY-MM-DD), both included. */
  registeredFrom?: string;
  registeredTo?: string;
  order: QueueOrder;
}

/** A position in the queue: the registration instant and id of the case it is next to. */
export interface QueueCursor {
  at: Date;
  id: string;
}

/** Which way to read from a cursor: the cases after it in the queue's order, or those before it. */
export type QueuePosition = { after: QueueCursor } | { before: QueueCursor } | null;

export interface QueuePage {
  cases: CaseView[];
  /** The cursor of the next page (`after`) and of the previous one (`before`); null at either end. */
  next: QueueCursor | null;
  previous: QueueCursor | null;
}

export type QueueDateError = 'notADate' | 'fromAfterTo';

export interface ParsedQueueQuery {
  filters: QueueFilters;
  position: QueuePosition;
  /** What was typed in each date field, shown again as it was; the error, if any, per field. */
  dates: { from: string; to: string };
  dateErrors: { from?: QueueDateError; to?: QueueDateError };
}

type SearchParams = Record<string, string | string[] | undefined>;

// Long enough for any real value; a longer one is hostile and is cut before it is looked at.
const MAX_VALUE = 100;

/** One value of a parameter: the first when it is repeated, cut to a sane length. */
function one(params: SearchParams, name: string): string {
  const value = params[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.slice(0, MAX_VALUE).trim() : '';
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `day` is a real calendar date written YYYY-MM-DD. */
export function isDay(day: string): boolean {
  const match = DAY.exec(day);
  if (!match) return false;
  const [year, month, date] = match.slice(1).map(Number) as [number, number, number];
  const utc = new Date(Date.UTC(year, month - 1, date));
  return year >= 1900 && utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === date;
}

/** The instant a day in Sweden begins (cases are registered at an instant, counted by Swedish day). */
export function swedishMidnight(day: string): Date {
  const utcMidnight = new Date(`${day}T00:00:00Z`);
  const offsetAt = (at: Date) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
        .formatToParts(at)
        .map((part) => [part.type, part.value]),
    );
    return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute)) - at.getTime();
  };
  // Sweden changes its clocks at night, never at midnight: the offset an hour or two off is the one at midnight.
  return new Date(utcMidnight.getTime() - offsetAt(new Date(utcMidnight.getTime() - offsetAt(utcMidnight))));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export const formatCursor = (cursor: QueueCursor): string => `${cursor.at.toISOString()}_${cursor.id}`;

export function parseCursor(text: string): QueueCursor | null {
  const [at, id, ...rest] = text.split('_');
  if (rest.length || !at || !id || !INSTANT.test(at) || !UUID.test(id)) return null;
  const instant = new Date(at);
  return Number.isNaN(instant.getTime()) ? null : { at: instant, id: id.toLowerCase() };
}

const STATES = Object.values(CaseState) as string[];

/**
 * The queue's filters and position from the address. A value that is not one of the options
 * (an unknown state, mission or category, a broken cursor) is ignored; a date that is not a
 * date, or a "from" after "to", is an error for that field and leaves the dates out, keeping
 * every other filter.
 */
export function parseQueueQuery(params: SearchParams, options: { categories: readonly string[]; missionIds: readonly string[] }): ParsedQueueQuery {
  const state = one(params, 'state');
  const category = one(params, 'category');
  const missionId = one(params, 'mission');
  const filters: QueueFilters = {
    state: STATES.includes(state) ? (state as CaseState) : undefined,
    category: options.categories.includes(category) ? category : undefined,
    missionId: options.missionIds.includes(missionId) ? missionId : undefined,
    questionnaireOverdue: one(params, 'overdue') === '1' || undefined,
    awaitingSupplement: one(params, 'awaitingSupplement') === '1' || undefined,
    supplementReceived: one(params, 'supplementReceived') === '1' || undefined,
    order: one(params, 'order') === 'newest' ? 'newest' : 'oldest',
  };
  const dates = { from: one(params, 'from'), to: one(params, 'to') };
  const dateErrors: ParsedQueueQuery['dateErrors'] = {};
  if (dates.from && !isDay(dates.from)) dateErrors.from = 'notADate';
  if (dates.to && !isDay(dates.to)) dateErrors.to = 'notADate';
  if (!dateErrors.from && !dateErrors.to && dates.from && dates.to && dates.from > dates.to) dateErrors.from = 'fromAfterTo';
  if (!dateErrors.from && !dateErrors.to) {
    filters.registeredFrom = dates.from || undefined;
    filters.registeredTo = dates.to || undefined;
  }
  const after = parseCursor(one(params, 'after'));
  const before = parseCursor(one(params, 'before'));
  const position: QueuePosition = after ? { after } : before ? { before } : null;
  return { filters, position, dates, dateErrors };
}

/** The filters as a Prisma condition, always within the reader's scope. */
export function queueWhere(scope: CaseScope, filters: QueueFilters): Prisma.CaseWhereInput {
  const conditions: Prisma.CaseWhereInput[] = [whereFor(scope)];
  if (filters.state) conditions.push({ state: filters.state });
  if (filters.category) conditions.push({ category: filters.category });
  if (filters.missionId) conditions.push({ missionId: filters.missionId });
  if (filters.questionnaireOverdue) conditions.push({ state: 'QUESTIONNAIRE_OVERDUE' });
  if (filters.awaitingSupplement) conditions.push({ state: 'AWAITING_SUPPLEMENT' });
  if (filters.supplementReceived) conditions.push({ events: { some: { type: 'SUPPLEMENT_RECEIVED' } } });
  if (filters.registeredFrom) conditions.push({ createdAt: { gte: swedishMidnight(filters.registeredFrom) } });
  if (filters.registeredTo) {
    const dayAfter = new Date(new Date(`${filters.registeredTo}T00:00:00Z`).getTime() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    conditions.push({ createdAt: { lt: swedishMidnight(dayAfter) } });
  }
  return { AND: conditions };
}

/** The cases beyond `cursor` going `direction` through (registration instant, id). */
function beyond(cursor: QueueCursor, direction: 'asc' | 'desc'): Prisma.CaseWhereInput {
  const strictly = direction === 'asc' ? 'gt' : 'lt';
  const orEqual = direction === 'asc' ? 'gte' : 'lte';
  // The first bound alone lets the index find where to start; the second settles ties in time by id.
  return { AND: [{ createdAt: { [orEqual]: cursor.at } }, { OR: [{ createdAt: { [strictly]: cursor.at } }, { id: { [strictly]: cursor.id } }] }] };
}

const cursorOf = (item: CaseView): QueueCursor => ({ at: item.registeredAt, id: item.id });

/** One page of the queue. */
export async function queuePage(scope: CaseScope, filters: QueueFilters, position: QueuePosition, pageSize = QUEUE_PAGE_SIZE): Promise<QueuePage> {
  const forward: 'asc' | 'desc' = filters.order === 'oldest' ? 'asc' : 'desc';
  const backward = forward === 'asc' ? 'desc' : 'asc';
  // Reading backwards (a previous page) walks the other way from the cursor and turns the rows round.
  const direction = position && 'before' in position ? backward : forward;
  const cursor = position && ('before' in position ? position.before : position.after);
  const where = queueWhere(scope, filters);
  const rows = await caseViews({
    where: cursor ? { AND: [where, beyond(cursor, direction)] } : where,
    orderBy: [{ createdAt: direction }, { id: direction }],
    take: pageSize + 1,
  });
  const more = rows.length > pageSize;
  const shown = rows.slice(0, pageSize);
  if (direction !== forward) shown.reverse();
  const first = shown[0];
  const last = shown.at(-1);
  const readingBack = direction !== forward;
  return {
    cases: shown,
    // Having read back from a cursor, the cursor's page follows; having read forward from one, it precedes.
    next: last && (readingBack || more) ? cursorOf(last) : null,
    previous: first && (readingBack ? more : cursor !== null) ? cursorOf(first) : null,
  };
}

export interface QueueCounts {
  total: number;
  states: Partial<Record<CaseState, number>>;
  categories: Record<string, number>;
  missions: Record<string, number>;
  supplementReceived: number;
}

/**
 * How many cases of the scope each filter option holds (not narrowed by the other filters: the
 * counts tell the caseworker where the work is). Read from the counts the database keeps
 * (case_count): counting a million cases here took 350 ms a page (bench/queue).
 */
export async function queueCounts(scope: CaseScope): Promise<QueueCounts> {
  if (scope.kind === 'applicant') throw new Error('The queue is for staff');
  const rows = await db().caseCount.findMany({ where: scope.kind === 'missions' ? { missionId: { in: scope.missionIds } } : {} });
  const counts: QueueCounts = { total: 0, states: {}, categories: {}, missions: {}, supplementReceived: 0 };
  const add = (into: Record<string, number>, key: string, count: number) => (into[key] = (into[key] ?? 0) + count);
  for (const row of rows) {
    if (row.cases === 0) continue;
    counts.total += row.cases;
    add(counts.states, row.state, row.cases);
    add(counts.categories, row.category, row.cases);
    if (row.missionId) add(counts.missions, row.missionId, row.cases);
    if (row.supplementReceived) counts.supplementReceived += row.cases;
  }
  return counts;
}
