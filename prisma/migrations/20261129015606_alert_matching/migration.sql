-- AlterTable
ALTER TABLE "RiskItem" ADD COLUMN "matchedAt" DATETIME;

-- CreateIndex
CREATE INDEX "RiskItem_matchedAt_createdAt_idx" ON "RiskItem"("matchedAt", "createdAt");

-- Items stored before matching existed are history, not news: they never alert.
UPDATE "RiskItem" SET "matchedAt" = "createdAt" WHERE "matchedAt" IS NULL;
