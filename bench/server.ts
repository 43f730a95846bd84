// Runs the production build (npm run build first) on its own port and a throwaway embedded
// database, for the duration of `work`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

export async function withBenchServer(port: number, databasePort: number, work: (base: string, serverPid: number) => Promise<void>): Promise<void> {
  if (!fs.existsSync(path.join(root, '.next/BUILD_ID'))) {
    console.error('No production build: run `npm run build` first.');
    process.exit(1);
  }
  const base = `http://127.0.0.1:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'anknytning-bench-'));
  fs.chmodSync(dataDir, 0o777);
  const server = spawn(path.join(root, 'node_modules/.bin/tsx'), ['scripts/start.ts'], {
    cwd: root,
    stdio: 'ignore',
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: process.env.BENCH_DATABASE_URL ?? '',
      EMBEDDED_DATABASE_DIR: dataDir,
      EMBEDDED_DATABASE_PORT: String(databasePort),
    },
  });
  try {
    let up = false;
    for (let attempt = 0; attempt < 120 && !up; attempt++) {
      up = await fetch(`${base}/api/health`).then((response) => response.ok, () => false);
      if (!up) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    if (!up) throw new Error('the app did not start');
    await work(base, server.pid!);
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
