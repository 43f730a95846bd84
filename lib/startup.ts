// What each server process does when it starts (instrumentation.ts): refuse settings that
// must not reach the public, say how uploads are scanned, start the background work.
import { db } from '@/lib/db/client';
import { sweepIntakeDirectory } from '@/lib/documents/intake';
import { scannerFromEnvironment } from '@/lib/documents/scanner';
import { startHousekeeping } from '@/lib/identity/housekeeping';
import { startJobs } from '@/lib/jobs/worker';
import { startOutboxWorker } from '@/lib/notify/worker';

const isLoopback = (address: string) => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(address).hostname);

/**
 * Problems that forbid a public deployment (an APP_URL that is not loopback) from starting:
 * missing settings for Stripe or UploadThing, their local stand-ins' addresses, a Stripe test
 * key, or a clock tests may move. None of those takes real money, keeps real documents or
 * keeps real deadlines.
 */
export function deploymentProblems(env: Record<string, string | undefined> = process.env): string[] {
  if (!env.APP_URL || isLoopback(env.APP_URL)) return [];
  const problems = [];
  if (!env.STRIPE_SECRET_KEY || !env.STRIPE_WEBHOOK_SECRET) problems.push('STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET must be set');
  if (env.STRIPE_API_BASE && isLoopback(env.STRIPE_API_BASE)) problems.push(`STRIPE_API_BASE points at this machine (${env.STRIPE_API_BASE})`);
  if (env.STRIPE_SECRET_KEY?.startsWith('sk_test_')) problems.push('STRIPE_SECRET_KEY is a test key');
  if (!env.UPLOADTHING_TOKEN) problems.push('UPLOADTHING_TOKEN must be set');
  for (const name of ['UPLOADTHING_INGEST_URL', 'UPLOADTHING_API_URL']) {
    if (env[name] && isLoopback(env[name]!)) problems.push(`${name} points at this machine (${env[name]})`);
  }
  // A clock moved through the database would move every deadline (lib/clock.ts).
  if (env.ADJUSTABLE_CLOCK) problems.push('ADJUSTABLE_CLOCK must not be set: it is for tests only');
  return problems;
}

export function startServerProcess(): void {
  const problems = deploymentProblems();
  if (problems.length) {
    console.error(`Refusing to start: ${problems.join('; ')}.`);
    process.exit(1);
  }
  const scanner = scannerFromEnvironment();
  console.log(scanner ? `Virus scan of uploads: ${scanner.description}` : 'No virus scanner (CLAMD_ADDRESS): uploads are kept as not scanned.');
  startOutboxWorker();
  startHousekeeping(db);
  startJobs().catch((error: unknown) => console.error('Could not start the background jobs:', String(error)));
  // Left behind by uploads whose process ended in the middle (never a sibling's live upload).
  sweepIntakeDirectory().then(
    (removed) => removed && console.log(`Removed ${removed} abandoned upload file(s) from the intake folder.`),
    (error: unknown) => console.error('Could not sweep the upload intake folder:', error),
  );
}
