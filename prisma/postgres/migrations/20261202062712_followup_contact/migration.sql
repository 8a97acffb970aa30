-- AlterTable
ALTER TABLE "FollowUp" ADD COLUMN     "contact" TEXT;

