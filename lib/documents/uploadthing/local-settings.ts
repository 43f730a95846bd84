// Upload settings for local runs (`npm start`, the embedded default, tests): without an
// UPLOADTHING_TOKEN, the local stand-in of UploadThing's ingest server is started and
// UploadThing's own settings point at it.
import crypto from 'node:crypto';
import path from 'node:path';
import { encodeToken, startLocalIngest, type LocalIngest } from './local-ingest';

export async function provideUploadSettings(appPort: number, appUrl: string): Promise<{ env: Record<string, string>; localIngest?: LocalIngest }> {
  if (process.env.UPLOADTHING_TOKEN) return { env: {} };
  const token = encodeToken({ apiKey: `sk_local_${crypto.randomBytes(12).toString('hex')}`, appId: 'anknytning-local', regions: ['local'] });
  const localIngest = await startLocalIngest({
    port: Number(process.env.LOCAL_INGEST_PORT ?? appPort + 1300),
    token,
    directory: path.resolve(process.env.LOCAL_INGEST_DIR ?? '.data/uploadthing'),
  });
  return {
    env: {
      UPLOADTHING_TOKEN: token,
      UPLOADTHING_INGEST_URL: localIngest.url,
      UPLOADTHING_API_URL: localIngest.url,
      UPLOADTHING_CALLBACK_URL: `${appUrl}/api/uploadthing`,
      // The stand-in calls the app back itself, also under `npm run dev`.
      UPLOADTHING_IS_DEV: 'false',
      UPLOADTHING_LOG_LEVEL: 'Error',
    },
    localIngest,
  };
}
