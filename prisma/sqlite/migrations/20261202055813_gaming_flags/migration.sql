-- AlterTable
ALTER TABLE "Response" ADD COLUMN "origin" TEXT;

-- CreateTable
CREATE TABLE "GamingFlag" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orgId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "subjectId" TEXT,
    "summary" TEXT NOT NULL,
    "firstAt" DATETIME NOT NULL,
    "lastAt" DATETIME NOT NULL,
    "n" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dismissedAt" DATETIME,
    "dismissedById" TEXT,
    CONSTRAINT "GamingFlag_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GamingFlagAnswer" (
    "flagId" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,

    PRIMARY KEY ("flagId", "responseId"),
    CONSTRAINT "GamingFlagAnswer_flagId_fkey" FOREIGN KEY ("flagId") REFERENCES "GamingFlag" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GamingFlagAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "GamingFlag_orgId_createdAt_idx" ON "GamingFlag"("orgId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "GamingFlag_orgId_key_key" ON "GamingFlag"("orgId", "key");

-- CreateIndex
CREATE INDEX "GamingFlagAnswer_responseId_idx" ON "GamingFlagAnswer"("responseId");

