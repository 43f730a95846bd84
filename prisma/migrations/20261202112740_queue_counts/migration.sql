-- CreateTable
CREATE TABLE "case_count" (
    "state" "CaseState" NOT NULL,
    "category" TEXT NOT NULL,
    "mission_id" TEXT NOT NULL,
    "supplement_received" BOOLEAN NOT NULL,
    "cases" INTEGER NOT NULL,

    CONSTRAINT "case_count_pkey" PRIMARY KEY ("state","category","mission_id","supplement_received")
);

-- Kept per statement from its transition tables, so that a bulk insert adds its counts once.
-- A case's counts move when its state, category or mission change (removed, then added).
CREATE FUNCTION count_cases() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO case_count AS counted (state, category, mission_id, supplement_received, cases)
    SELECT state, category, coalesce(mission_id, ''),
           EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = removed.id AND e.type = 'SUPPLEMENT_RECEIVED'), -count(*)
    FROM removed GROUP BY 1, 2, 3, 4
    ON CONFLICT (state, category, mission_id, supplement_received) DO UPDATE SET cases = counted.cases + EXCLUDED.cases;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO case_count AS counted (state, category, mission_id, supplement_received, cases)
    SELECT state, category, coalesce(mission_id, ''),
           EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = added.id AND e.type = 'SUPPLEMENT_RECEIVED'), count(*)
    FROM added GROUP BY 1, 2, 3, 4
    ON CONFLICT (state, category, mission_id, supplement_received) DO UPDATE SET cases = counted.cases + EXCLUDED.cases;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "case_count_insert" AFTER INSERT ON "case" REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION count_cases();
CREATE TRIGGER "case_count_update" AFTER UPDATE ON "case" REFERENCING OLD TABLE AS removed NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION count_cases();
CREATE TRIGGER "case_count_delete" AFTER DELETE ON "case" REFERENCING OLD TABLE AS removed
  FOR EACH STATEMENT EXECUTE FUNCTION count_cases();

-- A case's first SUPPLEMENT_RECEIVED moves it to the "supplement received" counts; later ones change nothing.
CREATE FUNCTION count_supplements_received() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH firsts AS (
    SELECT DISTINCT added.case_id FROM added
    WHERE added.type = 'SUPPLEMENT_RECEIVED'
      AND NOT EXISTS (SELECT 1 FROM case_event e
                      WHERE e.case_id = added.case_id AND e.type = 'SUPPLEMENT_RECEIVED' AND e.id NOT IN (SELECT id FROM added))
  ), moved AS (
    SELECT k.state, k.category, coalesce(k.mission_id, '') AS mission_id, count(*) AS n
    FROM "case" k JOIN firsts ON firsts.case_id = k.id GROUP BY 1, 2, 3
  )
  INSERT INTO case_count AS counted (state, category, mission_id, supplement_received, cases)
  SELECT state, category, mission_id, false, -n FROM moved
  UNION ALL
  SELECT state, category, mission_id, true, n FROM moved
  ON CONFLICT (state, category, mission_id, supplement_received) DO UPDATE SET cases = counted.cases + EXCLUDED.cases;
  RETURN NULL;
END $$;

CREATE TRIGGER "case_count_supplement_received" AFTER INSERT ON "case_event" REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION count_supplements_received();

-- The cases there already.
INSERT INTO case_count (state, category, mission_id, supplement_received, cases)
SELECT state, category, coalesce(mission_id, ''),
       EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = k.id AND e.type = 'SUPPLEMENT_RECEIVED'), count(*)
FROM "case" k GROUP BY 1, 2, 3, 4;
