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

/** A staff member's read of case data, from a page (R-TOU-02). */
export async function recordStaffRead(
  database: Database,
  reader: { accountId: string; role: Role },
  read: { action: string; objectType: string; objectId?: string },
): Promise<void> {
  await recordAudit(database, {
    requestId: crypto.randomUUID(),
    actorAccountId: reader.accountId,
    actorRole: reader.role,
    ...read,
    outcome: 'SUCCESS',
  });
}
