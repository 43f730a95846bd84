import fs from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import { MAIL_DIR } from './smtp-sink';

export interface ReceivedEmail {
  to: string;
  subject: string;
  text: string;
}

/** The headers and the plain-text body of a message as it crossed SMTP (quoted-printable decoded). */
function parse(raw: string): ReceivedEmail {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'mi').exec(headers)?.[1]?.trim() ?? '';
  let body = rest.join('\n\n');
  if (/quoted-printable/i.test(header('Content-Transfer-Encoding'))) {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    body = Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return { to: header('To'), subject: decodeWords(header('Subject')), text: body };
}

/** A header's non-ASCII words as they travel (RFC 2047, "=?UTF-8?Q?…?=" or "=?UTF-8?B?…?="). */
function decodeWords(value: string): string {
  // Bytes first, UTF-8 last: a character's bytes may be split between two encoded words.
  const bytes = value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('latin1')
        : text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_hex, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    );
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** Every message that reached the test SMTP server for `to`, oldest first. */
export function emailsTo(to: string): ReceivedEmail[] {
  if (!fs.existsSync(MAIL_DIR)) return [];
  return fs
    .readdirSync(MAIL_DIR)
    .sort()
    .map((file) => parse(fs.readFileSync(path.join(MAIL_DIR, file), 'utf8')))
    .filter((email) => email.to.includes(to));
}

/** Waits for the `count`-th message to `to` whose subject is `subject`, and returns it. */
export async function waitForEmail(to: string, subject: string, count = 1): Promise<ReceivedEmail> {
  await expect.poll(() => emailsTo(to).filter((email) => email.subject === subject).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(count);
  return emailsTo(to).filter((email) => email.subject === subject)[count - 1]!;
}

/** The first link in a message. */
export const linkIn = (email: ReceivedEmail) => /https?:\/\/\S+/.exec(email.text)![0];
