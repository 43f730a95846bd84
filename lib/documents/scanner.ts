// Virus scanning with ClamAV's daemon over TCP (INSTREAM). No scanner configured means "not
// scanned", never "clean"; a scanner that cannot be reached refuses the upload for now.
import fs from 'node:fs';
import { once } from 'node:events';
import net from 'node:net';

export type ScanResult = { verdict: 'clean' } | { verdict: 'infected'; signature: string } | { verdict: 'unavailable'; reason: string };

export interface Scanner {
  /** Where it is, for /api/health and the start-up log. */
  description: string;
  scanFile(file: string): Promise<ScanResult>;
}

const CHUNK = 64 * 1024;

/** clamd at host:port: the file is streamed in chunks, each with its length, then a zero length. */
export function clamdScanner(address: string, timeoutMs = 30_000): Scanner {
  const [host = '127.0.0.1', port = '3310'] = address.split(':');
  return {
    description: `clamd at ${address}`,
    scanFile: (file) =>
      new Promise<ScanResult>((resolve) => {
        const socket = net.connect({ host, port: Number(port) });
        let answer = '';
        const done = (result: ScanResult) => {
          socket.destroy();
          resolve(result);
        };
        socket.setTimeout(timeoutMs, () => done({ verdict: 'unavailable', reason: 'timeout' }));
        socket.on('error', (error) => done({ verdict: 'unavailable', reason: error.message }));
        socket.on('data', (data) => (answer += data.toString('utf8')));
        socket.on('end', () => {
          const reply = answer.replace(/\0/g, '').trim();
          if (reply === 'stream: OK') return done({ verdict: 'clean' });
          const found = /^stream: (.+) FOUND$/.exec(reply);
          done(found ? { verdict: 'infected', signature: found[1]! } : { verdict: 'unavailable', reason: reply || 'no answer' });
        });
        socket.on('connect', async () => {
          socket.write('zINSTREAM\0');
          for await (const chunk of fs.createReadStream(file, { highWaterMark: CHUNK })) {
            const length = Buffer.alloc(4);
            length.writeUInt32BE((chunk as Buffer).length);
            socket.write(length);
            // Streamed: a large file is never held in memory whole.
            if (!socket.write(chunk as Buffer)) await once(socket, 'drain');
          }
          socket.end(Buffer.alloc(4));
        });
      }),
  };
}

/** The scanner of CLAMD_ADDRESS, or null when none is configured. */
export function scannerFromEnvironment(env: Record<string, string | undefined> = process.env): Scanner | null {
  return env.CLAMD_ADDRESS ? clamdScanner(env.CLAMD_ADDRESS) : null;
}
