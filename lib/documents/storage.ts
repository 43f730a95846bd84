// The one storage interface for documents' bytes: UploadThing in production (the local
// stand-in in development and tests), or local disk. Files are never public: they are read
// back only through the service's own authorised routes.
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { UTApi, UTFile } from 'uploadthing/server';
import { isUuid } from '@/lib/ids';

export interface DocumentStorage {
  /** Keeps the checked bytes of `file` (a local temporary file) under `key`. */
  put(key: string, file: string): Promise<void>;
  get(key: string): Promise<Readable | null>;
  delete(key: string): Promise<void>;
}

/** Local disk: the embedded default and tests (DOCUMENT_STORAGE_DIR, default .data/documents). */
export function diskStorage(directory: string): DocumentStorage {
  const fileOf = (key: string) => {
    // Keys are made by the service (random UUIDs); anything else is refused outright.
    if (!isUuid(key)) throw new Error('Invalid storage key');
    return path.join(/* turbopackIgnore: true */ directory, key);
  };
  return {
    async put(key, file) {
      // (The ignore comments keep the build from tracing these runtime paths.)
      await fs.promises.mkdir(/* turbopackIgnore: true */ directory, { recursive: true, mode: 0o700 });
      await pipeline(fs.createReadStream(file), fs.createWriteStream(/* turbopackIgnore: true */ fileOf(key), { flags: 'wx', mode: 0o600 }));
    },
    async get(key) {
      const file = fileOf(key);
      return fs.existsSync(/* turbopackIgnore: true */ file) ? fs.createReadStream(/* turbopackIgnore: true */ file) : null;
    },
    async delete(key) {
      await fs.promises.rm(/* turbopackIgnore: true */ fileOf(key), { force: true });
    },
  };
}

/**
 * UploadThing (production, and its local stand-in): each file under our key as its custom id,
 * read back through a short-lived signed address. The upload streams from the temporary file.
 */
export function uploadThingStorage(api = new UTApi()): DocumentStorage {
  return {
    async put(key, file) {
      const uploaded = await api.uploadFiles(new UTFile([await fs.openAsBlob(file)], key, { customId: key }), { acl: 'private' });
      if (uploaded.error) throw new Error(`UploadThing refused the upload: ${uploaded.error.message}`);
    },
    async get(key) {
      const access = await api.getSignedURL(key, { keyType: 'customId', expiresIn: 60 }).catch(() => null);
      const answer = access ? await fetch(access.ufsUrl) : null;
      return answer?.ok && answer.body ? Readable.fromWeb(answer.body as never) : null;
    },
    async delete(key) {
      await api.deleteFiles(key, { keyType: 'customId' });
    },
  };
}

const holder = globalThis as { anknytningDocumentStorage?: DocumentStorage };

/** UploadThing when it is configured (npm start always configures it or its stand-in), else local disk. */
export function documentStorage(): DocumentStorage {
  holder.anknytningDocumentStorage ??= process.env.UPLOADTHING_TOKEN
    ? uploadThingStorage()
    : diskStorage(path.resolve(/* turbopackIgnore: true */ process.env.DOCUMENT_STORAGE_DIR ?? '.data/documents'));
  return holder.anknytningDocumentStorage;
}
