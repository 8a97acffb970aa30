-- AlterTable
ALTER TABLE "Response" ADD COLUMN     "compare" INTEGER,
ADD COLUMN     "returnIntent" INTEGER;

