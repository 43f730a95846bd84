import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { db } from '@/lib/db/client';
import { formatDateTime } from '@/lib/i18n/format';

// Local runs without an SMTP server (DEV_MAILBOX=1, set by npm start on the embedded
// database): the outbox's latest e-mails, links and all. Not found anywhere else.
export const metadata = { title: 'Development mailbox' };

export default async function DevMailboxPage({ params }: { params: Promise<{ locale: string }> }) {
  if (process.env.DEV_MAILBOX !== '1') notFound();
  setRequestLocale((await params).locale);
  const emails = await db().outboxEmail.findMany({ orderBy: { createdAt: 'desc' }, take: 50 });
  return (
    <div lang="en" dir="ltr">
      <h1>Development mailbox</h1>
      <p>E-mails the service would send. Nothing here left this machine.</p>
      {emails.map((email) => (
        <article key={email.id} className="ak-mail">
          <h2>{email.subject}</h2>
          <p>
            To {email.to}, {formatDateTime('en', email.createdAt)} ({email.kind})
          </p>
          <pre className="ak-mail__text">{email.text}</pre>
        </article>
      ))}
    </div>
  );
}
