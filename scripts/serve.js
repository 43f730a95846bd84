// The HTTP server: Next's request handler behind one guard. Next answers an address it
// cannot percent-decode with a 500 (it tries to render a pages-router error page this app
// does not have); such an address is a bad request, answered here with a 400.
// Plain JavaScript so that Next runs without a TypeScript loader in the process.
import http from 'node:http';
import path from 'node:path';
import next from 'next';
import nextConfig from '../next.config.js';

const root = path.resolve(import.meta.dirname, '..');
const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);

const securityHeaders = (await nextConfig.headers())[0].headers;

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
  void handle(req, res);
});
server.on('upgrade', (req, socket, head) => void handleUpgrade(req, socket, head));
server.listen(port, () => console.log(`Anknytning ${dev ? '(development) ' : ''}on http://localhost:${port}`));

function shutDown() {
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.on('SIGTERM', shutDown);
process.on('SIGINT', shutDown);
