// A local OpenID Connect provider that stands in for a Swedish e-ID broker in development,
// the embedded default and tests: authorization code flow with PKCE required, signed ID
// tokens, and a page where the person picks one of the test identities (no JavaScript).
import crypto from 'node:crypto';
import http from 'node:http';
import Provider, { type Configuration } from 'oidc-provider';
import { escapeHtml, readBody } from '../../http/node-server';
import { PERSONAL_NUMBER_CLAIM, PERSONAL_NUMBER_SCOPE, testIdentities, type TestIdentity } from './identities';

export interface LocalEidProviderOptions {
  port: number;
  clientId: string;
  clientSecret: string;
  /** Where the app receives the authorization code. */
  redirectUri: string;
}

export interface LocalEidProvider {
  issuer: string;
  stop(): Promise<void>;
}

const byNumber = new Map<string, TestIdentity>(
  Object.values(testIdentities).map((identity) => [identity.personalIdentityNumber, identity]),
);

function pickerPage(uid: string): string {
  const choices = [...byNumber.values()]
    .map(
      (identity) =>
        `<li><button name="personalIdentityNumber" value="${identity.personalIdentityNumber}">` +
        `${escapeHtml(`${identity.givenName} ${identity.familyName}`)} (${identity.personalIdentityNumber})</button></li>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Local e-ID: choose a test identity</title></head>
<body><main><h1>Local e-ID (test identities)</h1>
<p>This provider stands in for a Swedish e-ID broker. Choose who signs in.</p>
<form method="post" action="/interaction/${escapeHtml(uid)}/login"><ul>${choices}</ul></form>
<form method="post" action="/interaction/${escapeHtml(uid)}/abort"><button>Cancel</button></form>
</main></body></html>`;
}

async function formBody(request: http.IncomingMessage): Promise<URLSearchParams> {
  return new URLSearchParams((await readBody(request)).toString());
}

export async function startLocalEidProvider(options: LocalEidProviderOptions): Promise<LocalEidProvider> {
  const issuer = `http://127.0.0.1:${options.port}`;
  const signingKey = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const configuration: Configuration = {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: [{ ...signingKey, use: 'sig', alg: 'RS256', kid: 'local-eid' }] },
    cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
    pkce: { required: () => true },
    scopes: ['openid', 'profile', PERSONAL_NUMBER_SCOPE],
    claims: {
      openid: ['sub'],
      profile: ['name', 'given_name', 'family_name'],
      [PERSONAL_NUMBER_SCOPE]: [PERSONAL_NUMBER_CLAIM],
    },
    // The personal number goes into the ID token itself, as e-ID brokers do.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // Consent is implied: the broker is the agency's own.
    async loadExistingGrant(ctx) {
      const session = ctx.oidc.session;
      const client = ctx.oidc.client;
      if (!session?.accountId || !client) return undefined;
      const grant = new ctx.oidc.provider.Grant({ accountId: session.accountId, clientId: client.clientId });
      grant.addOIDCScope(['openid', 'profile', PERSONAL_NUMBER_SCOPE].join(' '));
      await grant.save();
      return grant;
    },
    async findAccount(_ctx, personalIdentityNumber) {
      const identity = byNumber.get(personalIdentityNumber);
      if (!identity) return undefined;
      return {
        accountId: personalIdentityNumber,
        claims: async () => ({
          // Brokers give an opaque, stable subject; the personal number is its own claim.
          sub: crypto.createHash('sha256').update(`local-eid:${personalIdentityNumber}`).digest('hex').slice(0, 32),
          name: `${identity.givenName} ${identity.familyName}`,
          given_name: identity.givenName,
          family_name: identity.familyName,
          [PERSONAL_NUMBER_CLAIM]: personalIdentityNumber,
        }),
      };
    },
  };
  const provider = new Provider(issuer, configuration);
  const oidc = provider.callback();

  const server = http.createServer(async (request, response) => {
    const match = /^\/interaction\/([\w-]+)(?:\/(login|abort))?$/.exec(new URL(request.url ?? '/', issuer).pathname);
    if (!match) return oidc(request, response);
    try {
      const [, uid, step] = match;
      const details = await provider.interactionDetails(request, response);
      if (details.uid !== uid) throw new Error('interaction mismatch');
      if (!step && request.method === 'GET') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return response.end(pickerPage(uid));
      }
      if (request.method !== 'POST') throw new Error('method not allowed');
      if (step === 'abort') {
        return await provider.interactionFinished(request, response, {
          error: 'access_denied',
          error_description: 'The person cancelled the sign-in',
        });
      }
      const chosen = (await formBody(request)).get('personalIdentityNumber') ?? '';
      if (!byNumber.has(chosen)) throw new Error('unknown identity');
      await provider.interactionFinished(request, response, { login: { accountId: chosen } }, { mergeWithLastSubmission: false });
    } catch (error) {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`Local e-ID: ${(error as Error).message}`);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  return {
    issuer,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
