-- CreateTable
CREATE TABLE "outbox_email" (
    "id" UUID NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "send_after" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "sent_at" TIMESTAMP(3),

    CONSTRAINT "outbox_email_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "outbox_email_sent_at_send_after_idx" ON "outbox_email"("sent_at", "send_after");
