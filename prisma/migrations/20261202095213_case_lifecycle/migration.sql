-- The case lifecycle's states and questionnaire events. Values are only added: every case and
-- event already stored keeps its meaning (lib/cases/lifecycle.ts).

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "CaseEventType" ADD VALUE 'QUESTIONNAIRE_SENT';
ALTER TYPE "CaseEventType" ADD VALUE 'QUESTIONNAIRE_REMINDED';
ALTER TYPE "CaseEventType" ADD VALUE 'QUESTIONNAIRE_ANSWERED';
ALTER TYPE "CaseEventType" ADD VALUE 'QUESTIONNAIRE_OVERDUE';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "CaseState" ADD VALUE 'AWAITING_QUESTIONNAIRE';
ALTER TYPE "CaseState" ADD VALUE 'QUESTIONNAIRE_OVERDUE';
ALTER TYPE "CaseState" ADD VALUE 'READY_FOR_PROCESSING';
ALTER TYPE "CaseState" ADD VALUE 'AWAITING_SUPPLEMENT';
ALTER TYPE "CaseState" ADD VALUE 'AWAITING_INTERVIEW_BOOKING';
ALTER TYPE "CaseState" ADD VALUE 'INTERVIEW_BOOKED';

-- CreateTable
CREATE TABLE "clock_offset" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "offset_ms" BIGINT NOT NULL,

    CONSTRAINT "clock_offset_pkey" PRIMARY KEY ("id"),
    -- One offset for the whole service.
    CONSTRAINT "clock_offset_single_row" CHECK ("id" = 1)
);
