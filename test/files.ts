// Files for upload tests, made in code: good ones of each accepted type and the bad ones the
// service must refuse. The good ones are real files (the intake parses and decodes them).
import { deflateSync } from 'node:zlib';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';

export const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

const latin1 = (text: string) => Buffer.from(text, 'latin1');
const byteLength = (text: string) => Buffer.byteLength(text, 'latin1');

/**
 * A PDF of the given objects (numbered from 1; the first is the catalog) with a classic
 * cross-reference table. `comment` goes on a line of its own after the header.
 */
export function pdfFrom(objects: string[], { comment = '', trailer = '' } = {}) {
  let text = `%PDF-1.7\n%\xe2\xe3\xcf\xd3\n${comment ? `%${comment}\n` : ''}`;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(byteLength(text));
    text += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = byteLength(text);
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(text);
}

/** A stream object of `data` (latin1), compressed when asked. */
export const streamObject = (data: string | Buffer, { compress = false, dictionary = '' } = {}) => {
  const bytes = compress ? deflateSync(typeof data === 'string' ? latin1(data) : data) : typeof data === 'string' ? latin1(data) : data;
  return `<< /Length ${bytes.length}${compress ? ' /Filter /FlateDecode' : ''} ${dictionary}>>\nstream\n${bytes.toString('latin1')}\nendstream`;
};

/** One A6 page saying `text`; `catalog` and `page` add entries to those dictionaries, `more` objects from number 5 on. */
export function onePagePdf({ text = 'Passport', catalog = '', page = '', more = [] as string[], comment = '', trailer = '' } = {}) {
  return pdfFrom(
    [
      `<< /Type /Catalog /Pages 2 0 R ${catalog}>>`,
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 298 420] /Contents 4 0 R /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> ${page}>>`,
      streamObject(`BT /F1 18 Tf 20 380 Td (${text}) Tj ET`),
      ...more,
    ],
    { comment, trailer },
  );
}

/** A small real image of each type the service keeps, drawn as a grey gradient. */
function pixels(width: number, height: number) {
  const data = Buffer.alloc(width * height * 4);
  for (let index = 0; index < width * height; index++) {
    data.fill((index * 7) % 256, index * 4, index * 4 + 3);
    data[index * 4 + 3] = 255;
  }
  return data;
}
const png = (width: number, height: number) => PNG.sync.write(Object.assign(new PNG({ width, height }), { data: pixels(width, height) }));
const jpg = (width: number, height: number) => jpeg.encode({ width, height, data: pixels(width, height) }, 80).data;

export const testFiles = {
  pdf: { name: 'passport.pdf', bytes: onePagePdf({ text: 'a passport copy' }) },
  png: { name: 'photo.png', bytes: png(16, 12) },
  jpeg: { name: 'scan.jpg', bytes: jpg(16, 12) },
  executable: { name: 'passport.pdf', bytes: Buffer.concat([Buffer.from('7f454c46020101', 'hex'), Buffer.alloc(256)]) },
  html: { name: 'passport.pdf', bytes: Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>') },
  empty: { name: 'empty.pdf', bytes: Buffer.alloc(0) },
  traversal: { name: '../../etc/passwd.pdf', bytes: onePagePdf({ text: 'traversal' }) },
  eicar: { name: 'invoice.pdf', bytes: onePagePdf({ comment: ` ${EICAR}` }) },
};

/** A real one-page PDF of exactly `bytes` bytes (a comment line pads it). */
export function pdfOfSize(bytes: number) {
  // "%", the spaces and the line's end; the offsets' digits may grow with the padding, hence the second try.
  let padding = bytes - onePagePdf().length - 2;
  for (let attempt = 0; attempt < 3 && padding > 0; attempt++) {
    const pdf = onePagePdf({ comment: ' '.repeat(padding) });
    if (pdf.length === bytes) return pdf;
    padding -= pdf.length - bytes;
  }
  throw new Error(`No PDF of ${bytes} bytes`);
}
