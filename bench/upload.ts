// `npm run bench:upload` (after npm run build): a 20 MB PDF uploaded three times through the
// plain upload route, with every server check (type, hash, ClamAV when installed) and on to
// storage (UploadThing's local stand-in). Prints the throughput and the memory growth of the
// app's server process while it ran: the aim is under 64 MB, i.e. the file streams through
// and is never held whole. (The stand-ins live in the start script's process, shown apart.)
import fs from 'node:fs';
import { pdfOfSize } from '../test/files';
import { withBenchServer } from './server';

const SIZE = 20_000_000;

/** The process and all its descendants (from /proc). */
function family(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    parents.set(Number(entry), ppid);
  }
  const found = [root];
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (found.includes(ppid) && !found.includes(pid)) {
        found.push(pid);
        grew = true;
      }
    }
  }
  return found;
}

/** Which process it is: the app's server (scripts/serve.js and its workers) or the start script with the stand-ins. */
const roleOf = (pid: number) => {
  try {
    const command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return command.includes('serve.js') ? 'app' : command.includes('start.ts') ? 'stand-ins' : 'other';
  } catch {
    return 'other';
  }
};

const rssKb = (pid: number) => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
};

await withBenchServer(3900, 54390, async (base, serverPid) => {
  const file = new Blob([pdfOfSize(SIZE)], { type: 'application/pdf' });
  console.log(`Upload of a ${(SIZE / 1e6).toFixed(0)} MB PDF to ${base}/api/documents/relationshipProof (WEB_CONCURRENCY=${process.env.WEB_CONCURRENCY ?? 'cores'})`);
  // A small upload first: the route's modules load on first use, which is not the file's doing.
  const warmUp = new FormData();
  warmUp.append('file', new Blob([pdfOfSize(1000)], { type: 'application/pdf' }), 'small.pdf');
  await fetch(`${base}/api/documents/relationshipProof?locale=en`, { method: 'POST', body: warmUp, redirect: 'manual' });
  for (let run = 1; run <= 3; run++) {
    const processes = family(serverPid);
    const baseline = new Map(processes.map((pid) => [pid, rssKb(pid)]));
    const peak = new Map(baseline);
    const sampler = setInterval(() => {
      for (const pid of processes) peak.set(pid, Math.max(peak.get(pid) ?? 0, rssKb(pid)));
    }, 10);
    const body = new FormData();
    body.append('file', file, 'big.pdf');
    const started = performance.now();
    const response = await fetch(`${base}/api/documents/relationshipProof?locale=en`, { method: 'POST', body, redirect: 'manual' });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const growth = (role: string) =>
      Math.max(0, ...processes.filter((pid) => roleOf(pid) === role).map((pid) => ((peak.get(pid) ?? 0) - (baseline.get(pid) ?? 0)) / 1024));
    console.log(
      `run ${run}: ${response.status} → ${response.headers.get('location')}; ${seconds.toFixed(2)} s, ${(SIZE / 1e6 / seconds).toFixed(1)} MB/s; ` +
        `RSS growth: app process ${growth('app').toFixed(1)} MB (stand-ins ${growth('stand-ins').toFixed(1)} MB)`,
    );
  }
});
