import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PrismaClient } from '@/lib/db/generated/client';
import { createMigratedDatabase } from '@/test/database';
import { deliverDueEmails, queueEmail, smtpTransport } from './outbox';

let db: PrismaClient;
let server: SMTPServer;
let port: number;
const received: string[] = [];

beforeAll(async () => {
  db = await createMigratedDatabase();
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, done) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      stream.on('end', () => {
        received.push(raw);
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await db?.$disconnect();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const FROM = 'Migrationsverket <no-reply@anknytning.example>';

describe('the e-mail outbox', () => {
  test('queued rows go out over SMTP once, even with two senders at the same time', async () => {
    for (let i = 0; i < 5; i++) await queueEmail(db, { to: `person${i}@example.org`, subject: `Hello ${i}`, text: 'Text', kind: 'test' });
    const transport = smtpTransport(`smtp://127.0.0.1:${port}`);
    const sent = await Promise.all([deliverDueEmails(db, transport, FROM), deliverDueEmails(db, transport, FROM)]);
    expect(sent[0]! + sent[1]!).toBe(5);
    expect(received.filter((raw) => raw.includes('Subject: Hello'))).toHaveLength(5);
    expect(await db.outboxEmail.count({ where: { sentAt: null } })).toBe(0);
  });

  test('a failed send is kept, counted and tried again later', async () => {
    await queueEmail(db, { to: 'later@example.org', subject: 'Later', text: 'Text', kind: 'test' });
    // Nothing listens on port 1.
    expect(await deliverDueEmails(db, smtpTransport('smtp://127.0.0.1:1'), FROM)).toBe(0);
    const row = await db.outboxEmail.findFirstOrThrow({ where: { to: 'later@example.org' } });
    expect(row).toMatchObject({ sentAt: null, attempts: 1 });
    expect(row.lastError).toBeTruthy();
    expect(row.sendAfter.getTime()).toBeGreaterThan(Date.now());
    // Not due yet: the next round leaves it alone; once due, it goes.
    expect(await deliverDueEmails(db, smtpTransport(`smtp://127.0.0.1:${port}`), FROM)).toBe(0);
    await db.outboxEmail.update({ where: { id: row.id }, data: { sendAfter: new Date() } });
    expect(await deliverDueEmails(db, smtpTransport(`smtp://127.0.0.1:${port}`), FROM)).toBe(1);
  });
});
