// What can be wrong with an answer, as a kind the page turns into words in its language
// (messages: Form.errors.<kind>). Each field type lists the kinds its schema gives.

export const ERROR_KINDS = [
  'required',
  'tooLong',
  'invalidEmail',
  'invalidPhone',
  'invalidPersonnummer',
  'invalidNumber',
  'numberTooSmall',
  'numberTooLarge',
  /** An amount of money that is not written in digits. */
  'invalidAmount',
  /** An amount with öre: the service asks for whole kronor. */
  'notWholeKronor',
  'negativeAmount',
  /** An area with a fraction: the service asks for whole square metres. */
  'notWholeSquareMetres',
  'invalidDate',
  'dateNotPast',
  'dateNotFuture',
  'invalidOption',
  'tooFewItems',
  'tooManyItems',
  /** A character that cannot be stored (NUL, a lone surrogate). */
  'invalidCharacters',
  /** The field's own `validIf` does not hold. */
  'validIf',
] as const;

export type ErrorKind = (typeof ERROR_KINDS)[number];

const errorKinds = new Set<string>(ERROR_KINDS);

/** zod's own messages (a wrong type from a tampered post) count as "invalidOption". */
export function toErrorKind(message: string): ErrorKind {
  return errorKinds.has(message) ? (message as ErrorKind) : 'invalidOption';
}

/**
 * Ids no field may have: a field id is also a key in react-hook-form's error objects, whose own
 * keys it must not take.
 */
export const RESERVED_FIELD_IDS = ['message', 'type', 'types', 'ref', 'root'] as const;
