import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { onePagePdf, pdfFrom, pdfOfSize, streamObject, testFiles } from '@/test/files';
import { contentProblem } from './content';
import { PDF_LIMITS } from './content-pdf';
import type { AcceptedType } from './rules';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'anknytning-content-'));
afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

let written = 0;
async function problemOf(bytes: Buffer, type: AcceptedType = 'application/pdf') {
  const file = path.join(directory, String(written++));
  fs.writeFileSync(file, bytes);
  return contentProblem(file, type);
}

const latin1 = (text: string) => Buffer.from(text, 'latin1');
const u16 = (value: number) => Buffer.from([value >> 8, value & 255]);
const u32 = (value: number) => Buffer.from([value >>> 24, (value >> 16) & 255, (value >> 8) & 255, value & 255]);

/** A one-page PDF whose catalog sits in a compressed object stream, found through a cross-reference stream. */
function pdfWithCatalogInObjectStream(catalogEntries: string): Buffer {
  const header = '1 0 ';
  const bodies = [
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 298 420] /Contents 4 0 R >>',
    streamObject('BT ET'),
    streamObject(`${header}<< /Type /Catalog /Pages 2 0 R ${catalogEntries}>>`, { compress: true, dictionary: `/Type /ObjStm /N 1 /First ${header.length}` }),
  ];
  let text = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  bodies.forEach((body, index) => {
    offsets.push(Buffer.byteLength(text, 'latin1'));
    text += `${index + 2} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(text, 'latin1');
  // Rows of type (1 byte), offset or object stream (4), generation or index (2).
  const row = (type: number, field: number, index: number) => Buffer.concat([Buffer.from([type]), u32(field), u16(index)]);
  const rows = Buffer.concat([row(0, 0, 65535), row(2, 5, 0), ...offsets.map((offset) => row(1, offset, 0)), row(1, xref, 0)]);
  text += `6 0 obj\n<< /Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Length ${rows.length} >>\nstream\n${rows.toString('latin1')}\nendstream\nendobj\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(text);
}

/** An ISO base media file box; a "full box" starts with a version and flags. */
const box = (type: string, ...content: Buffer[]) => {
  const body = Buffer.concat(content);
  return Buffer.concat([u32(8 + body.length), latin1(type), body]);
};
const fullBox = (type: string, version: number, ...content: Buffer[]) => box(type, Buffer.from([version, 0, 0, 0]), ...content);

/** A HEIC's structure around one item of (stand-in) coded image data in mdat. */
function heic(data = Buffer.alloc(200, 7)): Buffer {
  const ftyp = box('ftyp', latin1('heic'), u32(0), latin1('mif1heic'));
  const meta = (dataOffset: number) =>
    fullBox(
      'meta',
      0,
      fullBox('hdlr', 0, u32(0), latin1('pict'), Buffer.alloc(12), Buffer.from([0])),
      fullBox('pitm', 0, u16(1)),
      fullBox('iinf', 0, u16(1), fullBox('infe', 2, u16(1), u16(0), latin1('hvc1'), Buffer.from([0]))),
      // Offsets and lengths of 4 bytes, no base offset; one item, one extent.
      fullBox('iloc', 0, Buffer.from([0x44, 0x00]), u16(1), u16(1), u16(0), u16(1), u32(dataOffset), u32(data.length)),
    );
  const dataOffset = ftyp.length + meta(0).length + 8;
  return Buffer.concat([ftyp, meta(dataOffset), box('mdat', data)]);
}

const page = (entries: string) => onePagePdf({ page: entries });
const catalog = (entries: string) => onePagePdf({ catalog: entries });
const embeddedFile = streamObject('MZ', { dictionary: '/Type /EmbeddedFile' });

describe('R-DOC-04 a PDF is kept only when it opens and carries nothing that runs or hides files', () => {
  test('plain PDFs pass, small and large, with an object stream too', async () => {
    expect(await problemOf(testFiles.pdf.bytes)).toBeNull();
    expect(await problemOf(pdfOfSize(3 * 1024 * 1024))).toBeNull();
    expect(await problemOf(pdfWithCatalogInObjectStream(''))).toBeNull();
    // A link to a web page is not an action that runs anything.
    expect(await problemOf(page('/Annots [<< /Type /Annot /Subtype /Link /Rect [0 0 90 20] /A << /S /URI /URI (https://www.migrationsverket.se/) >> >>]'))).toBeNull();
  });

  test.each([
    ['JavaScript when it opens', catalog('/OpenAction << /S /JavaScript /JS (app.alert(1)) >>')],
    ['a JavaScript name tree', catalog('/Names << /JavaScript << /Names [(hello) << /S /JavaScript /JS (app.alert(1)) >>] >> >>')],
    ['document-level additional actions', catalog('/AA << /WC << /S /JavaScript /JS (app.alert(1)) >> >>')],
    ['page-level additional actions', page('/AA << /O << /S /JavaScript /JS (app.alert(1)) >> >>')],
    ['a link that runs JavaScript', page('/Annots [<< /Type /Annot /Subtype /Link /Rect [0 0 90 20] /A << /S /JavaScript /JS (app.alert(1)) >> >>]')],
    ['a launch action when it opens', catalog('/OpenAction << /S /Launch /F (calc.exe) >>')],
    ['a link that launches a program', page('/Annots [<< /Type /Annot /Subtype /Link /Rect [0 0 90 20] /A << /S /Launch /F (cmd.exe) >> >>]')],
    ['an embedded file', onePagePdf({ catalog: '/Names << /EmbeddedFiles << /Names [(a.exe) << /Type /Filespec /F (a.exe) /EF << /F 5 0 R >> >>] >> >>', more: [embeddedFile] })],
    ['a file attachment annotation', onePagePdf({ page: '/Annots [<< /Type /Annot /Subtype /FileAttachment /Rect [0 0 9 9] /FS << /Type /Filespec /F (a.exe) /EF << /F 5 0 R >> >> >>]', more: [embeddedFile] })],
    ['JavaScript in a compressed object stream', pdfWithCatalogInObjectStream('/OpenAction << /S /JavaScript /JS (app.alert(1)) >>')],
    // pdf.js reads a launch action as a link; the name guard finds it, escapes and compression notwithstanding.
    ['a launch action, its name escaped, in a compressed object stream', pdfWithCatalogInObjectStream('/OpenAction << /S /L#61unch /F (calc.exe) >>')],
    ['an XFA form (it carries scripts)', onePagePdf({ catalog: '/AcroForm << /Fields [] /XFA 5 0 R >>', more: [streamObject('<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"/>')] })],
    ['a PDF header over an HTML page', latin1('%PDF-1.4\n<html><script>alert(document.cookie)</script></html>')],
    ['HTML in the comment after a sound PDF header', onePagePdf({ comment: '<html><script>alert(1)</script>' })],
  ])('%s is refused as unsafe', async (_what, bytes) => {
    expect(await problemOf(bytes)).toBe('unsafe-content');
  });

  test('an encrypted PDF is refused as such', async () => {
    const encrypt = '<< /Filter /Standard /V 1 /R 2 /O (0123456789abcdef0123456789abcdef) /U (0123456789abcdef0123456789abcdef) /P -4 >>';
    const id = '<00112233445566778899aabbccddeeff>';
    expect(await problemOf(onePagePdf({ more: [encrypt], trailer: `/Encrypt 5 0 R /ID [${id} ${id}] ` }))).toBe('encrypted');
  });

  test.each([
    ['a PDF header and nothing else', latin1('%PDF-1.4\n')],
    ['a PDF with no pages', pdfFrom(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>'])],
    ['a PDF cut off halfway', testFiles.pdf.bytes.subarray(0, Math.floor(testFiles.pdf.bytes.length / 2))],
    ['a PDF cut off before its end', testFiles.pdf.bytes.subarray(0, testFiles.pdf.bytes.length - 8)],
    // 300 MB of zeros in 300 kB: refused once the decompressed bytes pass the limit, without holding them.
    ['a PDF with a decompression bomb', onePagePdf({ more: [streamObject(Buffer.alloc(300 * 1024 * 1024), { compress: true })] })],
    ['a PDF with a bomb compressed twice over', onePagePdf({ more: [streamObject(deflateSync(Buffer.alloc(300 * 1024 * 1024)), { compress: true })] })],
    ['a PDF with a stream compressed four times over', onePagePdf({ more: [streamObject(deflateSync(deflateSync(deflateSync(Buffer.from('BT ET')))), { compress: true })] })],
  ])('%s is refused as damaged', async (_what, bytes) => {
    expect(await problemOf(bytes)).toBe('damaged');
  });

  test('a PDF whose check takes longer than its time is refused, not waited for', async () => {
    const { milliseconds } = PDF_LIMITS;
    PDF_LIMITS.milliseconds = -1;
    try {
      expect(await problemOf(testFiles.pdf.bytes)).toBe('damaged');
    } finally {
      PDF_LIMITS.milliseconds = milliseconds;
    }
  });
});

describe('R-DOC-04 an image is kept only when it decodes to its end', () => {
  test('real JPEG, PNG and HEIC files pass', async () => {
    expect(await problemOf(testFiles.jpeg.bytes, 'image/jpeg')).toBeNull();
    expect(await problemOf(testFiles.png.bytes, 'image/png')).toBeNull();
    expect(await problemOf(heic(), 'image/heic')).toBeNull();
  });

  test.each([
    ['a JPEG without its end', testFiles.jpeg.bytes.subarray(0, testFiles.jpeg.bytes.length - 2), 'image/jpeg'],
    ['a JPEG cut off halfway', testFiles.jpeg.bytes.subarray(0, testFiles.jpeg.bytes.length / 2), 'image/jpeg'],
    ['a JPEG header and nothing else', Buffer.from('ffd8ffe000104a46494600', 'hex'), 'image/jpeg'],
    ['a PNG without its end', testFiles.png.bytes.subarray(0, testFiles.png.bytes.length - 12), 'image/png'],
    ['a PNG cut off in its image data', testFiles.png.bytes.subarray(0, testFiles.png.bytes.length - 20), 'image/png'],
    ['a PNG with a corrupt byte', Buffer.from(testFiles.png.bytes).fill(0, 40, 41), 'image/png'],
    ['a PNG that says it is 100 000 pixels square', Buffer.concat([testFiles.png.bytes.subarray(0, 16), u32(100_000), u32(100_000), testFiles.png.bytes.subarray(24)]), 'image/png'],
    ['a HEIC cut off in its image data', heic().subarray(0, heic().length - 50), 'image/heic'],
    ['a HEIC whose item lies past its end', Buffer.concat([heic().subarray(0, heic().length - 208), box('mdat', Buffer.alloc(10))]), 'image/heic'],
  ] as const)('%s is refused as damaged', async (_what, bytes, type) => {
    expect(await problemOf(bytes, type)).toBe('damaged');
  });
});
