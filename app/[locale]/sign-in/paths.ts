/** Control characters (CR and LF above all: a header's end), C1 controls and Unicode line breaks. */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * Where to go after signing in: only a path of this service in this language, never another
 * site. Anything else is ignored and the default target used: not one text (`?next=a&next=b`
 * gives a list), a control character (a CR/LF would end the Location header), over 2000
 * characters.
 */
export function safeNextPath(value: unknown, locale: string): string | null {
  if (typeof value !== 'string' || value.length > 2000 || CONTROL_CHARACTERS.test(value)) return null;
  if (!value.startsWith(`/${locale}/`) || value.includes('//') || value.includes('\\')) return null;
  return value;
}
