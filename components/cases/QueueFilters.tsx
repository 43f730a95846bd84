import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { CaseState } from '@/lib/db/generated/enums';
import { formatCursor, type ParsedQueueQuery, type QueueCounts, type QueueCursor, type QueueFilters } from '@/lib/cases/queue';

const STATES: CaseState[] = [
  'REGISTERED',
  'AWAITING_QUESTIONNAIRE',
  'QUESTIONNAIRE_OVERDUE',
  'READY_FOR_PROCESSING',
  'AWAITING_SUPPLEMENT',
  'IN_PROGRESS',
  'AWAITING_INTERVIEW_BOOKING',
  'INTERVIEW_BOOKED',
  'DECIDED',
  'CLOSED',
];

/** The address of the queue with these filters, at a position; what the form itself would send. */
export function queueHref(basePath: string, filters: QueueFilters, position?: { after: QueueCursor } | { before: QueueCursor }): string {
  const query = new URLSearchParams();
  if (filters.state) query.set('state', filters.state);
  if (filters.category) query.set('category', filters.category);
  if (filters.missionId) query.set('mission', filters.missionId);
  if (filters.questionnaireOverdue) query.set('overdue', '1');
  if (filters.awaitingSupplement) query.set('awaitingSupplement', '1');
  if (filters.supplementReceived) query.set('supplementReceived', '1');
  if (filters.registeredFrom) query.set('from', filters.registeredFrom);
  if (filters.registeredTo) query.set('to', filters.registeredTo);
  if (filters.order === 'newest') query.set('order', 'newest');
  if (position) query.set('after' in position ? 'after' : 'before', formatCursor('after' in position ? position.after : position.before));
  const text = query.toString();
  return text ? `${basePath}?${text}` : basePath;
}

/**
 * The queue's filters: a plain GET form, so the filters are in the address and work without
 * JavaScript. Each option shows how many cases of the reader's scope it holds.
 */
