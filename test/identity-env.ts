// better-auth's settings for code that runs it outside the app (unit tests, bench/). The e-ID
// provider is never used there, but better-auth reads its discovery document when it starts:
// a stand-in on 127.0.0.1 answers that alone. Returns a function that stops the stand-in.
import http from 'node:http';

export async function setIdentityEnvironment(): Promise<() => void> {
  const discovery = http.createServer((_request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ issuer, authorization_endpoint: `${issuer}/auth`, token_endpoint: `${issuer}/token`, jwks_uri: `${issuer}/jwks` }));
  });
  await new Promise<void>((resolve) => discovery.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(discovery.address() as { port: number }).port}`;
  Object.assign(process.env, {
    AUTH_SECRET: 'local-test-secret-local-test-secret!',
    APP_URL: 'http://127.0.0.1:3000',
    EID_ISSUER: issuer,
    EID_CLIENT_ID: 'local-test',
    EID_CLIENT_SECRET: 'local-test',
  });
  return () => discovery.close();
}
