// Is a PDF only a document (R-DOC-04)? It must open in pdf.js (Mozilla's parser, in the
// process, without a canvas or a worker thread) and carry nothing that runs or hides files:
// no JavaScript (document, page, form or annotation actions, the JavaScript name tree), no
// launch actions, no embedded or attached files, no XFA form (XFA carries scripts), no
// encryption, and no HTML where a browser would sniff for it. pdf.js answers from the parsed
// objects; as a second, conservative guard every name in the raw bytes and in each
// FlateDecode stream (object streams included, where objects hide compressed) is read too:
// pdf.js does not report a launch action when the document opens, nor JavaScript behind a link.
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
// Imported here rather than found at run time: pdf.js then uses it in this thread (its "fake worker").
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { AnnotationType, getDocument, PDFDataRangeTransport, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type PdfProblem = 'damaged' | 'encrypted' | 'unsafe-content';

/** Bounds that keep a hostile file from holding the server: far above any scanned document. */
export const PDF_LIMITS = {
  pages: 2000,
  streams: 20_000,
  /** All FlateDecode streams together, decompressed (a "zip bomb" stops here). */
  inflatedBytes: 256 * 1024 * 1024,
  /** Nested FlateDecode filters followed. */
  flateLayers: 3,
  /** For the whole check; what takes longer is refused rather than waited for. */
  milliseconds: 20_000,
};

/**
 * Names that only a document that runs something or carries files has. (/JS is too short to
 * look for in binary data without false alarms; every JavaScript action names /S /JavaScript.)
 */
const RISKY_NAMES = new Set(['JavaScript', 'Launch', 'EmbeddedFile', 'EmbeddedFiles', 'FileAttachment']);
/** A PDF name token: "/" and regular characters; #xx escapes are decoded before comparing. */
const NAME = /\/([^\0\t\n\f\r ()<>[\]{}/%]{1,127})/g;
/** What browsers sniff for in a file's first bytes (a PDF/HTML polyglot). */
const HTML_START = /<(?:!doctype|html|head|body|script|iframe)[\s>/]/i;
const SNIFFED_BYTES = 1024;
/** Small pieces: the file is never held whole, and memory stays flat however large it is. */
const CHUNK = 64 * 1024;
/** Kept from one chunk to the next, so that a name split between two is still read. */
const OVERLAP = 400;

class PdfRefused extends Error {
  constructor(readonly problem: PdfProblem) {
    super(problem);
  }
}

/** Called between steps of the check: past `deadline` the file is refused (the work stops there). */
const checkTime = (deadline: number) => {
  if (Date.now() > deadline) throw new PdfRefused('damaged');
};

const decodeName = (name: string) => name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

function refuseRiskyNames(text: string): void {
  for (const [, name] of text.matchAll(NAME)) {
    if (RISKY_NAMES.has(decodeName(name!))) throw new PdfRefused('unsafe-content');
  }
}

/** Reads `source` in pieces, each with the end of the one before, and looks for risky names in them. */
async function scanNames(source: Readable, onBytes: (count: number) => void = () => {}): Promise<void> {
  let tail = '';
  for await (const chunk of source) {
    onBytes((chunk as Buffer).length);
    const text = tail + (chunk as Buffer).toString('latin1');
    refuseRiskyNames(text);
    tail = text.slice(-OVERLAP);
  }
}

/** Whether two bytes start a zlib stream (RFC 1950: deflate, and a header checksum). */
const isZlibHeader = (bytes: Uint8Array) => bytes.length >= 2 && (bytes[0]! & 0x0f) === 8 && ((bytes[0]! << 8) | bytes[1]!) % 31 === 0;

/**
 * How many zlib layers start at `head` (a stream compressed twice over is read twice over).
 * More than PDF_LIMITS.flateLayers is no document's doing: such a file is refused.
 */
function zlibLayers(head: Buffer): number {
  let layers = 0;
  while (isZlibHeader(head)) {
    if (layers === PDF_LIMITS.flateLayers) throw new PdfRefused('damaged');
    layers++;
    try {
      head = zlib.inflateSync(head, { finishFlush: zlib.constants.Z_SYNC_FLUSH, maxOutputLength: 2 * 1024 * 1024 }).subarray(0, 1024);
    } catch {
      break;
    }
  }
  return layers;
}

/** Offsets at which stream data may start (after "stream" and its line end), read in pieces. */
async function streamStarts(file: string): Promise<Set<number>> {
  const starts = new Set<number>(); // (a match in the overlap is found twice)
  let tail = '';
  let position = 0; // of the current chunk's first byte
  for await (const chunk of fs.createReadStream(file, { highWaterMark: CHUNK })) {
    const text = tail + (chunk as Buffer).toString('latin1');
    const base = position - tail.length;
    for (const found of text.matchAll(/stream(\r\n|\n|\r)/g)) {
      starts.add(base + found.index + found[0].length);
      if (starts.size > PDF_LIMITS.streams) throw new PdfRefused('damaged');
    }
    position += (chunk as Buffer).length;
    tail = text.slice(-8);
  }
  return starts;
}

/**
 * The second guard: names in the raw bytes, and in every stream that inflates, each read as
 * it streams by (memory stays small) and all within one budget of decompressed bytes.
 */
async function guardBytes(file: string, deadline: number): Promise<void> {
  const handle = await fs.promises.open(file);
  try {
    const head = Buffer.alloc(SNIFFED_BYTES);
    const { bytesRead } = await handle.read(head, 0, SNIFFED_BYTES, 0);
    if (HTML_START.test(head.subarray(0, bytesRead).toString('latin1'))) throw new PdfRefused('unsafe-content');
    // A PDF ends with %%EOF (readers look for it in the last kilobyte); a cut-off one does not.
    const { size } = await handle.stat();
    const end = Buffer.alloc(Math.min(1024, size));
    await handle.read(end, 0, end.length, size - end.length);
    if (!end.includes('%%EOF')) throw new PdfRefused('damaged');
    await scanNames(fs.createReadStream(file, { highWaterMark: CHUNK }));

    let inflated = 0;
    const spend = (count: number) => {
      inflated += count;
      if (inflated > PDF_LIMITS.inflatedBytes) throw new PdfRefused('damaged');
    };
    for (const start of await streamStarts(file)) {
      checkTime(deadline);
      const peek = Buffer.alloc(1024);
      const { bytesRead: peeked } = await handle.read(peek, 0, peek.length, start);
      const layers = zlibLayers(peek.subarray(0, peeked));
      if (!layers) continue;
      const source = fs.createReadStream(file, { start, highWaterMark: 64 * 1024 });
      const inflaters = Array.from({ length: layers }, () => zlib.createInflate());
      const output = inflaters.reduce<Readable>((input, inflater) => input.pipe(inflater), source);
      // pipe() does not pass errors on; the reader of the last stream must hear of them.
      for (const stream of [source, ...inflaters.slice(0, -1)]) stream.on('error', (error: Error) => output.destroy(error));
      try {
        await scanNames(output, spend);
      } catch (error) {
        if (error instanceof PdfRefused) throw error;
        // Not deflate after all, or cut short: pdf.js decides whether the file still opens.
      } finally {
        for (const stream of [source, ...inflaters]) stream.destroy();
      }
    }
  } finally {
    await handle.close();
  }
}

/** pdf.js reads only the parts of the file it needs, as it needs them, straight from disk. */
function rangeTransport(handle: fs.promises.FileHandle, length: number): PDFDataRangeTransport {
  const transport = new PDFDataRangeTransport(length, null);
  transport.requestDataRange = (begin: number, end: number) => {
    const chunk = new Uint8Array(end - begin);
    handle.read(chunk, 0, chunk.length, begin).then(
      () => transport.onDataRange(begin, chunk),
      () => transport.onDataRange(begin, null),
    );
  };
  return transport;
}

/** What pdf.js tells of an annotation (the parts read here). */
interface Annotation {
  annotationType: number;
  /** JavaScript run on events (form fields and other widgets). */
  actions?: unknown;
  file?: unknown;
  url?: string;
  unsafeUrl?: string;
}

/** What pdf.js finds in the parsed document that runs or carries something. */
async function refuseActiveParts(document: PDFDocumentProxy, deadline: number): Promise<void> {
  const { info } = (await document.getMetadata()) as { info: { EncryptFilterName?: string | null; IsXFAPresent?: boolean } };
  if (info.EncryptFilterName) throw new PdfRefused('encrypted');
  if (info.IsXFAPresent) throw new PdfRefused('unsafe-content');
  if (document.numPages < 1 || document.numPages > PDF_LIMITS.pages) throw new PdfRefused('damaged');
  // The catalog's own actions and JavaScript name tree, and those of every form field.
  if ((await document.getJSActions()) || (await document.hasJSActions())) throw new PdfRefused('unsafe-content');
  if (await document.getAttachments()) throw new PdfRefused('unsafe-content');
  for (let number = 1; number <= document.numPages; number++) {
    checkTime(deadline);
    const page = await document.getPage(number);
    if (await page.getJSActions()) throw new PdfRefused('unsafe-content');
    for (const annotation of (await page.getAnnotations()) as Annotation[]) {
      if (annotation.annotationType === AnnotationType.FILEATTACHMENT || annotation.file || annotation.actions) throw new PdfRefused('unsafe-content');
      // A link to a web or mail address gets `url`; one to a program or a file (a launch) only `unsafeUrl`.
      if (annotation.unsafeUrl && !annotation.url) throw new PdfRefused('unsafe-content');
    }
    page.cleanup();
  }
}

/** Null when the PDF is only a document; else why it is refused. */
export async function pdfProblem(file: string): Promise<PdfProblem | null> {
  const deadline = Date.now() + PDF_LIMITS.milliseconds;
  try {
    await guardBytes(file, deadline);
    const handle = await fs.promises.open(file);
    const { size } = await handle.stat();
    const loading = getDocument({
      range: rangeTransport(handle, size),
      length: size,
      disableAutoFetch: true,
      disableStream: true,
      rangeChunkSize: 64 * 1024,
      isEvalSupported: false,
      enableXfa: false,
      stopAtErrors: true,
      verbosity: 0,
    });
    try {
      await refuseActiveParts(await loading.promise, deadline);
    } finally {
      await loading.destroy();
      await handle.close();
    }
    return null;
  } catch (error) {
    if (error instanceof PdfRefused) return error.problem;
    if ((error as Error | null)?.name === 'PasswordException') return 'encrypted';
    return 'damaged';
  }
}
