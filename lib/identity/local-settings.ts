// Identity settings for local runs (`npm start`, the embedded default, tests): what the
// environment does not give is made here: a secret kept under .data/, and the local e-ID
// provider on 127.0.0.1 when no EID_ISSUER is set.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { eidRedirectUri } from './config';
import { startLocalEidProvider, type LocalEidProvider } from './local-eid/provider';

export interface LocalIdentity {
  env: Record<string, string>;
  localEid?: LocalEidProvider;
}

/** The secret of local runs, made once and kept under `dataDir`. */
export function persistentSecret(dataDir: string): string {
  const file = path.join(dataDir, 'auth-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

export async function provideIdentitySettings(appPort: number, dataDir: string): Promise<LocalIdentity> {
  // 127.0.0.1, the address the server's own tools and tests use: pages asked for on another
  // host are sent to APP_URL's (lib/http/canonical-host.js), and `localhost` then comes here.
  const appUrl = process.env.APP_URL ?? `http://127.0.0.1:${appPort}`;
  const env: Record<string, string> = {
    APP_URL: appUrl,
    AUTH_SECRET: process.env.AUTH_SECRET ?? persistentSecret(dataDir),
  };
  if (process.env.EID_ISSUER) return { env };
  const clientId = 'anknytning-local';
  const clientSecret = crypto.randomBytes(24).toString('base64url');
  const localEid = await startLocalEidProvider({
    port: Number(process.env.LOCAL_EID_PORT ?? appPort + 1000),
    clientId,
    clientSecret,
    redirectUri: eidRedirectUri(appUrl),
  });
  Object.assign(env, { EID_ISSUER: localEid.issuer, EID_CLIENT_ID: clientId, EID_CLIENT_SECRET: clientSecret });
  return { env, localEid };
}
