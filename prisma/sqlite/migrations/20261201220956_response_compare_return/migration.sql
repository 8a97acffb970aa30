-- AlterTable
ALTER TABLE "Response" ADD COLUMN "compare" INTEGER;
ALTER TABLE "Response" ADD COLUMN "returnIntent" INTEGER;

