// Just enough XMLHttpRequest for uploadthing's browser client to run in Node (it uploads with
// XHR for its progress events): the body is sent in chunks, each followed by a progress event.
import http from 'node:http';

export class NodeXMLHttpRequest {
  upload = new EventTarget();
  status = 0;
  statusText = '';
  response: unknown = null;
  responseType = '';
  private events = new EventTarget();
  private method = 'GET';
  private url = '';
  private headers: Record<string, string> = {};
  private request: http.ClientRequest | null = null;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  addEventListener(type: string, listener: (event: Event) => void) {
    this.events.addEventListener(type, listener);
  }
  abort() {
    this.request?.destroy(new Error('aborted'));
  }
  async send(body: BodyInit) {
    const encoded = new Response(body);
    const bytes = Buffer.from(await encoded.arrayBuffer());
    const type = encoded.headers.get('content-type');
    const headers = { ...this.headers, 'content-length': String(bytes.length), ...(type ? { 'content-type': type } : {}) };
    const request = (this.request = http.request(this.url, { method: this.method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        this.status = response.statusCode ?? 0;
        this.statusText = response.statusMessage ?? '';
        const text = Buffer.concat(chunks).toString();
        try {
          this.response = this.responseType === 'json' ? JSON.parse(text) : text;
        } catch {
          this.response = null;
        }
        this.events.dispatchEvent(new Event('load'));
      });
    }));
    request.on('error', () => this.events.dispatchEvent(new Event('error')));
    const CHUNK = 64 * 1024;
    for (let offset = 0; offset < bytes.length; offset += CHUNK) {
      await new Promise((resolve) => request.write(bytes.subarray(offset, offset + CHUNK), resolve));
      this.upload.dispatchEvent(Object.assign(new Event('progress'), { loaded: Math.min(offset + CHUNK, bytes.length) }));
    }
    request.end();
  }
}
