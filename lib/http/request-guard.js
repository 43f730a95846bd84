// The one guard in front of Next's request handler (scripts/serve.js). What Next would read
// without bound, or answer with a 500 although the request was at fault, is answered here with
// a small page in the person's language (lib/http/error-pages.js), never cached:
// - an address that cannot be percent-decoded: 400 (Next tries to render a pages-router error
//   page this app does not have, and answers 500);
// - a method the service does not take: 405 with Allow;
// - a multipart body whose boundary breaks RFC 2046 (1–70 characters): 400;
// - a body over its address's limit (lib/http/request-limits.js): 413 as soon as
//   Content-Length says so, before a byte of it is read, else as soon as the counted bytes
//   (chunked bodies) pass the limit;
// - a body that stalls: 408;
// - a page asked for on another host than APP_URL's: 307 to the same address there
//   (lib/http/canonical-host.js);
// - a server-action post that Next refuses: Next decodes the action id, the bound arguments
//   and the body itself, before any code of ours runs, and answers a malformed one (a foreign
//   or unknown action id, garbage, bound arguments it cannot decode, a body over its limit)
//   with 500 or a bare text/plain 400/409. Such a post is the client's fault, so when Next is
//   about to send that status and nothing has been written yet, this answers 400 (413 when the
//   body was too large) instead.
// Plain JavaScript so that serve.js can import it without a TypeScript loader.
import { STATUS_CODES } from 'node:http';
import { canonicalLocation } from './canonical-host.js';
import { errorPage, localeOfRequest } from './error-pages.js';
import { ALLOWED_METHODS, BODY_IDLE_TIMEOUT_MS, bodyLimitFor } from './request-limits.js';

/** RFC 2046 §5.1.1: a boundary is 1 to 70 characters. */
const MAX_BOUNDARY_LENGTH = 70;
/** After refusing a body it has not read, the connection is closed this long after the answer. */
const CLOSE_GRACE_MS = 2_000;
/** Next's header on its answer to an action id it does not know. */
const ACTION_NOT_FOUND_HEADER = 'x-nextjs-action-not-found';

/** Statuses for requests Node's parser refuses before the guard sees them (Node's own, plus 405 for an unknown method such as TRACK). */
const CLIENT_ERROR_STATUS = { HPE_INVALID_METHOD: 405, HPE_HEADER_OVERFLOW: 431, HPE_CHUNK_EXTENSIONS_OVERFLOW: 413, ERR_HTTP_REQUEST_TIMEOUT: 408 };

/**
 * Node's 'clientError' (a request its parser refuses) and 'connect' (CONNECT, which never
 * reaches the request handler): a bare answer on the socket, then the connection closed.
 */
