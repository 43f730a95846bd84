-- AlterTable
ALTER TABLE "application" ADD COLUMN     "sponsor_personal_identity_number" TEXT;

-- AlterTable
ALTER TABLE "draft" ADD COLUMN     "subject_application_id" UUID,
ADD COLUMN     "submitted_response_id" UUID;

-- CreateTable
CREATE TABLE "case_response" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "form_id" TEXT NOT NULL,
    "form_version" INTEGER NOT NULL,
    "answers" JSONB NOT NULL,
    "respondent_account_id" UUID,
    "submitted_at" TIMESTAMP(3) NOT NULL,
    "declared_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "case_response_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "case_response_case_id_form_id_key" ON "case_response"("case_id", "form_id");

-- CreateIndex
CREATE INDEX "application_sponsor_personal_identity_number_idx" ON "application"("sponsor_personal_identity_number");

-- CreateIndex
CREATE UNIQUE INDEX "draft_submitted_response_id_key" ON "draft"("submitted_response_id");

-- CreateIndex
CREATE INDEX "draft_subject_application_id_idx" ON "draft"("subject_application_id");

-- AddForeignKey
ALTER TABLE "draft" ADD CONSTRAINT "draft_subject_application_id_fkey" FOREIGN KEY ("subject_application_id") REFERENCES "application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_response" ADD CONSTRAINT "case_response_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- One open draft per form, owner and subject: a second tab or a double click finds the first.
CREATE UNIQUE INDEX "draft_open_per_subject_key" ON "draft"("form_id", "owner_account_id", "subject_application_id")
  WHERE "subject_application_id" IS NOT NULL AND "submitted_application_id" IS NULL AND "submitted_response_id" IS NULL;

-- Applications sent before the sponsor was kept apart: the family-reunion form's sponsor answer.
UPDATE "application" SET "sponsor_personal_identity_number" = "answers"->>'sponsorPersonnummer'
  WHERE "form_id" = 'family-reunion' AND "answers"->>'sponsorPersonnummer' ~ '^[0-9]{12}$';
