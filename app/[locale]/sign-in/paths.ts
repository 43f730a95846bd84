/** Where to go after signing in: only a path of this service in this language, never another site. */
export function safeNextPath(value: string | null | undefined, locale: string): string | null {
  if (!value || !value.startsWith(`/${locale}/`) || value.includes('//') || value.includes('\\')) return null;
  return value;
}
