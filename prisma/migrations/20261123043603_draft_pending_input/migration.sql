-- AlterTable
ALTER TABLE "draft" ADD COLUMN     "pending_input" JSONB,
ADD COLUMN     "pending_page_id" TEXT;
