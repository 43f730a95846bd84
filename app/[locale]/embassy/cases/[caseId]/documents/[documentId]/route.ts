import { db } from '@/lib/db/client';
import { staffDownload } from '@/lib/documents/of-case';

/** A document of the case, for the staff who may read the case (proxy.ts checks the case first). */
export async function GET(request: Request, { params }: { params: Promise<{ caseId: string; documentId: string }> }) {
  const { caseId, documentId } = await params;
  return staffDownload(db(), 'embassy', request, caseId, documentId);
}