export async function QueueFilterForm({
  action,
  parsed,
  counts,
  categories,
  missions,
}: {
  action: string;
  parsed: ParsedQueueQuery;
  counts: QueueCounts;
  categories: string[];
  missions: { id: string; name: string }[];
}) {
  const t = await getTranslations('Staff.cases');
  const { filters, dates, dateErrors } = parsed;
  const counted = (label: string, count: number | undefined) => t('queue.option', { label, count: count ?? 0 });
  const dateError = (field: 'from' | 'to') => {
    const error = dateErrors[field];
    return error ? t(`queue.errors.${error}`, { field: t(`queue.${field}`) }) : null;
  };
  const errors = (['from', 'to'] as const).filter((field) => dateErrors[field]);
  return (
    <>
      {errors.length ? (
        <div className="ak-error-summary" role="alert" aria-labelledby="queue-error-title">
          <h2 className="ak-error-summary__title" id="queue-error-title">
            {t('queue.errorTitle')}
          </h2>
          <ul className="ak-error-summary__list">
            {errors.map((field) => (
              <li key={field}>
                <a href={`#queue-${field}`}>{dateError(field)}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form method="get" action={action} className="ak-queue-filters">
        <h2>{t('queue.filtersTitle')}</h2>
        <div className="ak-form-group">
          <label className="ak-label" htmlFor="queue-state">
            {t('state')}
          </label>
          <select className="ak-select" id="queue-state" name="state" defaultValue={filters.state ?? ''}>
            <option value="">{counted(t('queue.any'), counts.total)}</option>
            {STATES.map((state) => (
              <option key={state} value={state}>
                {counted(t(`states.${state}`), counts.states[state])}
              </option>
            ))}
          </select>
        </div>
        <div className="ak-form-group">
          <label className="ak-label" htmlFor="queue-category">
            {t('category')}
          </label>
          <select className="ak-select" id="queue-category" name="category" defaultValue={filters.category ?? ''}>
            <option value="">{counted(t('queue.any'), counts.total)}</option>
            {categories.map((category) => (
              <option key={category} value={category}>
                {counted(t(`categories.${category}` as 'categories.family-reunion-close-relative'), counts.categories[category])}
              </option>
            ))}
          </select>
        </div>
        <div className="ak-form-group">
          <label className="ak-label" htmlFor="queue-mission">
            {t('mission')}
          </label>
          <select className="ak-select" id="queue-mission" name="mission" defaultValue={filters.missionId ?? ''}>
            <option value="">{counted(t('queue.any'), counts.total)}</option>
            {missions.map((mission) => (
              <option key={mission.id} value={mission.id}>
                {counted(mission.name, counts.missions[mission.id])}
              </option>
            ))}
          </select>
        </div>
        <div className="ak-form-group">
          <fieldset className="ak-fieldset">
            <legend className="ak-fieldset__legend">{t('queue.onlyLegend')}</legend>
            {(
              [
                ['overdue', 'questionnaireOverdue', counts.states.QUESTIONNAIRE_OVERDUE],
                ['awaitingSupplement', 'awaitingSupplement', counts.states.AWAITING_SUPPLEMENT],
                ['supplementReceived', 'supplementReceived', counts.supplementReceived],
              ] as const
            ).map(([name, key, count]) => (
              <div className="ak-checkboxes__item" key={name}>
                <input className="ak-checkboxes__input" type="checkbox" id={`queue-${name}`} name={name} value="1" defaultChecked={filters[key] === true} />
                <label className="ak-label ak-checkboxes__label" htmlFor={`queue-${name}`}>
                  {counted(t(`queue.${key}`), count)}
                </label>
              </div>
            ))}
          </fieldset>
        </div>
        <div className={errors.length ? 'ak-form-group ak-form-group--error' : 'ak-form-group'}>
          <fieldset className="ak-fieldset" aria-describedby="queue-dates-hint">
            <legend className="ak-fieldset__legend">{t('queue.registeredLegend')}</legend>
            <div className="ak-hint" id="queue-dates-hint">
              {t('queue.dateHint')}
            </div>
            {(['from', 'to'] as const).map((field) => (
              <div className="ak-form-group" key={field}>
                <label className="ak-label" htmlFor={`queue-${field}`}>
                  {t(`queue.${field}`)}
                </label>
                {dateErrors[field] ? (
                  <p className="ak-error-message" id={`queue-${field}-error`}>
                    <span className="ak-visually-hidden">{t('queue.errorPrefix')} </span>
                    {dateError(field)}
                  </p>
                ) : null}
                <input
                  className={dateErrors[field] ? 'ak-input ak-input--w ak-input--error' : 'ak-input ak-input--w'}
                  id={`queue-${field}`}
                  name={field}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  spellCheck={false}
                  defaultValue={dates[field]}
                  aria-describedby={dateErrors[field] ? `queue-dates-hint queue-${field}-error` : 'queue-dates-hint'}
                  aria-invalid={dateErrors[field] ? true : undefined}
                />
              </div>
            ))}
          </fieldset>
        </div>
        <div className="ak-form-group">
          <label className="ak-label" htmlFor="queue-order">
            {t('queue.order')}
          </label>
          <select className="ak-select" id="queue-order" name="order" defaultValue={filters.order}>
            <option value="oldest">{t('queue.oldest')}</option>
            <option value="newest">{t('queue.newest')}</option>
          </select>
        </div>
        <div className="ak-button-group">
          <button type="submit" className="ak-button">
            {t('queue.apply')}
          </button>
          <Link href={action}>{t('queue.clear')}</Link>
        </div>
      </form>
    </>
  );
}

/** "Previous page" and "Next page", each only when there is such a page. */
export async function QueuePagination({ basePath, filters, previous, next }: { basePath: string; filters: QueueFilters; previous: QueueCursor | null; next: QueueCursor | null }) {
  const t = await getTranslations('Staff.cases');
  if (!previous && !next) return null;
  return (
    <nav aria-label={t('queue.pages')} className="ak-button-group">
      {previous ? (
        <Link href={queueHref(basePath, filters, { before: previous })} rel="prev">
          {t('queue.previous')}
        </Link>
      ) : null}
      {next ? (
        <Link href={queueHref(basePath, filters, { after: next })} rel="next">
          {t('queue.next')}
        </Link>
      ) : null}
    </nav>
  );
}
