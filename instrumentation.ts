// Runs once when each server process starts: settings that forbid starting, then the
// background work of the process.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { deploymentProblems } = await import('./lib/payments/stripe');
  const problems = deploymentProblems();
  if (problems.length) {
    console.error(`Refusing to start: ${problems.join('; ')}.`);
    process.exit(1);
  }
  const { startOutboxWorker } = await import('./lib/notify/worker');
  const { startHousekeeping } = await import('./lib/identity/housekeeping');
  const { db } = await import('./lib/db/client');
  startOutboxWorker();
  startHousekeeping(db);
}
