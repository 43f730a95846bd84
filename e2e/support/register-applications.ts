// Registers applications as paying for them does (lib/applications/submit.ts): each names a
// sponsor with an e-mail address, so each sponsor is sent the questionnaire. Run with tsx by
// tests whose own process cannot load the service's messages:
//   DATABASE_URL=… APP_URL=… tsx e2e/support/register-applications.ts <count>
import { PrismaPg } from '@prisma/adapter-pg';
import { forms } from '../../forms';
import { completeAnswers } from '../../forms/family-reunion/complete-answers.test-fixture';
import { submitDraft } from '../../lib/applications/submit';
import { PrismaClient } from '../../lib/db/generated/client';

const count = Number(process.argv[2]);
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });
const form = forms['family-reunion']!;
for (let index = 0; index < count; index++) {
  const draft = await db.draft.create({
    data: { formId: form.id, formVersion: form.version, answers: { ...completeAnswers, sponsorEmail: `sponsor${index}@example.se` } as never, declaredAt: new Date() },
  });
  await db.$transaction((tx) => submitDraft(tx, draft.id, form, { locale: 'sv', appUrl: process.env.APP_URL! }));
}
await db.$disconnect();
