// The append-only audit log (R-TOU-02). Rows are only ever inserted; a trigger in the
// database refuses UPDATE and DELETE. Written by the one action wrapper (lib/actions).
import type { Database } from '@/lib/db/client';
import type { AuditOutcome, Role } from '@/lib/db/generated/enums';
import type { Prisma } from '@/lib/db/generated/client';

export interface AuditEntry {
  requestId: string;
  actorAccountId?: string | null;
  actorRole?: Role | null;
  /** What was attempted, e.g. "sign-in.password" or "case.read". */
  action: string;
  objectType?: string;
  objectId?: string;
  outcome: AuditOutcome;
  detail?: Prisma.InputJsonValue;
}

export async function recordAudit(database: Pick<Database, 'auditLog'>, entry: AuditEntry): Promise<void> {
  await database.auditLog.create({ data: entry });
}

/** Who did it, as every audit row of one request names them. */
export interface Actor {
  actorAccountId: string | null;
  actorRole: Role | null;
}

/** One request's audit recorder: its id and actor on every row. */
export function auditorFor(database: Pick<Database, 'auditLog'>, requestId: string, actor: Actor) {
  return (entry: Omit<AuditEntry, 'requestId'>) => recordAudit(database, { ...actor, ...entry, requestId });
}
