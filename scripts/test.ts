// `npm test`: every check, in order, stopping at the first failure: lint, types, unit tests
// (with a real embedded PostgreSQL), one production build, then the browser tests against it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);

const steps: { name: string; command: string; args: string[]; before?: () => void }[] = [
  { name: 'lint', command: bin('eslint'), args: ['--max-warnings=0', '.'] },
  { name: 'typecheck', command: bin('tsc'), args: ['--noEmit'] },
  { name: 'unit tests', command: bin('vitest'), args: ['run', '--coverage'] },
  { name: 'production build', command: bin('next'), args: ['build'] },
  {
    name: 'browser tests',
    command: bin('playwright'),
    args: ['test', ...process.argv.slice(2)],
    // Each run starts from an empty embedded database and upload storage.
    before: () => {
      for (const folder of ['.data/e2e-postgres', '.data/e2e-uploadthing']) fs.rmSync(path.join(root, folder), { recursive: true, force: true });
    },
  },
];

/**
 * Debian packages the tests need: Chromium (browsers cannot be downloaded here) and ClamAV's
 * daemon (the virus scan of uploads). Installed when missing.
 */
function ensureSystemPackages() {
  const missing = [
    { file: '/usr/bin/chromium', name: 'chromium' },
    { file: '/usr/sbin/clamd', name: 'clamav-daemon' },
  ].filter((entry) => !fs.existsSync(entry.file));
  if (!missing.length) return;
  const names = missing.map((entry) => entry.name);
  if (process.getuid?.() !== 0) {
    console.error(`Missing: run \`sudo apt-get install -y ${names.join(' ')}\` first.`);
    process.exit(1);
  }
  console.log(`Installing ${names.join(', ')} (apt-get)…`);
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...names]]) {
    if (spawnSync('apt-get', args, { stdio: 'inherit' }).status !== 0) process.exit(1);
  }
}

ensureSystemPackages();
const started = performance.now();
for (const step of steps) {
  const stepStarted = performance.now();
  console.log(`\n▶ ${step.name}`);
  step.before?.();
  const result = spawnSync(step.command, step.args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  const seconds = ((performance.now() - stepStarted) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✘ ${step.name} failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${step.name} (${seconds} s)`);
}
console.log(`\nAll checks passed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
