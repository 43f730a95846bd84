-- AlterTable
ALTER TABLE "application" ADD COLUMN     "declared_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "draft" ADD COLUMN     "declared_at" TIMESTAMP(3);
