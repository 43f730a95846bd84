-- CreateEnum
CREATE TYPE "PaymentState" AS ENUM ('OPEN', 'PAID', 'EXPIRED', 'REFUNDED', 'DISPUTED');

-- AlterTable
ALTER TABLE "account" ADD COLUMN     "designation_number" TEXT;

-- AlterTable
ALTER TABLE "draft" ADD COLUMN     "submitted_application_id" UUID;

-- CreateTable
CREATE TABLE "payment" (
    "id" UUID NOT NULL,
    "draft_id" UUID NOT NULL,
    "attempt" INTEGER NOT NULL,
    "checkout_session_id" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "state" "PaymentState" NOT NULL DEFAULT 'OPEN',
    "payment_intent_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "paid_at" TIMESTAMP(3),

    CONSTRAINT "payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stripe_event" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "received_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stripe_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "payment_checkout_session_id_key" ON "payment"("checkout_session_id");

-- CreateIndex
CREATE UNIQUE INDEX "payment_payment_intent_id_key" ON "payment"("payment_intent_id");

-- CreateIndex
CREATE UNIQUE INDEX "payment_draft_id_attempt_key" ON "payment"("draft_id", "attempt");

-- CreateIndex
CREATE UNIQUE INDEX "account_designation_number_key" ON "account"("designation_number");

-- CreateIndex
CREATE UNIQUE INDEX "draft_submitted_application_id_key" ON "draft"("submitted_application_id");

-- AddForeignKey
ALTER TABLE "payment" ADD CONSTRAINT "payment_draft_id_fkey" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Numbers of registered cases (lib/cases/numbers.ts). The demo data uses the first few.
CREATE SEQUENCE "control_number_seq" START 1001;
CREATE SEQUENCE "designation_number_seq" START 1001;
