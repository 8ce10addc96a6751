-- CreateTable
CREATE TABLE "GuidanceRequestOwner" (
    "requestId" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT NOT NULL,
    "assignedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "GuidanceRequestOwner_ownerId_idx" ON "GuidanceRequestOwner"("ownerId");
