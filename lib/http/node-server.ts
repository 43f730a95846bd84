// Small pieces shared by the local stand-ins' plain Node HTTP servers.
import type http from 'node:http';

export { escapeHtml } from './escape-html.js';

/** The whole request body. */
export async function readBody(request: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
