// A file is what its type says it is (R-DOC-04): once the type is found from the first bytes,
// the whole file must read as that type. A PDF must open and carry nothing active
// (content-pdf.ts); a JPEG or PNG must decode to its last pixel, so a cut-off or corrupt
// image is refused; a HEIC must have a sound box structure (below).
import fs from 'node:fs';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { pdfProblem } from './content-pdf';
import type { AcceptedType } from './rules';

export type ContentProblem = 'damaged' | 'encrypted' | 'unsafe-content';

/** Decoded images are held whole: this keeps one to a few hundred MB (a 600 dpi A4 scan is 35 megapixels). */
const MAX_MEGAPIXELS = 50;

function jpegProblem(bytes: Buffer): ContentProblem | null {
  try {
    jpeg.decode(bytes, { maxResolutionInMP: MAX_MEGAPIXELS, maxMemoryUsageInMB: 4 * MAX_MEGAPIXELS + 64, formatAsRGBA: false });
    return null;
  } catch {
    return 'damaged';
  }
}

function pngProblem(bytes: Buffer): ContentProblem | null {
  // IHDR comes first (the type check saw the signature): its size is checked before anything is decoded.
  if (bytes.length < 33 || bytes.toString('latin1', 12, 16) !== 'IHDR') return 'damaged';
  if ((bytes.readUInt32BE(16) * bytes.readUInt32BE(20)) / 1e6 > MAX_MEGAPIXELS) return 'damaged';
  try {
    PNG.sync.read(bytes); // every chunk's CRC, the image data to its end, and IEND
    return null;
  } catch {
    return 'damaged';
  }
}

interface Box {
  type: string;
  /** Where the box's content starts, after its header. */
  start: number;
  end: number;
}

/** The boxes that tile bytes [from, to) exactly, or null when a size runs past its container. */
function boxesIn(bytes: Buffer, from: number, to: number): Box[] | null {
  const boxes: Box[] = [];
  for (let at = from; at < to; ) {
    if (to - at < 8 || boxes.length > 10_000) return null;
    let size = bytes.readUInt32BE(at);
    let header = 8;
    if (size === 1) {
      if (to - at < 16) return null;
      size = Number(bytes.readBigUInt64BE(at + 8));
      header = 16;
    } else if (size === 0) {
      size = to - at; // to the end of the container
    }
    if (size < header || at + size > to) return null;
    boxes.push({ type: bytes.toString('latin1', at + 4, at + 8), start: at + header, end: at + size });
    at += size;
  }
  return boxes;
}

/** Whether every item's data that `iloc` places in the file (or in `idat`) lies inside it. */
function itemsInside(bytes: Buffer, iloc: Box, idat: Box | undefined): boolean {
  let at = iloc.start;
  const read = (size: number): number => {
    if (at + size > iloc.end) throw new RangeError('iloc ends early');
    const value = size === 0 ? 0 : size === 8 ? Number(bytes.readBigUInt64BE(at)) : bytes.readUIntBE(at, size);
    at += size;
    return value;
  };
  try {
    const version = read(1);
    read(3); // flags
    const sizes = read(1);
    const [offsetSize, lengthSize] = [sizes >> 4, sizes & 15];
    const moreSizes = read(1);
    const [baseOffsetSize, indexSize] = [moreSizes >> 4, version > 0 ? moreSizes & 15 : 0];
    const itemCount = read(version < 2 ? 2 : 4);
    for (let item = 0; item < itemCount; item++) {
      read(version < 2 ? 2 : 4); // item id
      const constructionMethod = version > 0 ? read(2) & 15 : 0;
      read(2); // data reference index
      const baseOffset = read(baseOffsetSize);
      const extentCount = read(2);
      for (let extent = 0; extent < extentCount; extent++) {
        read(indexSize);
        const offset = baseOffset + read(offsetSize);
        const length = read(lengthSize);
        // 0: in the file; 1: in idat; 2: from other items (checked as those items).
        if (constructionMethod === 0 && offset + length > bytes.length) return false;
        if (constructionMethod === 1 && (!idat || idat.start + offset + length > idat.end)) return false;
      }
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * No HEIC decoder is served that is both maintained and free of a large native or wasm build,
 * so a HEIC is checked by its structure (ISO/IEC 23008-12 over the ISO base media file
 * format): boxes that tile the file, a picture handler, a primary item, item information and
 * locations, and every item's data inside the file. A cut-off or padded-out file fails this.
 */
function heicProblem(bytes: Buffer): ContentProblem | null {
  const top = boxesIn(bytes, 0, bytes.length);
  if (!top || top[0]?.type !== 'ftyp') return 'damaged';
  const meta = top.find((box) => box.type === 'meta');
  // meta is a "full box": a version and flags come before its children.
  const inMeta = meta ? boxesIn(bytes, meta.start + 4, meta.end) : null;
  if (!meta || !inMeta) return 'damaged';
  const child = (type: string) => inMeta.find((box) => box.type === type);
  const handler = child('hdlr');
  const iloc = child('iloc');
  if (!handler || bytes.toString('latin1', handler.start + 8, handler.start + 12) !== 'pict') return 'damaged';
  if (!child('pitm') || !child('iinf') || !iloc) return 'damaged';
  return itemsInside(bytes, iloc, child('idat')) ? null : 'damaged';
}

/** Null when the file reads as `type` and carries nothing active; else why it is refused. */
export async function contentProblem(file: string, type: AcceptedType): Promise<ContentProblem | null> {
  if (type === 'application/pdf') return pdfProblem(file);
  const bytes = await fs.promises.readFile(file);
  if (type === 'image/jpeg') return jpegProblem(bytes);
  if (type === 'image/png') return pngProblem(bytes);
  return heicProblem(bytes);
}
