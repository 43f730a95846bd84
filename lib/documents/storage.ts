// The one storage interface for documents' bytes. Files are never public: they are read back
// only through the service's own authorised routes.
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface DocumentStorage {
  put(key: string, content: Readable): Promise<void>;
  get(key: string): Promise<Readable | null>;
  delete(key: string): Promise<void>;
  /** Whether the bytes are there (tests check nothing is left behind). */
  has(key: string): Promise<boolean>;
}

const SAFE_KEY = /^[0-9a-f-]{36}$/;

/** Local disk: the embedded default and tests (DOCUMENT_STORAGE_DIR, default .data/documents). */
export function diskStorage(directory: string): DocumentStorage {
  const fileOf = (key: string) => {
    // Keys are made by the service (random UUIDs); anything else is refused outright.
    if (!SAFE_KEY.test(key)) throw new Error('Invalid storage key');
    return path.join(/* turbopackIgnore: true */ directory, key);
  };
  return {
    async put(key, content) {
      // (The ignore comments keep the build from tracing these runtime paths.)
      await fs.promises.mkdir(/* turbopackIgnore: true */ directory, { recursive: true, mode: 0o700 });
      await pipeline(content, fs.createWriteStream(/* turbopackIgnore: true */ fileOf(key), { flags: 'wx', mode: 0o600 }));
    },
    async get(key) {
      const file = fileOf(key);
      return fs.existsSync(/* turbopackIgnore: true */ file) ? fs.createReadStream(/* turbopackIgnore: true */ file) : null;
    },
    async delete(key) {
      await fs.promises.rm(/* turbopackIgnore: true */ fileOf(key), { force: true });
    },
    async has(key) {
      return fs.existsSync(/* turbopackIgnore: true */ fileOf(key));
    },
  };
}

const holder = globalThis as { anknytningDocumentStorage?: DocumentStorage };

export function documentStorage(): DocumentStorage {
  holder.anknytningDocumentStorage ??= diskStorage(path.resolve(/* turbopackIgnore: true */ process.env.DOCUMENT_STORAGE_DIR ?? '.data/documents'));
  return holder.anknytningDocumentStorage;
}
