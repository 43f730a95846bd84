import { Readable } from 'node:stream';
import busboy from 'busboy';
import { db } from '@/lib/db/client';
import { currentDocumentSlot } from '@/lib/documents/current-slot';
import { receiveDocument, type Intake } from '@/lib/documents/intake';
import { scannerFromEnvironment } from '@/lib/documents/scanner';
import { documentStorage } from '@/lib/documents/storage';
import { route } from '@/lib/http/route';
import { seeOther } from '@/lib/http/see-other';
import { returnToQuery } from '@/lib/applications/return-to';
import { applicationWizard, pagePath } from '@/lib/wizard';

/**
 * A document posted by the plain upload form of a document page (multipart, no JavaScript
 * needed), to a slot of the visitor's own draft. The file streams through the checks of
 * lib/documents/intake.ts; the page then says what happened to it.
 */
export const POST = route<{ fieldId: string }>({ name: 'document.upload', access: 'anyone' }, async ({ request, params, locale }) => {
  const wizard = applicationWizard(locale);
  const found = await currentDocumentSlot(params.fieldId);
  if (!found || !request.body || !request.headers.get('content-type')?.startsWith('multipart/form-data')) return seeOther(wizard.base);
  const returnTo = returnToQuery(new URL(request.url).searchParams.get('returnTo'), '&');
  const back = (outcome: string) => seeOther(`${pagePath(wizard, found.pageId)}?upload=${outcome}${returnTo}`);

  const intake = await new Promise<Intake | 'no-file'>((resolve, reject) => {
    let first: Promise<Intake> | null = null;
    // The name as sent, paths and all: a name that tries to climb out of its folder is refused, not trimmed.
    const parser = busboy({ headers: Object.fromEntries(request.headers), preservePath: true, limits: { files: 1, fields: 5 } });
    parser.on('file', (_name, content, info) => {
      // One file a post; an empty file box sends a file with no name.
      if (first || !info.filename) return content.resume();
      first = receiveDocument(db(), { storage: documentStorage(), scanner: scannerFromEnvironment() }, found.slot, { name: info.filename, content });
      // A failed intake (the client gone, a stalled body) ends the post at once.
      first.catch(reject);
    });
    parser.on('error', reject);
    parser.on('close', () => (first ? first.then(resolve, reject) : resolve('no-file')));
    // A client that goes away mid-body: the parser, and with it the file's stream, end with an error.
    request.signal.addEventListener('abort', () => parser.destroy(new Error('The client went away')));
    const body = Readable.fromWeb(request.body as never);
    body.on('error', (error) => parser.destroy(error));
    body.pipe(parser);
  }).catch(() => 'broken' as const);
  if (intake === 'no-file' || intake === 'broken') return back(intake);
  return back(intake.kept ? 'kept' : intake.refusal);
});
