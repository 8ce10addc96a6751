-- CreateTable
CREATE TABLE "Report" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "periodKind" TEXT NOT NULL,
    "periodStart" DATETIME NOT NULL,
    "periodEnd" DATETIME NOT NULL,
    "industry" TEXT,
    "market" TEXT,
    "title" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "content" TEXT NOT NULL DEFAULT '{}',
    "sections" TEXT NOT NULL DEFAULT '{}',
    "year" INTEGER,
    "seq" INTEGER,
    "number" TEXT,
    "createdById" TEXT NOT NULL,
    "frozenById" TEXT,
    "frozenAt" DATETIME,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "TypicalCase" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT,
    "caseId" TEXT,
    "companyId" TEXT,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "facts" TEXT NOT NULL DEFAULT '',
    "response" TEXT NOT NULL DEFAULT '',
    "outcome" TEXT NOT NULL DEFAULT '',
    "lessons" TEXT NOT NULL DEFAULT '',
    "industry" TEXT,
    "jurisdiction" TEXT,
    "disputeType" TEXT,
    "tags" TEXT NOT NULL DEFAULT '[]',
    "anonymise" BOOLEAN NOT NULL DEFAULT false,
    "maskTerms" TEXT NOT NULL DEFAULT '[]',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "published" TEXT,
    "createdById" TEXT NOT NULL,
    "reviewedById" TEXT,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Report_number_key" ON "Report"("number");

-- CreateIndex
CREATE INDEX "Report_kind_status_periodStart_idx" ON "Report"("kind", "status", "periodStart");

-- CreateIndex
CREATE UNIQUE INDEX "Report_kind_year_seq_key" ON "Report"("kind", "year", "seq");

-- CreateIndex
CREATE INDEX "TypicalCase_status_publishedAt_idx" ON "TypicalCase"("status", "publishedAt");
