// The one e-mail outbox. Whatever needs an e-mail writes a row (in its own transaction when
// there is one); `deliverDueEmails` sends rows over SMTP and retries failures with growing
// pauses. Rows may be taken by several app processes at once: each takes its own with
// FOR UPDATE SKIP LOCKED.
import nodemailer, { type Transporter } from 'nodemailer';
import type { Database } from '@/lib/db/client';

export interface Email {
  to: string;
  subject: string;
  text: string;
  /** Why it is sent, e.g. "verify-email"; kept with the row, no personal data. */
  kind: string;
}

/** After this many failed attempts a row is left for a person to look at. */
export const MAX_ATTEMPTS = 8;

export async function queueEmail(database: Pick<Database, 'outboxEmail'>, email: Email): Promise<void> {
  await database.outboxEmail.create({ data: email });
}

/** 5 s, 10 s, 20 s, … up to an hour. */
const retryPause = (attempts: number) => Math.min(5_000 * 2 ** (attempts - 1), 60 * 60 * 1000);

/** Sends the rows that are due, at most `batch` of them; returns how many went out. */
export async function deliverDueEmails(database: Database, transport: Transporter, from: string, batch = 10): Promise<number> {
  return database.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string; to: string; subject: string; text: string; attempts: number }[]>`
      SELECT id, "to", subject, text, attempts FROM outbox_email
      WHERE sent_at IS NULL AND send_after <= now() AND attempts < ${MAX_ATTEMPTS}
      ORDER BY send_after LIMIT ${batch} FOR UPDATE SKIP LOCKED`;
    let sent = 0;
    for (const email of due) {
      try {
        await transport.sendMail({ from, to: email.to, subject: email.subject, text: email.text });
        await tx.outboxEmail.update({ where: { id: email.id }, data: { sentAt: new Date(), attempts: email.attempts + 1 } });
        sent++;
      } catch (error) {
        await tx.outboxEmail.update({
          where: { id: email.id },
          data: {
            attempts: email.attempts + 1,
            lastError: String(error).slice(0, 500),
            sendAfter: new Date(Date.now() + retryPause(email.attempts + 1)),
          },
        });
      }
    }
    return sent;
  }, { timeout: 60_000 });
}

/** An SMTP transport from a URL such as smtp://user:password@mail.example.se:587. */
export function smtpTransport(url: string): Transporter {
  return nodemailer.createTransport(url);
}
