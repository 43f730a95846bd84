-- CreateEnum
CREATE TYPE "ScanStatus" AS ENUM ('CLEAN', 'NOT_SCANNED');

-- CreateTable
CREATE TABLE "document" (
    "id" UUID NOT NULL,
    "draft_id" UUID NOT NULL,
    "field_id" TEXT NOT NULL,
    "document_type" TEXT NOT NULL,
    "storage_key" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "mime_type" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "scan_status" "ScanStatus" NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "document_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "document_storage_key_key" ON "document"("storage_key");

-- CreateIndex
CREATE INDEX "document_draft_id_field_id_idx" ON "document"("draft_id", "field_id");

-- AddForeignKey
ALTER TABLE "document" ADD CONSTRAINT "document_draft_id_fkey" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;
