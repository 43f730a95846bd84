// A local stand-in for UploadThing's ingest server and the part of its API the service uses
// (uploadthing 7.7.4, pinned; docs/uploadthing-protocol.md), for development, the embedded
// default and tests. The app's route handler, the browser client and UTApi stay the real
// ones: UPLOADTHING_INGEST_URL and UPLOADTHING_API_URL point them here. Files stay on disk.
// Production mode only (UPLOADTHING_IS_DEV=false): the stand-in calls the app back.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { readBody } from '../../http/node-server';

export interface UploadThingToken {
  apiKey: string;
  appId: string;
  regions: string[];
}

export const encodeToken = (token: UploadThingToken) => Buffer.from(JSON.stringify(token)).toString('base64');
const decodeToken = (token: string): UploadThingToken => JSON.parse(Buffer.from(token, 'base64').toString('utf8'));

/** UploadThing's signature: "hmac-sha256=" and the hex HMAC-SHA256 of the payload with the API key. */
export const signPayload = (payload: string, apiKey: string) => `hmac-sha256=${crypto.createHmac('sha256', apiKey).update(payload).digest('hex')}`;

function signatureMatches(payload: string, signature: string, apiKey: string): boolean {
  const expected = Buffer.from(signPayload(payload, apiKey));
  const given = Buffer.from(signature);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

/**
 * An upload address as the route handler signed it: everything before the last "&signature="
 * is signed, with the ingest origin the app was configured with (not the Host header).
 * Parameter values were encoded once more before they were added.
 */
function verifiedUploadAddress(fullUrl: string, apiKey: string): Record<string, string> | null {
  const cut = fullUrl.lastIndexOf('&signature=');
  if (cut < 0) return null;
  const signed = fullUrl.slice(0, cut);
  if (!signatureMatches(signed, decodeURIComponent(fullUrl.slice(cut + '&signature='.length)), apiKey)) return null;
  const parameters = Object.fromEntries([...new URL(signed).searchParams].map(([name, value]) => [name, name === 'expires' ? value : decodeURIComponent(value)]));
  return Number(parameters.expires) > Date.now() ? parameters : null;
}

interface Route {
  metadata: unknown;
  callbackUrl: string;
  callbackSlug: string;
  awaitServerData: boolean;
}

export interface LocalIngest {
  url: string;
  stop(): Promise<void>;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET,HEAD,PUT,POST,OPTIONS',
  'access-control-allow-headers': '*',
  'access-control-expose-headers': 'x-ut-range-start',
};

function send(response: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const isJson = body !== null && !Buffer.isBuffer(body);
  response.writeHead(status, { ...CORS, ...(isJson ? { 'content-type': 'application/json' } : {}), ...headers });
  response.end(body === null ? '' : Buffer.isBuffer(body) ? body : JSON.stringify(body));
}

const SAFE_KEY = /^[A-Za-z0-9_-]+$/;

export async function startLocalIngest({ port, token, directory }: { port: number; token: string; directory: string }): Promise<LocalIngest> {
  const { apiKey, appId } = decodeToken(token);
  const url = `http://127.0.0.1:${port}`;
  fs.mkdirSync(directory, { recursive: true });
  const routes = new Map<string, Route>();
  const routeWaiters = new Map<string, ((route: Route) => void)[]>();
  const results = new Map<string, (result: { callbackData?: unknown; error?: string }) => void>();
  const dataFile = (key: string) => path.join(directory, key);
  const metaFile = (key: string) => path.join(directory, `${key}.json`);

  /** The files kept under these custom ids (the service's own names for them). */
  const keysOfCustomIds = (customIds: string[]) =>
    fs
      .readdirSync(directory)
      .filter((name) => name.endsWith('.json'))
      .map((name) => JSON.parse(fs.readFileSync(path.join(directory, name), 'utf8')) as { key: string; customId: string | null })
      .filter((file) => file.customId && customIds.includes(file.customId))
      .map((file) => file.key);

  /** The route-metadata call and the upload race each other: the upload waits for it a while. */
  const routeOf = (key: string) =>
    routes.has(key)
      ? Promise.resolve(routes.get(key)!)
      : new Promise<Route | null>((resolve) => {
          routeWaiters.set(key, [...(routeWaiters.get(key) ?? []), resolve]);
          setTimeout(() => resolve(routes.get(key) ?? null), 10_000).unref();
        });

  async function callBack(route: Route, payload: object) {
    const body = JSON.stringify(payload);
    const target = new URL(route.callbackUrl);
    target.searchParams.set('slug', route.callbackSlug);
    const answer = await fetch(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'uploadthing-hook': 'callback', 'x-uploadthing-signature': signPayload(body, apiKey) },
      body,
    });
    if (!answer.ok) throw new Error(`callback answered ${answer.status}`);
  }

  async function upload(request: http.IncomingMessage, response: http.ServerResponse, key: string, parameters: Record<string, string>) {
    const raw = await readBody(request);
    const type = request.headers['content-type'] ?? '';
    const form = type.startsWith('multipart/form-data') ? await new Response(new Uint8Array(raw), { headers: { 'content-type': type } }).formData() : null;
    const part = form?.get('file');
    const bytes = part && typeof part !== 'string' ? Buffer.from(await part.arrayBuffer()) : raw;
    if (bytes.length !== Number(parameters['x-ut-file-size'])) return send(response, 400, { error: 'The size differs from the signed size' });
    fs.writeFileSync(dataFile(key), bytes);
    const fileUrl = `${url}/f/${key}`;
    const file = {
      name: parameters['x-ut-file-name'],
      size: bytes.length,
      type: parameters['x-ut-file-type'] ?? 'application/octet-stream',
      customId: parameters['x-ut-custom-id'] ?? null,
      key,
      url: fileUrl,
      appUrl: fileUrl,
      ufsUrl: fileUrl,
      fileHash: crypto.createHash('md5').update(bytes).digest('hex'),
      lastModified: Date.now(),
    };
    fs.writeFileSync(metaFile(key), JSON.stringify(file));
    const done = { url: fileUrl, appUrl: fileUrl, ufsUrl: fileUrl, fileHash: file.fileHash };
    // UTApi.uploadFiles sends no route: nothing to call back.
    if (!parameters['x-ut-slug']) return send(response, 200, { ...done, serverData: null });
    const route = await routeOf(key);
    if (!route) return send(response, 500, { error: 'No route metadata for this file' });
    // The app answers the callback only after it has posted its result here.
    const result = new Promise<{ callbackData?: unknown; error?: string }>((resolve) => {
      results.set(key, resolve);
      setTimeout(() => resolve({ error: 'No result from the app' }), 60_000).unref();
    });
    const called = callBack(route, { status: 'uploaded', file, origin: url, metadata: route.metadata }).catch((error: Error) =>
      results.get(key)?.({ error: error.message }),
    );
    if (!route.awaitServerData) {
      void called;
      return send(response, 200, { ...done, serverData: null });
    }
    const { callbackData, error } = await result;
    results.delete(key);
    return error ? send(response, 500, { error }) : send(response, 200, { ...done, serverData: callbackData ?? null });
  }

  const server = http.createServer(async (request, response) => {
    try {
      const pathname = new URL(request.url ?? '/', url).pathname;
      if (request.method === 'OPTIONS') return send(response, 204, null);
      const json = async () => JSON.parse((await readBody(request)).toString() || '{}');
      if (request.method === 'POST' && ['/route-metadata', '/callback-result', '/v6/deleteFiles', '/v6/requestFileAccess'].includes(pathname)) {
        if (request.headers['x-uploadthing-api-key'] !== apiKey) return send(response, 401, { error: 'Invalid API key' });
        const body = await json();
        if (pathname === '/route-metadata') {
          const route = { metadata: body.metadata ?? {}, callbackUrl: body.callbackUrl, callbackSlug: body.callbackSlug, awaitServerData: body.awaitServerData ?? true };
          for (const key of body.fileKeys ?? []) {
            routes.set(key, route);
            for (const waiter of routeWaiters.get(key) ?? []) waiter(route);
            routeWaiters.delete(key);
          }
          return send(response, 200, { ok: true });
        }
        if (pathname === '/callback-result') {
          results.get(body.fileKey)?.(body);
          return send(response, 200, { ok: true });
        }
        if (pathname === '/v6/requestFileAccess') {
          const key = body.fileKey ?? keysOfCustomIds([body.customId])[0];
          if (!key || !fs.existsSync(metaFile(key))) return send(response, 404, { error: 'Not found' });
          return send(response, 200, { url: `${url}/f/${key}`, ufsUrl: `${url}/f/${key}` });
        }
        const keys = ((body.fileKeys ?? keysOfCustomIds(body.customIds ?? [])) as string[]).filter((key) => SAFE_KEY.test(key) && fs.existsSync(metaFile(key)));
        for (const key of keys) for (const file of [dataFile(key), metaFile(key)]) fs.rmSync(file, { force: true });
        return send(response, 200, { success: true, deletedCount: keys.length });
      }
      const served = /^\/f\/([A-Za-z0-9_-]+)$/.exec(pathname);
      if (request.method === 'GET' && served) {
        if (!fs.existsSync(metaFile(served[1]!))) return send(response, 404, { error: 'Not found' });
        const { type } = JSON.parse(fs.readFileSync(metaFile(served[1]!), 'utf8')) as { type: string };
        return send(response, 200, fs.readFileSync(dataFile(served[1]!)), { 'content-type': type });
      }
      const uploadKey = /^\/([A-Za-z0-9_-]+)$/.exec(pathname)?.[1];
      if ((request.method === 'PUT' || request.method === 'HEAD') && uploadKey) {
        const parameters = verifiedUploadAddress(`${url}${request.url}`, apiKey);
        if (!parameters || parameters['x-ut-identifier'] !== appId) return send(response, 403, request.method === 'HEAD' ? null : { error: 'Invalid signature' });
        // No resumed uploads here: every upload starts at byte 0.
        if (request.method === 'HEAD') return send(response, 200, null, { 'x-ut-range-start': '0' });
        return await upload(request, response, uploadKey, parameters);
      }
      send(response, 404, { error: 'Not found' });
    } catch (error) {
      if (!response.headersSent) send(response, 500, { error: String(error) });
      else response.end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
