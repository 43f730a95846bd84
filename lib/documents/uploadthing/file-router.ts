// UploadThing's FileRouter: for each document type, the types, size and count from the one
// declaration (lib/documents/rules.ts), who may upload (the person whose draft it is) and
// what happens after: the bytes are fetched back and pass the same server checks as every
// other upload (lib/documents/intake.ts); the transit copy at UploadThing is then deleted.
import { Readable } from 'node:stream';
import { createUploadthing, type FileRouter } from 'uploadthing/next';
import { UploadThingError, UTApi } from 'uploadthing/server';
import { z } from 'zod';
import { db } from '@/lib/db/client';
import { currentDocumentSlot } from '../current-slot';
import { receiveDocument, type Refusal } from '../intake';
import { documentRules } from '../rules';
import { scannerFromEnvironment } from '../scanner';
import { documentStorage } from '../storage';

const f = createUploadthing();

/** What the browser gets back for each file. */
export type UploadOutcome = { outcome: 'kept' | Refusal | 'broken' };

function routeFor(documentType: string) {
  const { maxFileSizeMB, maxFileCount } = documentRules[documentType]!;
  const limits = { maxFileSize: `${maxFileSizeMB}MB` as const, maxFileCount };
  return f({ pdf: limits, 'image/jpeg': limits, 'image/png': limits, 'image/heic': limits })
    .input(z.object({ fieldId: z.string().max(100) }))
    .middleware(async ({ input }) => {
      const found = await currentDocumentSlot(input.fieldId);
      if (found?.slot.documentType !== documentType) throw new UploadThingError({ code: 'BAD_REQUEST', message: 'No such document slot' });
      // (Spread: UploadThing wants a plain record.)
      return { ...found.slot };
    })
    .onUploadComplete(async ({ metadata, file }): Promise<UploadOutcome> => {
      try {
        const fetched = await fetch(file.ufsUrl);
        if (!fetched.ok || !fetched.body) return { outcome: 'broken' };
        const intake = await receiveDocument(
          db(),
          { storage: documentStorage(), scanner: scannerFromEnvironment() },
          metadata,
          { name: file.name, content: Readable.fromWeb(fetched.body as never) },
        );
        return { outcome: intake.kept ? 'kept' : intake.refusal };
      } finally {
        // Kept or not, the checked copy is ours; UploadThing's was only the way in.
        await new UTApi().deleteFiles(file.key);
      }
    });
}

/** One route per document type, named as the type. */
export const documentRouter = Object.fromEntries(Object.keys(documentRules).map((type) => [type, routeFor(type)])) satisfies FileRouter;
export type DocumentRouter = typeof documentRouter;
