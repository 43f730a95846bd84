// The documents of a registered case, and their download by staff.
import { Readable } from 'node:stream';
import { caseIn, staffScope, type StaffArea } from '@/lib/cases/queries';
import { db, type Database } from '@/lib/db/client';
import { errorResponse } from '@/lib/http/error-response';
import { route } from '@/lib/http/route';
import { documentStorage } from './storage';

/** The documents sent with a case's application (a family member's case shows the main application's). */
export async function documentsOfCase(database: Database, caseId: string) {
  const registered = await database.case.findUnique({ where: { id: caseId }, select: { application: { select: { id: true, mainApplicationId: true } } } });
  if (!registered) return [];
  const applicationId = registered.application.mainApplicationId ?? registered.application.id;
  return database.document.findMany({ where: { draft: { submittedApplicationId: applicationId } }, orderBy: { createdAt: 'asc' } });
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
      const document = item ? (await documentsOfCase(db(), item.id)).find((candidate) => candidate.id === params.documentId) : undefined;
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
