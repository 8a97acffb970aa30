-- AlterTable
ALTER TABLE "Interaction" ADD COLUMN     "customer" TEXT;

-- CreateIndex
CREATE INDEX "Interaction_orgId_customer_occurredAt_idx" ON "Interaction"("orgId", "customer", "occurredAt");

