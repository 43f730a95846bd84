import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PrismaClient } from '@/lib/db/generated/client';
import { createMigratedDatabase } from '@/test/database';
import { onePagePdf, pdfOfSize, streamObject, testFiles } from '@/test/files';
import { ABANDONED_AFTER_MS, displayNameOf, intakeDirectory, receiveDocument, sweepIntakeDirectory, type Slot } from './intake';
import { startLocalClamd, type LocalClamd } from './local-clamd';
import { documentRules } from './rules';
import { clamdScanner } from './scanner';
import { diskStorage } from './storage';

let db: PrismaClient;
let clamd: LocalClamd | null;
const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'anknytning-documents-'));
const storage = diskStorage(directory);

beforeAll(async () => {
  db = await createMigratedDatabase();
  clamd = await startLocalClamd(44000 + Math.floor(Math.random() * 1000));
}, 30_000);
afterAll(async () => {
  await clamd?.stop();
  await db?.$disconnect();
  fs.rmSync(directory, { recursive: true, force: true });
});

async function passportSlot(): Promise<Slot> {
  const draft = await db.draft.create({ data: { formId: 'family-reunion', formVersion: 2 } });
  return { draftId: draft.id, fieldId: 'passportCopy', documentType: 'passport' };
}
const services = () => ({ storage, scanner: clamd ? clamdScanner(clamd.address) : null });
const upload = (slot: Slot, file: { name: string; bytes: Buffer }) => receiveDocument(db, services(), slot, { name: file.name, content: Readable.from([file.bytes]) });
const storedFiles = () => fs.readdirSync(directory);
/** Files in the intake's temporary folder that were not there at `before` (other runs may have left some). */
const newIntakeFiles = (before: string[]) => (fs.existsSync(intakeDirectory()) ? fs.readdirSync(intakeDirectory()).filter((name) => !before.includes(name)) : []);
const intakeFiles = () => newIntakeFiles([]);

