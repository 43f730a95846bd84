// Telling "the database cannot be reached" apart from other failures, so that an outage shows
// the calm "service unavailable" page instead of an error.

// Prisma: can't reach server, timed out, server closed the connection, pool timeout.
const PRISMA_UNREACHABLE = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
// Node socket errors.
const NODE_UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);
// PostgreSQL: connection exceptions (class 08), shutting down / cannot connect now (57P0x).
const SQLSTATE_UNREACHABLE = /^(08...|57P0[1-3])$/;
// Driver adapter error kinds (@prisma/driver-adapter-utils).
const ADAPTER_UNREACHABLE = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
const MESSAGE_UNREACHABLE =
  /connection terminated|connection timeout|timeout exceeded when trying to connect|terminating connection|server closed the connection|the database system is (starting up|shutting down)|can't reach database server|ECONNREFUSED/i;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const candidate = error as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown };
  const code = typeof candidate.code === 'string' ? candidate.code : undefined;
  if (code && (PRISMA_UNREACHABLE.has(code) || NODE_UNREACHABLE.has(code) || SQLSTATE_UNREACHABLE.test(code))) return true;
  if (typeof candidate.originalCode === 'string' && SQLSTATE_UNREACHABLE.test(candidate.originalCode)) return true;
  if (typeof candidate.kind === 'string' && ADAPTER_UNREACHABLE.has(candidate.kind)) return true;
  if (typeof candidate.message === 'string' && MESSAGE_UNREACHABLE.test(candidate.message)) return true;
  return isDatabaseUnavailable(candidate.cause, depth + 1);
}

/** A unique constraint refused the write (Prisma P2002, PostgreSQL 23505): another request wrote the same first. */
export function isUniqueViolation(error: unknown): boolean {
  const candidate = error as { code?: unknown; originalCode?: unknown; cause?: { originalCode?: unknown } } | null;
  return candidate?.code === 'P2002' || candidate?.originalCode === '23505' || candidate?.cause?.originalCode === '23505';
}
