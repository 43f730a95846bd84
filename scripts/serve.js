// The HTTP server: Next's request handler behind one guard (lib/http/request-guard.js), in
// one process per core. The guard answers, before Next or in its place, what Next would read
// without bound or answer with a 500 although the request was at fault: undecodable addresses,
// methods the service does not take, bodies too large or stalled, malformed multipart and
// server-action posts Next refuses (see there); the limits are in lib/http/request-limits.js.
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
import { answerOnSocket, createRequestGuard } from '../lib/http/request-guard.js';
import { HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS } from '../lib/http/request-limits.js';

const root = path.resolve(import.meta.dirname, '..');
const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);
/** Where to open the service: APP_URL, since pages asked for on another host are sent there. */
const publicAddress = () => process.env.APP_URL ?? `http://127.0.0.1:${port}`;
const processes = dev ? 1 : Math.max(1, Number(process.env.WEB_CONCURRENCY) || os.availableParallelism());

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
      if (++listening === processes) console.log(`Anknytning on ${publicAddress()} (${processes} processes)`);
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

  const guard = createRequestGuard({ securityHeaders });
  /** Every request: the client's address, then the guard, then Next. */
  const onRequest = (handler) => (req, res) => {
    // The client's address for rate limits and the audit log, set here so that no client can
    // choose it. Behind a reverse proxy, TRUSTED_PROXY_HEADER names the header it sets.
    const proxied = process.env.TRUSTED_PROXY_HEADER && req.headers[process.env.TRUSTED_PROXY_HEADER.toLowerCase()];
    req.headers['x-client-address'] = (typeof proxied === 'string' && proxied) || req.socket.remoteAddress || 'unknown';
    guard(req, res, handler);
  };
  const server = http.createServer(onRequest(handle));
  // A client that asks before sending its body (Expect: 100-continue) is told to go on only
  // once the guard has let the request through: a body over the limit is refused unsent.
  server.on(
    'checkContinue',
    onRequest((req, res) => {
      res.writeContinue();
      return handle(req, res);
    }),
  );
  // Slow clients (see lib/http/request-limits.js); the body's silences are timed by the guard.
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  // What Node's parser refuses (an unknown method such as TRACK: 405) and CONNECT, which never
  // reaches the request handler, are answered on the socket.
  server.on('clientError', (error, socket) => answerOnSocket(socket, error));
  server.on('connect', (req, socket) => answerOnSocket(socket));
  server.on('upgrade', (req, socket, head) => void handleUpgrade(req, socket, head));
  server.listen(port, () => {
    if (cluster.isPrimary) console.log(`Anknytning ${dev ? '(development) ' : ''}on ${publicAddress()}`);
  });

  function shutDown() {
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  }
  process.on('SIGTERM', shutDown);
  process.on('SIGINT', shutDown);
}
