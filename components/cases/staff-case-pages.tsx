import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { titleFrom } from '@/components/layout/page-title';
import { missionNames } from '@/forms';
import { caseIn, familyCasesOf, staffScope, type StaffArea } from '@/lib/cases/queries';
import { documentsOfCase } from '@/lib/documents/of-case';
import { ACCEPTED_TYPES } from '@/lib/documents/rules';
import { db } from '@/lib/db/client';
import { guardPage } from '@/lib/identity/guard';
import type { Locale } from '@/lib/i18n/routing';
import { CaseList, CaseTimeline } from './CaseList';
import { QueueFilterForm, QueuePagination } from './QueueFilters';
import { parseQueueQuery, queueCounts, queuePage } from '@/lib/cases/queue';
import { CaseQuestionnaireSection } from './CaseQuestionnaire';
import { questionnaireOfCase } from '@/lib/cases/questionnaires';

type Area = StaffArea;
type ListProps = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
type CaseProps = { params: Promise<{ locale: string; caseId: string }> };


/**
 * The case list and case page of a staff area, each guarding itself: only the area's role is
 * admitted, every read is written to the audit log (R-TOU-02) and each query keeps to the
 * reader's scope (embassy staff: their own missions, R-INT-04).
 */
export function staffCasePages(area: Area) {
  return {
    generateMetadata: titleFrom(`Staff.${area}`),
    async ListPage({ params, searchParams }: ListProps) {
      const { locale } = await params;
      setRequestLocale(locale);
      const { person, audit } = await guardPage(locale, { area });
      const t = await getTranslations({ locale, namespace: `Staff.${area}` });
      const casesT = await getTranslations({ locale, namespace: 'Staff.cases' });
      const names = missionNames(locale as Locale);
      const scope = staffScope(area, person);
      const missionIds = area === 'embassy' ? person.missionIds : Object.keys(names);
      const categories = Object.keys(casesT.raw('categories') as Record<string, string>);
      const parsed = parseQueueQuery(await searchParams, { categories, missionIds });
      const [page, counts] = await Promise.all([queuePage(scope, parsed.filters, parsed.position), queueCounts(scope)]);
      await audit({ action: 'case.list', objectType: 'case', outcome: 'SUCCESS' });
      const listPath = `/${locale}/${area}`;
      return (
        <>
          <h1>{t('title')}</h1>
          {area === 'embassy' ? <p>{t('missions', { missions: person.missionIds.map((id) => names[id] ?? id).join(', ') })}</p> : null}
          <QueueFilterForm action={listPath} parsed={parsed} counts={counts} categories={categories} missions={missionIds.map((id) => ({ id, name: names[id] ?? id }))} />
          <h2>{casesT('queue.resultsTitle')}</h2>
          <CaseList cases={page.cases} basePath={`${listPath}/cases`} missionNames={names} />
          <QueuePagination basePath={listPath} filters={parsed.filters} previous={page.previous} next={page.next} />
        </>
      );
    },
    async CasePage({ params }: CaseProps) {
      const { locale, caseId } = await params;
      setRequestLocale(locale);
      const { person, audit } = await guardPage(locale, { record: `${area}/cases`, id: caseId });
      const scope = staffScope(area, person);
      const item = await caseIn(scope, caseId);
      if (!item) notFound();
      await audit({ action: 'case.read', objectType: 'case', objectId: item.id, outcome: 'SUCCESS' });
      const t = await getTranslations({ locale, namespace: `Staff.${area}` });
      const cases = await getTranslations({ locale, namespace: 'Staff.cases' });
      // The sponsor's answers are for the caseworker, who decides; the embassy holds the interview.
      const [family, { documents, shared }, questionnaire] = await Promise.all([
        familyCasesOf(scope, item),
        documentsOfCase(db(), item.id),
        area === 'caseworker' ? questionnaireOfCase(item.id) : null,
      ]);
      // A family's cases share one mission, so the main applicant's case is always within the reader's scope.
      const main = item.mainApplicationId ? family.find((other) => other.mainApplicationId === null) : undefined;
      const casePath = (id: string) => `/${locale}/${area}/cases/${id}`;
      return (
        <>
          <Link href={`/${locale}/${area}`} className="ak-back-link">
            {cases('back')}
          </Link>
          <h1>{t('caseTitle', { controlNumber: item.controlNumber })}</h1>
          <p className="ak-lead">{item.applicantName}</p>
          {family.length ? <p>{item.mainApplicationId ? cases('roleMember') : cases('roleMain')}</p> : null}
          <CaseTimeline item={item} />
          {family.length ? (
            <>
              <h2>{cases('familyTitle')}</h2>
              <table className="ak-table">
                <thead>
                  <tr>
                    <th scope="col">{cases('name')}</th>
                    <th scope="col">{cases('role')}</th>
                    <th scope="col">{cases('controlNumber')}</th>
                  </tr>
                </thead>
                <tbody>
                  {family.map((other) => (
                    <tr key={other.id}>
                      <td>{other.applicantName}</td>
                      <td>{other.mainApplicationId ? cases('roleMember') : cases('roleMain')}</td>
                      <td>
                        <Link href={casePath(other.id)}>{other.controlNumber}</Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : null}
          <h2>{shared ? cases('sharedDocumentsTitle') : cases('documentsTitle')}</h2>
          {shared ? (
            <p>
              {main
                ? cases('sharedDocumentsOfMember', { name: item.applicantName, mainName: main.applicantName, controlNumber: main.controlNumber })
                : cases('sharedDocumentsOfMain')}
            </p>
          ) : null}
          {documents.length ? (
            <table className="ak-table">
              <thead>
                <tr>
                  <th scope="col">{cases('documentType')}</th>
                  <th scope="col">{cases('file')}</th>
                  <th scope="col">{cases('fileDetails')}</th>
                </tr>
              </thead>
              <tbody>
                {documents.map((document) => {
                  const type = cases.has(`documentTypes.${document.documentType}`) ? cases(`documentTypes.${document.documentType}`) : document.documentType;
                  return (
                    <tr key={document.id}>
                      <td>{type}</td>
                      <td>
                        {/* A plain link: the route answers with the file as an attachment, and writes the read to the audit log. */}
                        <a href={casePath(`${item.id}/documents/${document.id}`)} download>
                          <bdi>{document.displayName}</bdi>
                          <span className="ak-visually-hidden">{` (${type})`}</span>
                        </a>
                      </td>
                      <td>
                        {ACCEPTED_TYPES[document.mimeType as keyof typeof ACCEPTED_TYPES] ?? document.mimeType}, {Math.ceil(document.size / 1024)} kB
                        {document.scanStatus === 'NOT_SCANNED' ? `, ${cases('notScanned')}` : ''}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          ) : (
            <p>{cases('noDocuments')}</p>
          )}
          <p className="ak-hint">{cases('documentsNotApproved')}</p>
          {questionnaire ? <CaseQuestionnaireSection questionnaire={questionnaire} locale={locale} /> : null}
        </>
      );
    },
  };
}
