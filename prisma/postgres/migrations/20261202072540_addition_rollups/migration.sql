-- AlterTable
ALTER TABLE "DailyRollup" ADD COLUMN     "compareBetter" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "compareN" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "compareW" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "compareW2" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "compareWorse" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "returnN" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "returnW" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "returnW2" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "returnYes" DOUBLE PRECISION NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "DailyChoiceRollup" (
    "orgId" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "optionId" TEXT NOT NULL,
    "n" INTEGER NOT NULL DEFAULT 0,
    "w" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "npsN" INTEGER NOT NULL DEFAULT 0,
    "npsProm" INTEGER NOT NULL DEFAULT 0,
    "npsDet" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DailyChoiceRollup_pkey" PRIMARY KEY ("orgId","subjectType","subjectId","day","questionId","optionId")
);

-- CreateIndex
CREATE INDEX "DailyChoiceRollup_orgId_day_idx" ON "DailyChoiceRollup"("orgId", "day");

-- AddForeignKey
ALTER TABLE "DailyChoiceRollup" ADD CONSTRAINT "DailyChoiceRollup_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

