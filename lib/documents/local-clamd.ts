// ClamAV's daemon for local runs and tests, with a tiny signature file that matches only the
// EICAR test string (signatures otherwise come from freshclam, over the internet). Not a
// production scanner: it finds the test string and nothing else.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const CLAMD_BINARY = '/usr/sbin/clamd';
const SIGNATURES = path.join(import.meta.dirname, 'local-clamav/test-signatures.ndb');

export interface LocalClamd {
  address: string;
  stop(): Promise<void>;
}

const answersPing = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => socket.write('zPING\0'));
    socket.on('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('PONG'));
    });
    socket.on('error', () => resolve(false));
  });

/** null when ClamAV is not installed here. */
export async function startLocalClamd(port: number): Promise<LocalClamd | null> {
  if (!fs.existsSync(CLAMD_BINARY)) return null;
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'anknytning-clamd-'));
  fs.mkdirSync(path.join(directory, 'db'));
  fs.copyFileSync(SIGNATURES, path.join(directory, 'db/test-signatures.ndb'));
  const config = path.join(directory, 'clamd.conf');
  fs.writeFileSync(
    config,
    [`DatabaseDirectory ${directory}/db`, `TCPSocket ${port}`, 'TCPAddr 127.0.0.1', 'Foreground yes', `LogFile ${directory}/clamd.log`, `PidFile ${directory}/clamd.pid`].join('\n') + '\n',
  );
  const daemon: ChildProcess = spawn(CLAMD_BINARY, ['-c', config], { stdio: 'ignore' });
  for (let waited = 0; !(await answersPing(port)); waited += 100) {
    if (waited > 20_000 || daemon.exitCode !== null) {
      daemon.kill();
      throw new Error(`clamd did not start on port ${port} (see ${directory}/clamd.log)`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    address: `127.0.0.1:${port}`,
    async stop() {
      if (daemon.exitCode === null) {
        daemon.kill('SIGTERM');
        await new Promise((resolve) => daemon.once('exit', resolve));
      }
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
