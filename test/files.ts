// Files for upload tests, made in code: good ones of each accepted type and the bad ones the
// service must refuse.

export const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

const pdfOf = (body: string) => Buffer.from(`%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n${body}\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`);

export const testFiles = {
  pdf: { name: 'passport.pdf', bytes: pdfOf('% a passport copy') },
  png: { name: 'photo.png', bytes: Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64, 1)]) },
  jpeg: { name: 'scan.jpg', bytes: Buffer.concat([Buffer.from('ffd8ffe000104a46494600', 'hex'), Buffer.alloc(64, 2)]) },
  executable: { name: 'passport.pdf', bytes: Buffer.concat([Buffer.from('7f454c46020101', 'hex'), Buffer.alloc(256)]) },
  html: { name: 'passport.pdf', bytes: Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>') },
  empty: { name: 'empty.pdf', bytes: Buffer.alloc(0) },
  traversal: { name: '../../etc/passwd.pdf', bytes: pdfOf('% traversal') },
  eicar: { name: 'invoice.pdf', bytes: pdfOf(`% ${EICAR}`) },
};

/** A PDF of `bytes` bytes (a header, then padding). */
export const pdfOfSize = (bytes: number) => Buffer.concat([pdfOf(''), Buffer.alloc(Math.max(0, bytes - pdfOf('').length), 0x20)]);
