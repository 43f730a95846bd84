-- DropIndex
DROP INDEX "case_mission_id_idx";

-- CreateIndex
CREATE INDEX "case_created_at_id_idx" ON "case"("created_at", "id");

-- CreateIndex
CREATE INDEX "case_state_created_at_id_idx" ON "case"("state", "created_at", "id");

-- CreateIndex
CREATE INDEX "case_mission_id_created_at_id_idx" ON "case"("mission_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "case_event_type_case_id_idx" ON "case_event"("type", "case_id");
