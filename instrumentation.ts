// Runs once when each server process starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startOutboxWorker } = await import('./lib/notify/worker');
  startOutboxWorker();
}