export function answerOnSocket(socket, error) {
  const status = error ? (CLIENT_ERROR_STATUS[error.code] ?? 400) : 405;
  if (socket.writable && socket.bytesWritten === 0 && error?.code !== 'ECONNRESET') {
    const allow = status === 405 ? `Allow: ${ALLOWED_METHODS.join(', ')}\r\n` : '';
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${allow}Content-Length: 0\r\nConnection: close\r\n\r\n`);
  }
  socket.destroySoon?.();
}

/** True when every percent-escape in the path decodes to valid UTF-8. */
function hasDecodablePath(pathname) {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** True for a multipart content type whose boundary is missing, empty or too long. */
function hasBadMultipartBoundary(contentType = '') {
  if (!/^\s*multipart\//i.test(contentType)) return false;
  const match = /;\s*boundary\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType);
  const boundary = match ? (match[1] ?? match[2] ?? '') : '';
  return boundary.length < 1 || boundary.length > MAX_BOUNDARY_LENGTH;
}

/** A post that Next treats as a server action: fetch actions carry Next-Action, form posts (no JavaScript) are multipart. */
function isActionPost(req, pathname) {
  if (req.method !== 'POST' || pathname.startsWith('/api/')) return false;
  return Boolean(req.headers['next-action']) || /^\s*multipart\/form-data/i.test(req.headers['content-type'] ?? '');
}

/**
 * @param {{ securityHeaders?: { key: string; value: string }[]; bodyIdleTimeoutMs?: number; limitFor?: (pathname: string) => number; appUrl?: string }} [options]
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, handle: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => unknown) => void}
 */
export function createRequestGuard({ securityHeaders = [], bodyIdleTimeoutMs = BODY_IDLE_TIMEOUT_MS, limitFor = bodyLimitFor, appUrl = process.env.APP_URL } = {}) {
  return function guard(req, res, handle) {
    const pathname = (req.url ?? '/').split('?')[0] || '/';
    const locale = localeOfRequest(req.url, req.headers['accept-language']);
    const limit = limitFor(pathname);
    const response = guardResponse(req, res, locale, securityHeaders);
    const expectsBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;

    if (!hasDecodablePath(pathname)) return response.answer(400, { unreadBody: expectsBody, kind: 'badAddress' });
    const canonical = canonicalLocation(req, appUrl);
    if (canonical) {
      for (const { key, value } of securityHeaders) res.setHeader(key, value);
      res.writeHead(307, { Location: canonical, 'Cache-Control': 'no-store', 'Content-Length': 0, ...(expectsBody ? { Connection: 'close' } : {}) });
      return res.end();
    }
    if (!ALLOWED_METHODS.includes(req.method ?? '')) {
      return response.answer(405, { unreadBody: expectsBody, headers: { Allow: ALLOWED_METHODS.join(', ') } });
    }
    if (hasBadMultipartBoundary(req.headers['content-type'])) return response.answer(400, { unreadBody: expectsBody });
    if (Number(req.headers['content-length'] ?? 0) > limit) return response.answer(413, { unreadBody: true });

    const body = expectsBody && !req.complete ? watchBody(req, res, { limit, idleTimeoutMs: bodyIdleTimeoutMs, response }) : null;
    if (isActionPost(req, pathname)) {
      response.replaceWhen(() => {
        const refused = res.statusCode >= 500 || (res.statusCode >= 400 && res.hasHeader(ACTION_NOT_FOUND_HEADER));
        if (!refused) return null;
        return body?.tooLarge() ? 413 : 400;
      });
    }
    // Next answers its own failures; anything it still throws (a write after serve.js has
    // answered, a closed connection) must not take the process down.
    Promise.resolve()
      .then(() => handle(req, res))
      .catch(() => {
        if (!response.answer(400)) res.destroy();
      });
  };
}

/**
 * Counts a request's body as it arrives and times its silences. Node's HTTP parser hands each
 * piece of the body to `req.push` before anyone reads it (Next included); wrapping that on the
 * one request sees every byte, chunked or not, without reading the stream or changing its
 * flow. Past the limit, nothing more is passed on and the answer is 413; a silence of the
 * client's longer than idleTimeoutMs (while the server is ready to read) ends the request with 408.
 */
function watchBody(req, res, { limit, idleTimeoutMs, response }) {
  let received = 0;
  let stopped = false;
  let timer;
  const stop = (status) => {
    stopped = true;
    clearTimeout(timer);
    response.answer(status, { unreadBody: true });
  };
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => stop(408), idleTimeoutMs);
    timer.unref?.();
  };
  const push = req.push;
  req.push = function pushCounted(chunk, encoding) {
    if (chunk === null) {
      clearTimeout(timer);
      return stopped ? false : push.call(this, chunk, encoding);
    }
    if (stopped) return false;
    received += chunk.length;
    if (received > limit) {
      stop(413);
      return false;
    }
    const more = push.call(this, chunk, encoding);
    // false: the reader (Next, an upload's storage) is behind, and Node stops reading the
    // socket until it catches up. That silence is the server's, not the client's: the timer
    // waits for the next read.
    if (more) arm();
    else clearTimeout(timer);
    return more;
  };
  const read = req._read;
  req._read = function readTimed(size) {
    if (!stopped && !req.complete) arm();
    return read.call(this, size);
  };
  arm();
  res.once('close', () => clearTimeout(timer));
  return { tooLarge: () => received > limit };
}

/**
 * Lets the guard answer in Next's place. Next sets a response's status and headers before it
 * writes a byte; every way of writing (writeHead, flushHeaders, write, end) first asks
 * `replaceWhen`'s test, and when it names a status, the guard's page is sent instead. Once the
 * guard has answered, whatever Next still writes is dropped.
 */
function guardResponse(req, res, locale, securityHeaders) {
  const original = {
    setHeader: res.setHeader,
    appendHeader: res.appendHeader,
    removeHeader: res.removeHeader,
    writeHead: res.writeHead,
    flushHeaders: res.flushHeaders,
    write: res.write,
    end: res.end,
  };
  let answered = false;
  let replacement = () => null;

  /** Sends the page for `status` unless something was sent already; true when it did. */
  function answer(status, { unreadBody = false, headers: extraHeaders = {}, kind = undefined } = {}) {
    if (answered) return true;
    if (res.headersSent) {
      // Too late for a page: end the connection rather than leave it half answered.
      if (unreadBody) req.socket?.destroy();
      return false;
    }
    answered = true;
    for (const name of res.getHeaderNames()) if (name !== ACTION_NOT_FOUND_HEADER) original.removeHeader.call(res, name);
    for (const { key, value } of securityHeaders) original.setHeader.call(res, key, value);
    const page = errorPage(status, locale, kind);
    const headers = {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': Buffer.byteLength(page),
      'Content-Language': locale,
      'Cache-Control': 'no-store',
      // A body not read (or not read to its end) is not drained: the connection is closed.
      ...(unreadBody ? { Connection: 'close' } : {}),
      ...extraHeaders,
    };
    // writeHead sets its headers through setHeader, which drops them once answered: set first.
    for (const [name, value] of Object.entries(headers)) original.setHeader.call(res, name, value);
    original.writeHead.call(res, status);
    original.end.call(res, req.method === 'HEAD' ? undefined : page);
    if (unreadBody) res.once('finish', () => setTimeout(() => req.socket?.destroy(), CLOSE_GRACE_MS).unref());
    return true;
  }

  /** True when the guard has answered (now or before), so Next's write is to be dropped. */
  const takenOver = () => {
    if (answered) return true;
    if (res.headersSent) return false;
    const status = replacement();
    return status ? answer(status) : false;
  };

  // Headers Next still sets after the guard has answered would throw (headers already sent).
  for (const name of ['setHeader', 'appendHeader', 'removeHeader']) {
    res[name] = function headerAfterAnswer(...args) {
      return answered ? this : original[name].apply(this, args);
    };
  }
  res.writeHead = function writeHead(statusCode, ...rest) {
    if (answered) return this;
    if (!this.headersSent) {
      this.statusCode = statusCode;
      if (takenOver()) return this;
    }
    return original.writeHead.call(this, statusCode, ...rest);
  };
  res.flushHeaders = function flushHeaders() {
    if (takenOver()) return;
    original.flushHeaders.call(this);
  };
  res.write = function write(chunk, encoding, callback) {
    if (takenOver()) {
      const done = typeof encoding === 'function' ? encoding : callback;
      if (typeof done === 'function') process.nextTick(done);
      return true;
    }
    return original.write.apply(this, arguments);
  };
  res.end = function end(chunk, encoding, callback) {
    if (takenOver()) {
      const done = [chunk, encoding, callback].find((argument) => typeof argument === 'function');
      if (done) process.nextTick(done);
      return this;
    }
    return original.end.apply(this, arguments);
  };

  return {
    answer,
    /** `test` names the status to answer instead of Next's, or null to let Next's through. */
    replaceWhen(test) {
      replacement = test;
    },
  };
}
