// Identity settings from the environment. `npm start` fills them for the embedded default
// (a generated secret kept under .data/, the local e-ID provider); a real deployment sets them.

export const EID_PROVIDER_ID = 'eid';

/** e-ID users have no e-mail address; the column is unique and required, so each gets its own placeholder. */
export const eidPlaceholderEmail = (personalIdentityNumber: string) => `eid-${personalIdentityNumber}@e-id.invalid`;

export interface IdentityConfig {
  /** The service's own address, as the browser sees it (e-ID callbacks, links in e-mails). */
  appUrl: string;
  /** Signs cookies and encrypts authenticator secrets; at least 32 characters. */
  secret: string;
  eid: { issuer: string; clientId: string; clientSecret: string };
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (npm start sets it for local runs)`);
  return value;
}

export function identityConfig(): IdentityConfig {
  const secret = required('AUTH_SECRET');
  if (secret.length < 32) throw new Error('AUTH_SECRET must be at least 32 characters');
  return {
    appUrl: required('APP_URL').replace(/\/$/, ''),
    secret,
    eid: {
      issuer: required('EID_ISSUER').replace(/\/$/, ''),
      clientId: required('EID_CLIENT_ID'),
      clientSecret: required('EID_CLIENT_SECRET'),
    },
  };
}

/** Browsers keep Secure cookies from plain HTTP only for "localhost"; local runs may use 127.0.0.1. */
export function cookiesAreSecure(appUrl: string): boolean {
  const url = new URL(appUrl);
  return url.protocol === 'https:' || url.hostname === 'localhost';
}

/** The e-ID callback address registered with the provider. */
export const eidRedirectUri = (appUrl: string) => `${appUrl}/api/auth/callback/${EID_PROVIDER_ID}`;
