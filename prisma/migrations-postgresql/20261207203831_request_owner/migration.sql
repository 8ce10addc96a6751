-- CreateTable
CREATE TABLE "GuidanceRequestOwner" (
    "requestId" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GuidanceRequestOwner_pkey" PRIMARY KEY ("requestId")
);

-- CreateIndex
CREATE INDEX "GuidanceRequestOwner_ownerId_idx" ON "GuidanceRequestOwner"("ownerId");
