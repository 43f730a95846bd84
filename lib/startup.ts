// What each server process does when it starts (instrumentation.ts): refuse settings that
// must not reach the public, say how uploads are scanned, start the background work.
import { db } from '@/lib/db/client';
import { scannerFromEnvironment } from '@/lib/documents/scanner';
import { startHousekeeping } from '@/lib/identity/housekeeping';
import { startOutboxWorker } from '@/lib/notify/worker';
import { deploymentProblems } from '@/lib/payments/stripe';

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
}
