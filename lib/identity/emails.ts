// The e-mails of signing in (address confirmation, password reset), queued in the one outbox
// in the language the person was using. The links lead to the service's own pages, never to
// better-auth's endpoints.
import { db } from '@/lib/db/client';
import { routing } from '@/lib/i18n/routing';
import { translatorFor } from '@/lib/i18n/translator';
import { queueEmail } from '@/lib/notify/outbox';
import { identityConfig } from './config';

export type IdentityEmail = 'verify' | 'reset';

const pageOf: Record<IdentityEmail, string> = { verify: 'verify-email', reset: 'reset-password' };

/**
 * better-auth hands its e-mail callbacks a link to its own endpoint, which carries the
 * address we asked it to return to (`/<locale>/…`): the language is read from that.
 */
export function localeOfCallback(betterAuthUrl: string): string {
  const callback = new URL(betterAuthUrl).searchParams.get('callbackURL') ?? '';
  const locale = callback.split('/')[1];
  return routing.locales.includes(locale as never) ? locale! : routing.defaultLocale;
}

export async function queueIdentityEmail(kind: IdentityEmail, to: string, locale: string, token: string): Promise<void> {
  const t = await translatorFor(locale, 'Email');
  const url = `${identityConfig().appUrl}/${locale}/${pageOf[kind]}?token=${encodeURIComponent(token)}`;
  await queueEmail(db(), { to, subject: t(`${kind}.subject`), text: t(`${kind}.text`, { url }), kind: `${kind}-email` });
}

/** To the owner of an address someone tried to register again: where to sign in or reset. */
export async function queueAccountExistsEmail(to: string, locale: string): Promise<void> {
  const t = await translatorFor(locale, 'Email');
  const base = `${identityConfig().appUrl}/${locale}`;
  const text = t('accountExists.text', { signInUrl: `${base}/sign-in`, resetUrl: `${base}/forgot-password` });
  await queueEmail(db(), { to, subject: t('accountExists.subject'), text, kind: 'account-exists-email' });
}
