-- AlterTable
ALTER TABLE "Response" ADD COLUMN "excludedAt" DATETIME;

-- CreateTable
CREATE TABLE "Shift" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orgId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "touchpointId" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "endedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Shift_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Shift_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Shift_touchpointId_fkey" FOREIGN KEY ("touchpointId") REFERENCES "Touchpoint" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Dispute" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orgId" TEXT NOT NULL,
    "contributionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    "decisionNote" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Dispute_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Dispute_contributionId_fkey" FOREIGN KEY ("contributionId") REFERENCES "Contribution" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orgId" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "subject" TEXT,
    "reason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditEntry_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- AlterTable: added columns, so no table is copied while other changes add columns too
ALTER TABLE "Organization" ADD COLUMN "customerQuietDays" INTEGER NOT NULL DEFAULT 30;
ALTER TABLE "Organization" ADD COLUMN "shiftHours" INTEGER NOT NULL DEFAULT 8;
ALTER TABLE "Organization" ADD COLUMN "commentRetentionDays" INTEGER;
ALTER TABLE "Interaction" ADD COLUMN "throttled" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Contribution" ADD COLUMN "reason" TEXT NOT NULL DEFAULT 'named';
ALTER TABLE "Contribution" ADD COLUMN "excludedAt" DATETIME;
UPDATE "Contribution" SET "reason" = 'rule' WHERE "ruleId" IS NOT NULL;
-- CreateIndex
CREATE INDEX "Shift_touchpointId_startedAt_idx" ON "Shift"("touchpointId", "startedAt");

-- CreateIndex
CREATE INDEX "Shift_userId_startedAt_idx" ON "Shift"("userId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Dispute_contributionId_key" ON "Dispute"("contributionId");

-- CreateIndex
CREATE INDEX "Dispute_orgId_status_createdAt_idx" ON "Dispute"("orgId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEntry_orgId_createdAt_idx" ON "AuditEntry"("orgId", "createdAt");

