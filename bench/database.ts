// The database a bench script measures against: BENCH_DATABASE_URL (an empty database), else
// a throwaway embedded PostgreSQL. Sets DATABASE_URL; `stop` removes what it made.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedDatabase } from '../lib/db/embedded';

export async function benchDatabase(name: string): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.BENCH_DATABASE_URL) {
    process.env.DATABASE_URL = process.env.BENCH_DATABASE_URL;
    return { url: process.env.DATABASE_URL, stop: async () => {} };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `anknytning-bench-${name}-`));
  fs.chmodSync(dataDir, 0o777);
  const embedded = await startEmbeddedDatabase({ dataDir, port: 54400 + Math.floor(Math.random() * 500) });
  process.env.DATABASE_URL = embedded.url;
  return {
    url: embedded.url,
    stop: async () => {
      await embedded.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