describe('receiving a document', () => {
  test('R-DOC-04 a PDF, a PNG and a JPEG are kept under random names with their real size, type and SHA-256', async () => {
    expect(clamd, 'ClamAV (clamav-daemon) must be installed for the tests').not.toBeNull();
    const slot = await passportSlot();
    for (const file of [testFiles.pdf, testFiles.png, testFiles.jpeg]) expect(await upload(slot, file)).toMatchObject({ kept: true });
    const documents = await db.document.findMany({ where: { draftId: slot.draftId }, orderBy: { createdAt: 'asc' } });
    expect(documents.map((document) => [document.displayName, document.mimeType, document.size, document.scanStatus])).toEqual([
      ['passport.pdf', 'application/pdf', testFiles.pdf.bytes.length, 'CLEAN'],
      ['photo.png', 'image/png', testFiles.png.bytes.length, 'CLEAN'],
      ['scan.jpg', 'image/jpeg', testFiles.jpeg.bytes.length, 'CLEAN'],
    ]);
    expect(documents[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    for (const document of documents) {
      expect(document.storageKey).not.toContain('passport');
      expect(fs.readFileSync(path.join(directory, document.storageKey)).length).toBe(document.size);
    }
  });

  test('R-DOC-04 every bad file is refused for its own reason, and nothing of it is kept', async () => {
    const slot = await passportSlot();
    const before = storedFiles();
    const intakeBefore = intakeFiles();
    const refusals = [];
    for (const file of [testFiles.executable, testFiles.html, testFiles.empty, testFiles.traversal, testFiles.eicar]) {
      refusals.push(await upload(slot, file));
    }
    refusals.push(await upload(slot, { name: 'big.pdf', bytes: pdfOfSize(documentRules.passport!.maxFileSize + 1) }));
    expect(refusals.map((refusal) => (refusal.kept ? 'kept' : refusal.refusal))).toEqual(['wrong-type', 'wrong-type', 'empty', 'bad-name', 'infected', 'too-large']);
    expect(await db.document.count({ where: { draftId: slot.draftId } })).toBe(0);
    expect(storedFiles()).toEqual(before);
    expect(newIntakeFiles(intakeBefore)).toEqual([]);
  });

  test('R-DOC-04 R-X-01 PDFs that run something, carry a file or are HTML inside, and cut-off images, are refused, and nothing of them is kept', async () => {
    const slot = await passportSlot();
    const before = storedFiles();
    const intakeBefore = intakeFiles();
    const files = [
      onePagePdf({ catalog: '/OpenAction << /S /JavaScript /JS (app.launchURL("https://example.org")) >>' }),
      onePagePdf({ catalog: '/OpenAction << /S /Launch /F (cmd.exe) >>' }),
      onePagePdf({
        catalog: '/Names << /EmbeddedFiles << /Names [(invoice.exe) << /Type /Filespec /F (invoice.exe) /EF << /F 5 0 R >> >>] >> >>',
        more: [streamObject('MZ', { dictionary: '/Type /EmbeddedFile' })],
      }),
      Buffer.from('%PDF-1.4\n<html><script>alert(document.cookie)</script></html>'),
      testFiles.jpeg.bytes.subarray(0, testFiles.jpeg.bytes.length / 2),
      testFiles.png.bytes.subarray(0, testFiles.png.bytes.length - 20),
    ];
    const refusals = [];
    for (const bytes of files) refusals.push(await upload(slot, { name: 'passport.pdf', bytes }));
    expect(refusals.map((refusal) => (refusal.kept ? 'kept' : refusal.refusal))).toEqual(['unsafe-content', 'unsafe-content', 'unsafe-content', 'unsafe-content', 'damaged', 'damaged']);
    expect(await db.document.count({ where: { draftId: slot.draftId } })).toBe(0);
    expect(storedFiles()).toEqual(before);
    expect(newIntakeFiles(intakeBefore)).toEqual([]);
  });

  test('R-DOC-04 R-X-01 an upload whose sender breaks off or goes quiet leaves no file and no row', async () => {
    const slot = await passportSlot();
    const before = storedFiles();
    const intakeBefore = intakeFiles();
    const half = testFiles.pdf.bytes.subarray(0, 100);
    // The connection drops in the middle of the body.
    const broken = new Readable({ read() {} });
    broken.push(half);
    setTimeout(() => broken.destroy(new Error('aborted')), 50);
    await expect(receiveDocument(db, services(), slot, { name: 'passport.pdf', content: broken })).rejects.toThrow('aborted');
    // The sender sends half and then nothing, never closing.
    const quiet = new Readable({ read() {} });
    quiet.push(half);
    await expect(receiveDocument(db, services(), slot, { name: 'passport.pdf', content: quiet }, { stalledAfterMs: 200 })).rejects.toThrow(/sent nothing/);
    expect(await db.document.count({ where: { draftId: slot.draftId } })).toBe(0);
    expect(storedFiles()).toEqual(before);
    expect(newIntakeFiles(intakeBefore)).toEqual([]);
  });

  test('R-DOC-04 the sweep at start removes only files that no upload can still be writing', async () => {
    const folder = intakeDirectory();
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    const abandoned = path.join(folder, `test-abandoned-${process.pid}`);
    const live = path.join(folder, `test-live-${process.pid}`);
    fs.writeFileSync(abandoned, 'left by a process that died');
    fs.writeFileSync(live, 'a sibling process is writing this');
    const longAgo = new Date(Date.now() - ABANDONED_AFTER_MS - 60_000);
    fs.utimesSync(abandoned, longAgo, longAgo);
    try {
      expect(await sweepIntakeDirectory()).toBeGreaterThanOrEqual(1);
      expect(fs.existsSync(abandoned)).toBe(false);
      expect(fs.existsSync(live)).toBe(true);
    } finally {
      fs.rmSync(abandoned, { force: true });
      fs.rmSync(live, { force: true });
    }
  });

  test('R-DOC-04 one file more than the type allows is refused', async () => {
    const slot = await passportSlot();
    const allowed = documentRules.passport!.maxFileCount;
    for (let count = 0; count < allowed; count++) expect(await upload(slot, testFiles.pdf)).toMatchObject({ kept: true });
    expect(await upload(slot, testFiles.pdf)).toEqual({ kept: false, refusal: 'too-many' });
  });

  test('R-DOC-04 uploads at the same moment cannot pass the count together', async () => {
    const slot = await passportSlot();
    const allowed = documentRules.passport!.maxFileCount;
    const before = storedFiles().length;
    const outcomes = await Promise.all(Array.from({ length: allowed + 2 }, () => upload(slot, testFiles.pdf)));
    expect(outcomes.filter((outcome) => outcome.kept)).toHaveLength(allowed);
    expect(outcomes.filter((outcome) => !outcome.kept && outcome.refusal === 'too-many')).toHaveLength(2);
    expect(storedFiles().length - before).toBe(allowed);
  });

  test('names that reach outside their folder or hide characters are refused; others are kept as given', () => {
    expect(displayNameOf('..\\windows\\system.ini')).toBeNull();
    expect(displayNameOf('a\u0000.pdf')).toBeNull();
    expect(displayNameOf('..')).toBeNull();
    expect(displayNameOf('Pass – sida 1 (kopia).pdf')).toBe('Pass – sida 1 (kopia).pdf');
    expect(displayNameOf('جواز السفر.pdf')).toBe('جواز السفر.pdf');
  });

  test('R-DOC-04 names with invisible or direction-changing characters are refused', async () => {
    // Shown as "invoiceexe.pdf", but an executable's name.
    const hidden = ['invoice\u202Efdp.exe', 'a\u202Ab.pdf', 'a\u2066b\u2069.pdf', 'pass\u200Bport.pdf', 'a\u200E.pdf', 'a\u061C.pdf', '\uFEFFpassport.pdf', 'a\u00AD.pdf', 'a\u2028b.pdf', 'a\u0085.pdf', 'a\uD800.pdf'];
    for (const name of hidden) expect(displayNameOf(name), JSON.stringify(name)).toBeNull();
    const slot = await passportSlot();
    expect(await upload(slot, { name: 'invoice\u202Efdp.pdf', bytes: testFiles.pdf.bytes })).toEqual({ kept: false, refusal: 'bad-name' });
    expect(await db.document.count({ where: { draftId: slot.draftId } })).toBe(0);
  });
});
