import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { CaseView } from '@/lib/cases/queries';
import { formatDate } from '@/lib/i18n/format';

/** A table of cases, each linking to its page under `basePath`. */
export async function CaseList({ cases, basePath, missionNames }: { cases: CaseView[]; basePath: string; missionNames: Record<string, string> }) {
  const t = await getTranslations('Staff.cases');
  const locale = await getLocale();
  if (cases.length === 0) return <p>{t('none')}</p>;
  return (
    // Focusable, so that the columns beyond a narrow screen can be scrolled to by keyboard.
    <div className="ak-table-scroll" role="region" aria-label={t('tableLabel')} tabIndex={0}>
      <table className="ak-table">
        <thead>
          <tr>
            <th scope="col">{t('controlNumber')}</th>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('category')}</th>
            <th scope="col">{t('registeredOn')}</th>
            <th scope="col">{t('mission')}</th>
            <th scope="col">{t('state')}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((item) => (
            <tr key={item.id}>
              <td>
                <Link href={`${basePath}/${item.id}`}>{item.controlNumber}</Link>
              </td>
              <td>
                {item.applicantName}
                {item.mainApplicationId ? <div className="ak-hint">{t('roleMember')}</div> : null}
              </td>
              <td>{t(`categories.${item.category}` as 'categories.family-reunion-close-relative')}</td>
              <td>{formatDate(locale, item.registeredOn, 'UTC')}</td>
              <td>{item.missionId ? (missionNames[item.missionId] ?? item.missionId) : ''}</td>
              <td>{t(`states.${item.state}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A case's dated timeline (R-MS-02): its events in order. */
export async function CaseTimeline({ item }: { item: CaseView }) {
  const t = await getTranslations('Staff.cases');
  const locale = await getLocale();
  return (
    <>
      <dl className="ak-summary-list">
        <div className="ak-summary-list__row">
          <dt className="ak-summary-list__key">{t('category')}</dt>
          <dd className="ak-summary-list__value">{t(`categories.${item.category}` as 'categories.family-reunion-close-relative')}</dd>
        </div>
        <div className="ak-summary-list__row">
          <dt className="ak-summary-list__key">{t('state')}</dt>
          <dd className="ak-summary-list__value">{t(`states.${item.state}`)}</dd>
        </div>
      </dl>
      <h2>{t('timeline')}</h2>
      <ol className="ak-timeline">
        {item.events.map((event, index) => (
          <li key={index}>
            <time dateTime={event.occurredOn.toISOString().slice(0, 10)}>
              {formatDate(locale, event.occurredOn, 'UTC')}
            </time>{' '}
            {t(`events.${event.type}`)}
          </li>
        ))}
      </ol>
    </>
  );
}
