// Every upload, whichever way it came, passes the same checks on the server before anything
// is kept (R-DOC-04): the name, the real size, the type from the content, the content read as
// that type (content.ts), the slot's count, the application's quota and a virus scan. The
// bytes go to a temporary file while they are counted and hashed; what fails is deleted and
// explained, and nothing of it is stored.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileTypeFromFile } from 'file-type';
import type { Database } from '@/lib/db/client';
import { contentProblem, type ContentProblem } from './content';
import { ACCEPTED_TYPES, APPLICATION_QUOTA_BYTES, documentRules, type AcceptedType } from './rules';
import type { Scanner } from './scanner';
import type { DocumentStorage } from './storage';

export type Refusal =
  | 'bad-name'
  | 'empty'
  | 'too-large'
  | 'wrong-type'
  | ContentProblem
  | 'too-many'
  | 'quota'
  | 'infected'
  | 'scan-unavailable'
  | 'no-such-slot';

export interface Slot {
  draftId: string;
  fieldId: string;
  documentType: string;
}

export type Intake = { kept: true; documentId: string } | { kept: false; refusal: Refusal };

/**
 * Characters that are not seen but change what is: controls, and format characters such as
 * the bidirectional overrides and isolates, zero-width spaces and joiners, marks and the byte
 * order mark (Unicode Cc and Cf), line and paragraph separators, and halves of surrogate pairs. "invoice\u202Efdp.exe" would show as "invoiceexe.pdf".
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

/** A name to show the person, or null when it tries to reach outside its folder or hides characters. */
export function displayNameOf(name: string): string | null {
  if (!name || /[/\\]/.test(name) || INVISIBLE.test(name) || name.split('.').every((part) => part === '')) return null;
  if (name.includes('..')) return null;
  // By code point, so that the cut never splits a pair.
  return Array.from(name.normalize('NFC')).slice(0, 120).join('');
}

/**
 * Counts and hashes the bytes on their way to `file`. Past `maxBytes` the rest is read and
 * dropped (the post must still be read to its end to answer it), and `tooLarge` is set.
 */
async function spool(content: Readable, file: string, maxBytes: number): Promise<{ size: number; sha256: string; tooLarge: boolean }> {
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, next) {
      size += chunk.length;
      if (size > maxBytes) return next();
      hash.update(chunk);
      next(null, chunk);
    },
  });
  await pipeline(content, meter, fs.createWriteStream(file, { mode: 0o600 }));
  return { size, sha256: hash.digest('hex'), tooLarge: size > maxBytes };
}

export async function receiveDocument(
  db: Database,
  { storage, scanner }: { storage: DocumentStorage; scanner: Scanner | null },
  slot: Slot,
  upload: { name: string; content: Readable },
): Promise<Intake> {
  const refuse = async (refusal: Refusal): Promise<Intake> => {
    upload.content.resume(); // the rest of the post is read and dropped
    return { kept: false, refusal };
  };
  const rule = documentRules[slot.documentType];
  if (!rule) return refuse('no-such-slot');
  const displayName = displayNameOf(upload.name);
  if (!displayName) return refuse('bad-name');
  // A full slot is refused before the bytes are read; the count is checked again under lock below.
  if ((await db.document.count({ where: { draftId: slot.draftId, fieldId: slot.fieldId } })) >= rule.maxFileCount) return refuse('too-many');

  const temporary = path.join(os.tmpdir(), `anknytning-upload-${randomUUID()}`);
  try {
    const measured = await spool(upload.content, temporary, rule.maxFileSize);
    if (measured.tooLarge) return { kept: false, refusal: 'too-large' };
    if (measured.size === 0) return { kept: false, refusal: 'empty' };
    const detected = await fileTypeFromFile(temporary);
    if (!detected || !(detected.mime in ACCEPTED_TYPES)) return { kept: false, refusal: 'wrong-type' };
    // Before the scan: what does not even read as its type is not worth sending to clamd.
    const problem = await contentProblem(temporary, detected.mime as AcceptedType);
    if (problem) return { kept: false, refusal: problem };
    const scan = scanner ? await scanner.scanFile(temporary) : null;
    if (scan?.verdict === 'infected') return { kept: false, refusal: 'infected' };
    if (scan?.verdict === 'unavailable') return { kept: false, refusal: 'scan-unavailable' };

    const storageKey = randomUUID();
    await storage.put(storageKey, temporary);
    try {
      // Count and quota again under the draft's lock: two uploads at once cannot both squeeze in.
      const document = await db.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT id FROM draft WHERE id = ${slot.draftId}::uuid FOR UPDATE`;
        if ((await tx.document.count({ where: { draftId: slot.draftId, fieldId: slot.fieldId } })) >= rule.maxFileCount) return 'too-many' as const;
        const used = await tx.document.aggregate({ where: { draftId: slot.draftId }, _sum: { size: true } });
        if ((used._sum.size ?? 0) + measured.size > APPLICATION_QUOTA_BYTES) return 'quota' as const;
        return tx.document.create({
          data: {
            ...slot,
            storageKey,
            displayName,
            size: measured.size,
            mimeType: detected.mime as AcceptedType,
            sha256: measured.sha256,
            scanStatus: scan ? 'CLEAN' : 'NOT_SCANNED',
          },
        });
      });
      if (typeof document === 'string') {
        await storage.delete(storageKey);
        return { kept: false, refusal: document };
      }
      return { kept: true, documentId: document.id };
    } catch (error) {
      await storage.delete(storageKey);
      throw error;
    }
  } finally {
    await fs.promises.rm(temporary, { force: true });
  }
}
