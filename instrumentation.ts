// Runs once when each server process starts (Node.js only: lib/startup.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startServerProcess } = await import('./lib/startup');
  startServerProcess();
}
