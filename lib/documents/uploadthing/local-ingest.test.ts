// Pins the UploadThing protocol the service depends on (docs/uploadthing-protocol.md): the
// real route handler, browser client and UTApi of uploadthing 7.7.4 against the local
// stand-in, over the wire. If either side moves, this fails.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NodeXMLHttpRequest } from '@/test/node-xhr';
import { encodeToken, signPayload, startLocalIngest, type LocalIngest } from './local-ingest';

const API_KEY = 'sk_local_contract_test';
const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'anknytning-ingest-'));
let ingest: LocalIngest;
let app: http.Server;
let routeUrl: string;
const completed: { key: string; metadata: unknown }[] = [];

beforeAll(async () => {
  const port = 45000 + Math.floor(Math.random() * 1000);
  const token = encodeToken({ apiKey: API_KEY, appId: 'anknytning-local', regions: ['local'] });
  Object.assign(process.env, {
    UPLOADTHING_TOKEN: token,
    UPLOADTHING_INGEST_URL: `http://127.0.0.1:${port}`,
    UPLOADTHING_API_URL: `http://127.0.0.1:${port}`,
    UPLOADTHING_IS_DEV: 'false',
    UPLOADTHING_LOG_LEVEL: 'Error',
  });
  (globalThis as { XMLHttpRequest?: unknown }).XMLHttpRequest = NodeXMLHttpRequest;
  ingest = await startLocalIngest({ port, token, directory });

  const { createUploadthing, createRouteHandler } = await import('uploadthing/server');
  const f = createUploadthing();
  const router = {
    documents: f({ pdf: { maxFileSize: '4MB', maxFileCount: 2 }, image: { maxFileSize: '4MB', maxFileCount: 2 } })
      .middleware(() => ({ draftId: 'draft-1' }))
      .onUploadComplete(({ metadata, file }) => {
        completed.push({ key: file.key, metadata });
        return { kept: true };
      }),
  };
  const handler = createRouteHandler({ router });
  // A plain Node server around the fetch-style handler, as Next's route handler would be.
  app = http.createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const answer = await handler(
      new Request(new URL(request.url!, `http://${request.headers.host}`), {
        method: request.method,
        headers: request.headers as Record<string, string>,
        body: ['GET', 'HEAD'].includes(request.method!) ? undefined : Buffer.concat(chunks),
      }),
    );
    response.writeHead(answer.status, Object.fromEntries(answer.headers));
    response.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  routeUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}/api/uploadthing`;
}, 30_000);

afterAll(async () => {
  await ingest?.stop();
  app?.closeAllConnections();
  await new Promise<void>((resolve) => (app ? app.close(() => resolve()) : resolve()));
  fs.rmSync(directory, { recursive: true, force: true });
});

const pdf = () => new File([Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(300 * 1024, 65)])], 'passport.pdf', { type: 'application/pdf' });

describe('UploadThing against the local stand-in', () => {
  test('R-DOC-04 the browser client uploads with progress; the app runs onUploadComplete and its answer comes back', async () => {
    const { genUploader } = await import('uploadthing/client');
    const { uploadFiles } = genUploader({ url: routeUrl, package: 'anknytning', fetch: globalThis.fetch });
    const progress: number[] = [];
    const [uploaded] = await uploadFiles('documents', { files: [pdf()], onUploadProgress: (event) => progress.push(event.loaded) });
    expect(uploaded!.serverData).toEqual({ kept: true });
    expect(completed).toEqual([{ key: uploaded!.key, metadata: { draftId: 'draft-1' } }]);
    expect(progress.length).toBeGreaterThan(1);
    const served = await fetch(uploaded!.ufsUrl);
    expect((await served.arrayBuffer()).byteLength).toBe(pdf().size);

    const { UTApi } = await import('uploadthing/server');
    expect({ ...(await new UTApi().deleteFiles([uploaded!.key])) }).toEqual({ success: true, deletedCount: 1 });
    expect((await fetch(uploaded!.ufsUrl)).status).toBe(404);
  });

  test('R-DOC-04 the declared count and size are enforced by the handler', async () => {
    const { genUploader } = await import('uploadthing/client');
    const { uploadFiles } = genUploader({ url: routeUrl, package: 'anknytning', fetch: globalThis.fetch });
    await expect(uploadFiles('documents', { files: [pdf(), pdf(), pdf()] })).rejects.toThrow();
    const big = new File([Buffer.alloc(5 * 1024 * 1024)], 'big.pdf', { type: 'application/pdf' });
    await expect(uploadFiles('documents', { files: [big] })).rejects.toThrow();
  });

  test('R-DOC-04 the storage interface on UploadThing: a checked file kept under our key, read back, deleted', async () => {
    const { uploadThingStorage } = await import('../storage');
    const storage = uploadThingStorage();
    const file = path.join(directory, 'checked-copy.tmp');
    const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(100 * 1024, 66)]);
    fs.writeFileSync(file, bytes);
    const key = crypto.randomUUID();
    await storage.put(key, file);
    const chunks: Buffer[] = [];
    for await (const chunk of (await storage.get(key))!) chunks.push(chunk as Buffer);
    expect(Buffer.compare(Buffer.concat(chunks), bytes)).toBe(0);
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
  });

  test('a forged callback and a tampered upload address are refused', async () => {
    const before = completed.length;
    const body = JSON.stringify({ status: 'uploaded', file: { name: 'x.pdf', size: 1, type: 'application/pdf', customId: null, key: 'forged', url: 'u', appUrl: 'u', ufsUrl: 'u', fileHash: 'h' }, origin: ingest.url, metadata: {} });
    const forged = await fetch(`${routeUrl}?slug=documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'uploadthing-hook': 'callback', 'x-uploadthing-signature': signPayload(body, 'sk_not_the_key') },
      body,
    });
    expect(forged.status).toBe(400);
    expect(completed.length).toBe(before);

    const addresses = await fetch(`${routeUrl}?actionType=upload&slug=documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ input: null, files: [{ name: 'a.png', size: 10, type: 'image/png' }] }),
    });
    const [address] = (await addresses.json()) as { url: string }[];
    const form = new FormData();
    form.append('file', new Blob([Buffer.alloc(10)]));
    const tampered = await fetch(address!.url.replace('x-ut-file-size=10', 'x-ut-file-size=999999'), { method: 'PUT', body: form });
    expect(tampered.status).toBe(403);
  });
});
