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
  maxFileSize: number;
  maxFileCount: number;
}

const MB = 1024 * 1024;

/** Each document type of the forms; a type not listed here takes no uploads. */
export const documentRules: Record<string, DocumentRule> = {
  passport: { maxFileSize: 10 * MB, maxFileCount: 6 },
  'relationship-proof': { maxFileSize: 20 * MB, maxFileCount: 10 },
  'dependency-certificate': { maxFileSize: 20 * MB, maxFileCount: 5 },
  'cohabitation-proof': { maxFileSize: 20 * MB, maxFileCount: 10 },
  'power-of-attorney': { maxFileSize: 10 * MB, maxFileCount: 2 },
};

/** All documents of one application together. */
export const APPLICATION_QUOTA_BYTES = 100 * MB;
