// The documents of a registered case, and their download by staff.
import { Readable } from 'node:stream';
import { caseIn, staffScope, type StaffArea } from '@/lib/cases/queries';
import { db, type Database } from '@/lib/db/client';
import { errorResponse } from '@/lib/http/error-response';
import { route } from '@/lib/http/route';
import { documentStorage } from './storage';

/**
 * The documents sent with a case's application. An application stores its documents once, with
 * the main applicant's draft, for everyone applying in it: a family member has none of their
 * own, so their case gets the main application's, marked `shared` (as are the main applicant's
 * when family members applied with them), never passed off as the member's own.
 */
export async function documentsOfCase(database: Database, caseId: string) {
  const registered = await database.case.findUnique({
    where: { id: caseId },
    select: { application: { select: { id: true, mainApplicationId: true, _count: { select: { familyMembers: true } } } } },
  });
  if (!registered) return { documents: [], shared: false };
  const { id, mainApplicationId, _count } = registered.application;
  const documents = await database.document.findMany({
    where: { draft: { submittedApplicationId: mainApplicationId ?? id } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return { documents, shared: mainApplicationId !== null || _count.familyMembers > 0 };
}

/**
 * The download route of a staff area's case documents (R-TOU-02): only for a case within the
 * reader's scope, always as an attachment, never cached, and written to the audit log. Files
 * are never public.
 */
export function staffDownload(area: StaffArea) {
  return route<{ locale: string; caseId: string; documentId: string }>(
    { name: 'document.read', access: ({ caseId }) => ({ record: `${area}/cases`, id: caseId }) },
    async ({ params, person, locale, requestId, audit }) => {
      const item = await caseIn(staffScope(area, person!), params.caseId);
      const document = item ? (await documentsOfCase(db(), item.id)).documents.find((candidate) => candidate.id === params.documentId) : undefined;
      const content = document ? await documentStorage().get(document.storageKey) : null;
      if (!document || !content) return errorResponse('not-found', locale, requestId);
      await audit({ action: 'document.read', objectType: 'document', objectId: document.id, outcome: 'SUCCESS' });
      return new Response(Readable.toWeb(content) as ReadableStream, {
        headers: {
          'Content-Type': document.mimeType,
          'Content-Length': String(document.size),
          'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(document.displayName)}`,
          'Cache-Control': 'private, no-store',
          'X-Content-Type-Options': 'nosniff',
        },
      });
    },
  );
}
