// Every upload, whichever way it came, passes the same checks on the server before anything
// is kept (R-DOC-04): the name, the real size, the type from the content, the content read as
// that type (content.ts), the slot's count, the application's quota and a virus scan. The
// bytes go to a temporary file while they are counted and hashed; what fails is deleted and
// explained, and nothing of it is stored.
import { createHash, randomUUID } from 'node:crypto';
import { once } from 'node:events';
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
 * The intake's own folder for files on their way in, one per user of the machine (private to
 * it: 0700, and refused if someone else made it). Several app processes may share it.
 */
export function intakeDirectory(): string {
  return path.join(os.tmpdir(), `anknytning-intake-${process.getuid?.() ?? 'user'}`);
}

let directoryReady: Promise<string> | null = null;

function readyIntakeDirectory(): Promise<string> {
  directoryReady ??= (async () => {
    const directory = intakeDirectory();
    await fs.promises.mkdir(directory, { recursive: true, mode: 0o700 });
    const found = await fs.promises.lstat(directory);
    const ours = found.isDirectory() && (process.getuid === undefined || found.uid === process.getuid()) && (found.mode & 0o077) === 0;
    if (!ours) throw new Error(`${directory} is not a private folder of this user`);
    return directory;
  })().catch((error: unknown) => {
    directoryReady = null; // tried again at the next upload
    throw error;
  });
  return directoryReady;
}

/**
 * Every write of an arriving file touches its modification time, and an upload that sends
 * nothing for STALLED_AFTER_MS is given up; the checks, the scan (30 s at most) and storing
 * take far less than this after the last byte. So a file untouched for this long belongs to no
 * live upload, whichever process wrote it. (The sweep takes age, not owner: processes on one
 * machine share the folder and cannot tell each other's files apart once their writer died.)
 */
export const ABANDONED_AFTER_MS = 15 * 60_000;
const STALLED_AFTER_MS = 60_000;

/**
 * Deletes what uploads left in the intake folder when their process ended in the middle (a
 * crash, a kill). Run at start: only files older than ABANDONED_AFTER_MS go, so a sibling
 * process's upload in progress is never touched, and a start-up loop cannot race one.
 */
export async function sweepIntakeDirectory(now = Date.now()): Promise<number> {
  const directory = await readyIntakeDirectory();
  let removed = 0;
  for (const name of await fs.promises.readdir(directory)) {
    const file = path.join(directory, name);
    const found = await fs.promises.lstat(file).catch(() => null); // gone meanwhile
    if (found && now - found.mtimeMs > ABANDONED_AFTER_MS) {
      await fs.promises.rm(file, { force: true, recursive: true });
      removed++;
    }
  }
  return removed;
}

/**
 * Counts and hashes the bytes on their way to `file`. Past `maxBytes` the rest is read and
 * dropped (the post must still be read to its end to answer it), and `tooLarge` is set. A
 * sender that goes quiet for `stalledAfterMs` fails it, as does one whose stream errors or is
 * cut off; the file is closed before this returns, so it can be deleted.
 */
async function spool(content: Readable, file: string, maxBytes: number, stalledAfterMs: number): Promise<{ size: number; sha256: string; tooLarge: boolean }> {
  const hash = createHash('sha256');
  let size = 0;
  const stalled = () => content.destroy(new Error(`The upload sent nothing for ${stalledAfterMs} ms`));
  const timer = setTimeout(stalled, stalledAfterMs);
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, next) {
      timer.refresh();
      size += chunk.length;
      if (size > maxBytes) return next();
      hash.update(chunk);
      next(null, chunk);
    },
  });
  const target = fs.createWriteStream(file, { flags: 'wx', mode: 0o600 });
  try {
    await pipeline(content, meter, target);
  } catch (error) {
    if (!target.closed) await once(target, 'close');
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return { size, sha256: hash.digest('hex'), tooLarge: size > maxBytes };
}

export async function receiveDocument(
  db: Database,
  { storage, scanner }: { storage: DocumentStorage; scanner: Scanner | null },
  slot: Slot,
  upload: { name: string; content: Readable },
  { stalledAfterMs = STALLED_AFTER_MS } = {},
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

  const temporary = path.join(await readyIntakeDirectory(), randomUUID());
  try {
    const measured = await spool(upload.content, temporary, rule.maxFileSize, stalledAfterMs);
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
