// The documents of a registered case, and their download by staff.
import { Readable } from 'node:stream';
import { recordStaffRead } from '@/lib/audit';
import { caseIn, staffRole, staffScope, type StaffArea } from '@/lib/cases/queries';
import type { Database } from '@/lib/db/client';
import { isUuid } from '@/lib/ids';
import { accessDenial, areaAccess } from '@/lib/identity/access';
import { currentPerson } from '@/lib/identity/session';
import { documentStorage } from './storage';

/** The documents sent with a case's application (a family member's case shows the main application's). */
export async function documentsOfCase(db: Database, caseId: string) {
  const registered = await db.case.findUnique({ where: { id: caseId }, select: { application: { select: { id: true, mainApplicationId: true } } } });
  if (!registered) return [];
  const applicationId = registered.application.mainApplicationId ?? registered.application.id;
  return db.document.findMany({ where: { draft: { submittedApplicationId: applicationId } }, orderBy: { createdAt: 'asc' } });
}

/**
 * A document for staff (R-TOU-02): only for a case within the reader's scope, always as an
 * attachment, never cached, and written to the audit log. Files are never public.
 */
export async function staffDownload(db: Database, area: StaffArea, request: Request, caseId: string, documentId: string): Promise<Response> {
  const person = await currentPerson(request.headers);
  const refused = () => new Response('Forbidden', { status: 403, headers: { 'Cache-Control': 'no-store' } });
  if (!person || accessDenial(areaAccess[area]!, person)) return refused();
  const item = isUuid(caseId) ? await caseIn(staffScope(area, person), caseId) : null;
  const document = item ? (await documentsOfCase(db, item.id)).find((candidate) => candidate.id === documentId) : undefined;
  const content = document ? await documentStorage().get(document.storageKey) : null;
  if (!document || !content) return refused();
  await recordStaffRead(db, { accountId: person.accountId, role: staffRole[area] }, {
    action: 'document.read',
    objectType: 'document',
    objectId: document.id,
  });
  return new Response(Readable.toWeb(content) as ReadableStream, {
    headers: {
      'Content-Type': document.mimeType,
      'Content-Length': String(document.size),
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(document.displayName)}`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
