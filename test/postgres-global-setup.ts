import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedDatabase } from '../lib/db/embedded';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

/** Starts a throwaway PostgreSQL server for the unit tests that need a real database. */
export default async function setup(project: TestProject) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'anknytning-unit-'));
  fs.chmodSync(dataDir, 0o777);
  const server = await startEmbeddedDatabase({ dataDir, port: 56000 + Math.floor(Math.random() * 2000) });
  project.provide('postgresAdminUrl', server.urlFor('postgres'));
  return async () => {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
