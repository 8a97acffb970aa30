-- AlterTable
ALTER TABLE "Response" ADD COLUMN     "origin" TEXT;

-- CreateTable
CREATE TABLE "GamingFlag" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "subjectId" TEXT,
    "summary" TEXT NOT NULL,
    "firstAt" TIMESTAMP(3) NOT NULL,
    "lastAt" TIMESTAMP(3) NOT NULL,
    "n" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dismissedAt" TIMESTAMP(3),
    "dismissedById" TEXT,

    CONSTRAINT "GamingFlag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GamingFlagAnswer" (
    "flagId" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,

    CONSTRAINT "GamingFlagAnswer_pkey" PRIMARY KEY ("flagId","responseId")
);

-- CreateIndex
CREATE INDEX "GamingFlag_orgId_createdAt_idx" ON "GamingFlag"("orgId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "GamingFlag_orgId_key_key" ON "GamingFlag"("orgId", "key");

-- CreateIndex
CREATE INDEX "GamingFlagAnswer_responseId_idx" ON "GamingFlagAnswer"("responseId");

-- AddForeignKey
ALTER TABLE "GamingFlag" ADD CONSTRAINT "GamingFlag_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GamingFlagAnswer" ADD CONSTRAINT "GamingFlagAnswer_flagId_fkey" FOREIGN KEY ("flagId") REFERENCES "GamingFlag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GamingFlagAnswer" ADD CONSTRAINT "GamingFlagAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;

