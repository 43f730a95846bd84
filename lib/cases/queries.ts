// Reading cases for the people allowed to see them. Each query carries its own scope, so a
// page cannot show more than its reader may see even if a check before it were missed.
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import type { CaseEventType, CaseState } from '@/lib/db/generated/enums';
import type { Answers } from '@/lib/form-engine';
import { applicantName, formOfApplication } from './parties';

export interface CaseView {
  id: string;
  controlNumber: string;
  category: string;
  state: CaseState;
  missionId: string | null;
  registeredOn: Date;
  /** The instant the case was registered: the queue's order. */
  registeredAt: Date;
  /** This case's own applicant: the main applicant, or the family member the case is for. */
  applicantName: string;
  applicationId: string;
  /** Set for a family member's case: the main application the family applied with. */
  mainApplicationId: string | null;
  events: { type: CaseEventType; occurredOn: Date }[];
}

export type CaseScope =
  | { kind: 'applicant'; accountId: string }
  | { kind: 'missions'; missionIds: string[] }
  | { kind: 'all' };

export type StaffArea = 'caseworker' | 'embassy';

/** What a staff area may read: caseworkers every case, embassy staff their own missions' (R-INT-04). */
export const staffScope = (area: StaffArea, person: { missionIds: string[] }): CaseScope =>
  area === 'embassy' ? { kind: 'missions', missionIds: person.missionIds } : { kind: 'all' };

/** The rows a scope admits, as a Prisma condition on `case`. */
export function whereFor(scope: CaseScope) {
  switch (scope.kind) {
    case 'applicant':
      return { application: { applicantAccountId: scope.accountId } };
    case 'missions':
      return { missionId: { in: scope.missionIds } };
    case 'all':
      return {};
  }
}

const include = {
  application: { select: { formId: true, formVersion: true, answers: true, submittedAt: true, mainApplicationId: true } },
  events: { select: { type: true, occurredOn: true }, orderBy: { occurredOn: 'asc' as const } },
};

type Loaded = Awaited<ReturnType<typeof loadCases>>[number];
const loadCases = (where: object) => db().case.findMany({ where, include, orderBy: { createdAt: 'desc' }, take: 200 });

/** Cases as views, in the order and number asked for (the queue reads its pages with this). */
export async function caseViews(args: { where: Prisma.CaseWhereInput; orderBy: Prisma.CaseOrderByWithRelationInput[]; take: number }): Promise<CaseView[]> {
  return (await db().case.findMany({ ...args, include })).map(toView);
}

function toView(row: Loaded): CaseView {
  const registered = row.events.find((event) => event.type === 'REGISTERED');
  return {
    id: row.id,
    controlNumber: row.controlNumber,
    category: row.category,
    state: row.state,
    missionId: row.missionId,
    registeredOn: registered?.occurredOn ?? row.application.submittedAt,
    registeredAt: row.createdAt,
    applicantName: applicantName(formOfApplication(row.application), row.application.answers as Answers),
    applicationId: row.applicationId,
    mainApplicationId: row.application.mainApplicationId,
    events: row.events,
  };
}

export async function casesIn(scope: CaseScope): Promise<CaseView[]> {
  return (await loadCases(whereFor(scope))).map(toView);
}

/** One case, only if it lies within the scope. */
export async function caseIn(scope: CaseScope, caseId: string): Promise<CaseView | null> {
  const [row] = await loadCases({ ...whereFor(scope), id: caseId });
  return row ? toView(row) : null;
}

/** The other cases of the family that applied together with this case, within the scope; the main applicant's first. */
export async function familyCasesOf(scope: CaseScope, item: CaseView): Promise<CaseView[]> {
  const main = item.mainApplicationId ?? item.applicationId;
  const rows = await loadCases({ AND: [whereFor(scope), { application: { OR: [{ id: main }, { mainApplicationId: main }] } }, { id: { not: item.id } }] });
  return rows.map(toView).sort((a, b) => Number(a.mainApplicationId !== null) - Number(b.mainApplicationId !== null) || a.controlNumber.localeCompare(b.controlNumber));
}
