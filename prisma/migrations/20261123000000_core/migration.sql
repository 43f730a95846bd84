-- CreateEnum
CREATE TYPE "Role" AS ENUM ('APPLICANT', 'SPONSOR', 'CASEWORKER', 'EMBASSY_STAFF', 'ADMINISTRATOR');

-- CreateEnum
CREATE TYPE "SignInMethod" AS ENUM ('EID', 'TWO_STEP');

-- CreateEnum
CREATE TYPE "CaseState" AS ENUM ('REGISTERED', 'IN_PROGRESS', 'DECIDED', 'CLOSED');

-- CreateEnum
CREATE TYPE "CaseEventType" AS ENUM ('REGISTERED', 'SUPPLEMENT_REQUESTED', 'SUPPLEMENT_RECEIVED', 'INTERVIEW_INVITED', 'INTERVIEW_BOOKED', 'DECIDED');

-- CreateEnum
CREATE TYPE "AuditOutcome" AS ENUM ('SUCCESS', 'DENIED', 'FAILURE');

-- CreateEnum
CREATE TYPE "NoticeKind" AS ENUM ('MAINTENANCE', 'CLOSURE', 'INFORMATION');

-- CreateTable
CREATE TABLE "account" (
    "id" UUID NOT NULL,
    "email" TEXT,
    "personal_identity_number" TEXT,
    "given_name" TEXT,
    "family_name" TEXT,
    "roles" "Role"[] DEFAULT ARRAY['APPLICANT']::"Role"[],
    "sign_in_method" "SignInMethod",
    "barred_at" TIMESTAMP(3),
    "last_sign_in_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "draft" (
    "id" UUID NOT NULL,
    "form_id" TEXT NOT NULL,
    "form_version" INTEGER NOT NULL,
    "answers" JSONB NOT NULL DEFAULT '{}',
    "current_page_id" TEXT,
    "owner_account_id" UUID,
    "owner_token_hash" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "draft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application" (
    "id" UUID NOT NULL,
    "form_id" TEXT NOT NULL,
    "form_version" INTEGER NOT NULL,
    "answers" JSONB NOT NULL,
    "applicant_account_id" UUID,
    "main_application_id" UUID,
    "submitted_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case" (
    "id" UUID NOT NULL,
    "control_number" TEXT NOT NULL,
    "designation_number" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "state" "CaseState" NOT NULL DEFAULT 'REGISTERED',
    "mission_id" TEXT,
    "application_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_event" (
    "id" BIGSERIAL NOT NULL,
    "case_id" UUID NOT NULL,
    "type" "CaseEventType" NOT NULL,
    "occurred_on" DATE NOT NULL,
    "recorded_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_account_id" UUID,
    "data" JSONB,

    CONSTRAINT "case_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "occurred_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "request_id" TEXT NOT NULL,
    "actor_account_id" UUID,
    "actor_role" "Role",
    "action" TEXT NOT NULL,
    "object_type" TEXT,
    "object_id" TEXT,
    "outcome" "AuditOutcome" NOT NULL,
    "detail" JSONB,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_notice" (
    "id" UUID NOT NULL,
    "kind" "NoticeKind" NOT NULL,
    "message" JSONB NOT NULL,
    "show_from" TIMESTAMP(3) NOT NULL,
    "show_until" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "service_notice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "account_email_key" ON "account"("email");

-- CreateIndex
CREATE UNIQUE INDEX "account_personal_identity_number_key" ON "account"("personal_identity_number");

-- CreateIndex
CREATE UNIQUE INDEX "draft_owner_token_hash_key" ON "draft"("owner_token_hash");

-- CreateIndex
CREATE INDEX "draft_owner_account_id_idx" ON "draft"("owner_account_id");

-- CreateIndex
CREATE INDEX "application_applicant_account_id_idx" ON "application"("applicant_account_id");

-- CreateIndex
CREATE INDEX "application_main_application_id_idx" ON "application"("main_application_id");

-- CreateIndex
CREATE UNIQUE INDEX "case_control_number_key" ON "case"("control_number");

-- CreateIndex
CREATE UNIQUE INDEX "case_application_id_key" ON "case"("application_id");

-- CreateIndex
CREATE INDEX "case_designation_number_idx" ON "case"("designation_number");

-- CreateIndex
CREATE INDEX "case_category_state_idx" ON "case"("category", "state");

-- CreateIndex
CREATE INDEX "case_mission_id_idx" ON "case"("mission_id");

-- CreateIndex
CREATE INDEX "case_event_case_id_occurred_on_idx" ON "case_event"("case_id", "occurred_on");

-- CreateIndex
CREATE INDEX "audit_log_actor_account_id_occurred_at_idx" ON "audit_log"("actor_account_id", "occurred_at");

-- CreateIndex
CREATE INDEX "audit_log_object_type_object_id_idx" ON "audit_log"("object_type", "object_id");

-- CreateIndex
CREATE INDEX "service_notice_show_from_show_until_idx" ON "service_notice"("show_from", "show_until");

-- AddForeignKey
ALTER TABLE "draft" ADD CONSTRAINT "draft_owner_account_id_fkey" FOREIGN KEY ("owner_account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application" ADD CONSTRAINT "application_applicant_account_id_fkey" FOREIGN KEY ("applicant_account_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application" ADD CONSTRAINT "application_main_application_id_fkey" FOREIGN KEY ("main_application_id") REFERENCES "application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case" ADD CONSTRAINT "case_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Audit rows and case events are facts: they are only ever added, never changed or removed.
CREATE FUNCTION refuse_change_to_append_only_table() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_log"
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_append_only_table();

CREATE TRIGGER "case_event_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "case_event"
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_append_only_table();
