-- CreateTable
CREATE TABLE "processing_times" (
    "category" TEXT NOT NULL,
    "decisions" INTEGER NOT NULL,
    "median_days" DOUBLE PRECISION,
    "p80_days" DOUBLE PRECISION,
    "waiting" INTEGER NOT NULL,
    "computed_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "processing_times_pkey" PRIMARY KEY ("category")
);
