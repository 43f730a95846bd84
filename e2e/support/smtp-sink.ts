// A real SMTP server on 127.0.0.1 for the browser tests (started by playwright.config.ts): it
// accepts every message and keeps it as an .eml file for the tests to read (e2e/support/mail.ts).
import fs from 'node:fs';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

// SMTP_SINK_PORT: a second run on the same machine, on its own port.
export const SMTP_SINK_PORT = Number(process.env.SMTP_SINK_PORT ?? 2525);
export const MAIL_DIR = path.resolve(import.meta.dirname, '../../.data/e2e-mail');

if (import.meta.url === `file://${process.argv[1]}`) {
  fs.rmSync(MAIL_DIR, { recursive: true, force: true });
  fs.mkdirSync(MAIL_DIR, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        count += 1;
        fs.writeFileSync(path.join(MAIL_DIR, `${Date.now()}-${String(count).padStart(5, '0')}.eml`), Buffer.concat(chunks));
        done();
      });
    },
  });
  server.listen(SMTP_SINK_PORT, '127.0.0.1', () => console.log(`SMTP sink on 127.0.0.1:${SMTP_SINK_PORT}`));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
}
