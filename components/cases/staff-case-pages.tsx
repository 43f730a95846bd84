import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { titleFrom } from '@/components/layout/page-title';
import { missionNames } from '@/forms';
import { caseIn, casesIn, staffScope, type StaffArea } from '@/lib/cases/queries';
import { documentsOfCase } from '@/lib/documents/of-case';
import { ACCEPTED_TYPES } from '@/lib/documents/rules';
import { db } from '@/lib/db/client';
import { guardPage } from '@/lib/identity/guard';
import type { Locale } from '@/lib/i18n/routing';
import { CaseList, CaseTimeline } from './CaseList';

type Area = StaffArea;
type ListProps = { params: Promise<{ locale: string }> };
type CaseProps = { params: Promise<{ locale: string; caseId: string }> };


/**
 * The case list and case page of a staff area, each guarding itself: only the area's role is
 * admitted, every read is written to the audit log (R-TOU-02) and each query keeps to the
 * reader's scope (embassy staff: their own missions, R-INT-04).
 */
export function staffCasePages(area: Area) {
  return {
    generateMetadata: titleFrom(`Staff.${area}`),
    async ListPage({ params }: ListProps) {
      const { locale } = await params;
      setRequestLocale(locale);
      const { person, audit } = await guardPage(locale, { area });
      const t = await getTranslations({ locale, namespace: `Staff.${area}` });
      const names = missionNames(locale as Locale);
      const cases = await casesIn(staffScope(area, person));
      await audit({ action: 'case.list', objectType: 'case', outcome: 'SUCCESS' });
      return (
        <>
          <h1>{t('title')}</h1>
          {area === 'embassy' ? <p>{t('missions', { missions: person.missionIds.map((id) => names[id] ?? id).join(', ') })}</p> : null}
          <CaseList cases={cases} basePath={`/${locale}/${area}/cases`} missionNames={names} />
        </>
      );
    },
    async CasePage({ params }: CaseProps) {
      const { locale, caseId } = await params;
      setRequestLocale(locale);
      const { person, audit } = await guardPage(locale, { record: `${area}/cases`, id: caseId });
      const item = await caseIn(staffScope(area, person), caseId);
      if (!item) notFound();
      await audit({ action: 'case.read', objectType: 'case', objectId: item.id, outcome: 'SUCCESS' });
      const t = await getTranslations({ locale, namespace: `Staff.${area}` });
      const cases = await getTranslations({ locale, namespace: 'Staff.cases' });
      const documents = await documentsOfCase(db(), item.id);
      return (
        <>
          <Link href={`/${locale}/${area}`} className="ak-back-link">
            {cases('back')}
          </Link>
          <h1>{t('caseTitle', { controlNumber: item.controlNumber })}</h1>
          <p className="ak-lead">{item.applicantName}</p>
          <CaseTimeline item={item} />
          <h2>{cases('documentsTitle')}</h2>
          {documents.length ? (
            <ul className="ak-uploads__list">
              {documents.map((document) => (
                <li key={document.id} className="ak-uploads__file">
                  {/* A plain link: the route answers with the file as an attachment, and writes the read to the audit log. */}
                  <a href={`/${locale}/${area}/cases/${item.id}/documents/${document.id}`} download>
                    <bdi>{document.displayName}</bdi>
                  </a>
                  <span>
                    {ACCEPTED_TYPES[document.mimeType as keyof typeof ACCEPTED_TYPES] ?? document.mimeType}, {Math.ceil(document.size / 1024)} kB
                    {document.scanStatus === 'NOT_SCANNED' ? `, ${cases('notScanned')}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p>{cases('noDocuments')}</p>
          )}
          <p className="ak-hint">{cases('documentsNotApproved')}</p>
        </>
      );
    },
  };
}
