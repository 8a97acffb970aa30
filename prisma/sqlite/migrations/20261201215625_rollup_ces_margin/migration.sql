-- AlterTable: added columns, so the table is not copied (rows written before keep 0 until a rollup rebuild)
ALTER TABLE "DailyRollup" ADD COLUMN "cesSum2" REAL NOT NULL DEFAULT 0;
ALTER TABLE "DailyRollup" ADD COLUMN "cesW2" REAL NOT NULL DEFAULT 0;
