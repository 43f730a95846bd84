// The HTTP server: Next's request handler behind one guard, in one process per core.
// Next answers an address it cannot percent-decode with a 500 (it tries to render a
// pages-router error page this app does not have); such an address is a bad request,
// answered here with a 400.
// Rendering a page is CPU-bound and Node runs JavaScript on one core, so the production
// server runs WEB_CONCURRENCY processes (default: one per core) sharing the port; they
// share nothing else, all state is in PostgreSQL.
// Plain JavaScript so that Next runs without a TypeScript loader in the process.
import cluster from 'node:cluster';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import next from 'next';
import nextConfig from '../next.config.js';

const root = path.resolve(import.meta.dirname, '..');
const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);
const processes = dev ? 1 : Math.max(1, Number(process.env.WEB_CONCURRENCY) || os.availableParallelism());

const BAD_REQUEST_PAGE = `<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Felaktig adress – The address is not valid</title></head>
<body><main><h1>Felaktig adress</h1><p><a href="/sv">Gå till startsidan</a></p>
<div lang="en"><h2>The address is not valid</h2><p><a href="/en">Go to the start page</a></p></div></main></body></html>`;

/** True when every percent-escape in the path decodes to valid UTF-8. */
function hasDecodablePath(url = '/') {
  const pathname = url.split('?')[0] ?? '/';
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

if (processes > 1 && cluster.isPrimary) superviseWorkers();
else await serve();

/** Starts the workers, replaces one that dies while serving, and stops them all on a signal. */
function superviseWorkers() {
  let stopping = false;
  let listening = 0;
  // DATABASE_POOL_SIZE is the app's share of PostgreSQL's connections, split among the
  // processes: by default 10 each, at most 80 in all (PostgreSQL allows 100 by default).
  const total = Number(process.env.DATABASE_POOL_SIZE) || Math.min(80, 10 * processes);
  const poolSize = Math.max(2, Math.ceil(total / processes));
  const fork = () => {
    const worker = cluster.fork({ DATABASE_POOL_SIZE: String(poolSize) });
    worker.once('listening', () => {
      worker.serving = true;
      if (++listening === processes) console.log(`Anknytning on http://localhost:${port} (${processes} processes)`);
    });
  };
  for (let index = 0; index < processes; index++) fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    // A worker that never served (a build error, the port taken) would only fail again.
    if (!worker.serving) {
      console.error(`A server process failed to start (${signal ?? `exit code ${code}`}).`);
      stopAll(1);
      return;
    }
    console.error(`A server process stopped (${signal ?? `exit code ${code}`}); starting another.`);
    fork();
  });
  function stopAll(exitCode) {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
    const exitWhenDone = () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(exitCode);
    };
    cluster.on('exit', exitWhenDone);
    exitWhenDone();
    setTimeout(() => process.exit(exitCode), 6_000).unref();
  }
  process.on('SIGTERM', () => stopAll(0));
  process.on('SIGINT', () => stopAll(0));
}

async function serve() {
  const securityHeaders = (await nextConfig.headers())[0].headers;
  const app = next({ dev, dir: root, port, hostname: 'localhost' });
  await app.prepare();
  const handle = app.getRequestHandler();
  const handleUpgrade = app.getUpgradeHandler();

  const server = http.createServer((req, res) => {
    if (!hasDecodablePath(req.url)) {
      for (const { key, value } of securityHeaders) res.setHeader(key, value);
      res.writeHead(400, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : BAD_REQUEST_PAGE);
      return;
    }
    // The client's address for rate limits and the audit log, set here so that no client can
    // choose it. Behind a reverse proxy, TRUSTED_PROXY_HEADER names the header it sets.
    const proxied = process.env.TRUSTED_PROXY_HEADER && req.headers[process.env.TRUSTED_PROXY_HEADER.toLowerCase()];
    req.headers['x-client-address'] = (typeof proxied === 'string' && proxied) || req.socket.remoteAddress || 'unknown';
    void handle(req, res);
  });
  server.on('upgrade', (req, socket, head) => void handleUpgrade(req, socket, head));
  server.listen(port, () => {
    if (cluster.isPrimary) console.log(`Anknytning ${dev ? '(development) ' : ''}on http://localhost:${port}`);
  });

  function shutDown() {
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  }
  process.on('SIGTERM', shutDown);
  process.on('SIGINT', shutDown);
}
