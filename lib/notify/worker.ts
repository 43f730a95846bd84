// Sends the outbox in the background of each app process: every few seconds, the rows that
// are due. Without SMTP_URL nothing is sent; the rows wait (and the development mailbox page
// shows them when DEV_MAILBOX=1).
import { db } from '@/lib/db/client';
import { deliverDueEmails, smtpTransport } from './outbox';

const INTERVAL_MS = 2_000;

export function startOutboxWorker(): void {
  const url = process.env.SMTP_URL;
  if (!url) {
    console.log('No SMTP_URL: e-mails stay in the outbox.');
    return;
  }
  const transport = smtpTransport(url);
  const from = process.env.MAIL_FROM ?? 'Migrationsverket <no-reply@anknytning.example>';
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      while ((await deliverDueEmails(db(), transport, from)) > 0) {
        // More may be due: go on until a round sends nothing.
      }
    } catch (error) {
      // The database may be down for a while; the next round tries again.
      console.error('Outbox round failed:', String(error));
    } finally {
      running = false;
    }
  }, INTERVAL_MS);
  timer.unref();
}
