// Runs once when each server process starts: the background work of the process.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startOutboxWorker } = await import('./lib/notify/worker');
  const { startHousekeeping } = await import('./lib/identity/housekeeping');
  const { db } = await import('./lib/db/client');
  startOutboxWorker();
  startHousekeeping(db);
}
