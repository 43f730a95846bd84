// What each document type accepts (R-DOC-04): the one declaration of types, size and count,
// read by every way in (the browser's uploads and the plain form without JavaScript).

/** Types recognised from the file's content (file-type), never from its name. */
export const ACCEPTED_TYPES = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/heic': 'HEIC',
} as const;
export type AcceptedType = keyof typeof ACCEPTED_TYPES;

export interface DocumentRule {
  /** In MB; a power of two, as UploadThing's FileRouter takes it. */
  maxFileSizeMB: 4 | 8 | 16 | 32;
  maxFileSize: number;
  maxFileCount: number;
}

const MB = 1024 * 1024;
const rule = (maxFileSizeMB: DocumentRule['maxFileSizeMB'], maxFileCount: number): DocumentRule => ({
  maxFileSizeMB,
  maxFileSize: maxFileSizeMB * MB,
  maxFileCount,
});

/** Each document type of the forms; a type not listed here takes no uploads. */
export const documentRules: Record<string, DocumentRule> = {
  passport: rule(8, 6),
  'relationship-proof': rule(32, 10),
  'dependency-certificate': rule(16, 5),
  'cohabitation-proof': rule(32, 10),
  'power-of-attorney': rule(8, 2),
};

/** All documents of one application together. */
export const APPLICATION_QUOTA_BYTES = 100 * MB;
