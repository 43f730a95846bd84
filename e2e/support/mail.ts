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
  return { to: header('To'), subject: header('Subject'), text: body };
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
