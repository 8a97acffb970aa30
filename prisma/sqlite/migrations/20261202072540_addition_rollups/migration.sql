-- CreateTable
CREATE TABLE "DailyChoiceRollup" (
    "orgId" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "optionId" TEXT NOT NULL,
    "n" INTEGER NOT NULL DEFAULT 0,
    "w" REAL NOT NULL DEFAULT 0,
    "npsN" INTEGER NOT NULL DEFAULT 0,
    "npsProm" INTEGER NOT NULL DEFAULT 0,
    "npsDet" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("orgId", "subjectType", "subjectId", "day", "questionId", "optionId"),
    CONSTRAINT "DailyChoiceRollup_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_DailyRollup" (
    "orgId" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "responses" INTEGER NOT NULL DEFAULT 0,
    "npsN" INTEGER NOT NULL DEFAULT 0,
    "npsW" REAL NOT NULL DEFAULT 0,
    "npsW2" REAL NOT NULL DEFAULT 0,
    "npsProm" REAL NOT NULL DEFAULT 0,
    "npsDet" REAL NOT NULL DEFAULT 0,
    "csatN" INTEGER NOT NULL DEFAULT 0,
    "csatW" REAL NOT NULL DEFAULT 0,
    "csatW2" REAL NOT NULL DEFAULT 0,
    "csatPos" REAL NOT NULL DEFAULT 0,
    "cesN" INTEGER NOT NULL DEFAULT 0,
    "cesW" REAL NOT NULL DEFAULT 0,
    "cesSum" REAL NOT NULL DEFAULT 0,
    "cesSum2" REAL NOT NULL DEFAULT 0,
    "cesW2" REAL NOT NULL DEFAULT 0,
    "compareN" INTEGER NOT NULL DEFAULT 0,
    "compareW" REAL NOT NULL DEFAULT 0,
    "compareW2" REAL NOT NULL DEFAULT 0,
    "compareBetter" REAL NOT NULL DEFAULT 0,
    "compareWorse" REAL NOT NULL DEFAULT 0,
    "returnN" INTEGER NOT NULL DEFAULT 0,
    "returnW" REAL NOT NULL DEFAULT 0,
    "returnW2" REAL NOT NULL DEFAULT 0,
    "returnYes" REAL NOT NULL DEFAULT 0,

    PRIMARY KEY ("orgId", "subjectType", "subjectId", "day"),
    CONSTRAINT "DailyRollup_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_DailyRollup" ("cesN", "cesSum", "cesSum2", "cesW", "cesW2", "csatN", "csatPos", "csatW", "csatW2", "day", "npsDet", "npsN", "npsProm", "npsW", "npsW2", "orgId", "responses", "subjectId", "subjectType") SELECT "cesN", "cesSum", "cesSum2", "cesW", "cesW2", "csatN", "csatPos", "csatW", "csatW2", "day", "npsDet", "npsN", "npsProm", "npsW", "npsW2", "orgId", "responses", "subjectId", "subjectType" FROM "DailyRollup";
DROP TABLE "DailyRollup";
ALTER TABLE "new_DailyRollup" RENAME TO "DailyRollup";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "DailyChoiceRollup_orgId_day_idx" ON "DailyChoiceRollup"("orgId", "day");

