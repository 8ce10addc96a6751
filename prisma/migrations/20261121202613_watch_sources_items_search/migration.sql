-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "format" TEXT,
    "kind" TEXT NOT NULL,
    "jurisdiction" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "schedule" TEXT NOT NULL DEFAULT '*/30 * * * *',
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "alertable" BOOLEAN NOT NULL DEFAULT true,
    "fallbackSourceId" TEXT,
    "etag" TEXT,
    "lastModified" TEXT,
    "lastAttemptAt" DATETIME,
    "lastSuccessAt" DATETIME,
    "lastHttpStatus" INTEGER,
    "lastError" TEXT,
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME,
    "itemsTotal" INTEGER NOT NULL DEFAULT 0,
    "itemsLastRun" INTEGER NOT NULL DEFAULT 0,
    "backfilledAt" DATETIME,
    "isSeed" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Source_fallbackSourceId_fkey" FOREIGN KEY ("fallbackSourceId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SourceRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceId" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "status" TEXT NOT NULL,
    "httpStatus" INTEGER,
    "backfill" BOOLEAN NOT NULL DEFAULT false,
    "fetched" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "duplicates" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "skippedReasons" TEXT NOT NULL DEFAULT '[]',
    "error" TEXT,
    "fetchMs" INTEGER,
    "parseMs" INTEGER,
    "storeMs" INTEGER,
    "durationMs" INTEGER,
    "usedFallback" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "SourceRun_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Case" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "investigationNumber" TEXT,
    "docketNumber" TEXT,
    "otherNumber" TEXT,
    "caseType" TEXT NOT NULL,
    "jurisdiction" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "stage" TEXT,
    "complainants" TEXT NOT NULL DEFAULT '[]',
    "respondents" TEXT NOT NULL DEFAULT '[]',
    "products" TEXT NOT NULL DEFAULT '[]',
    "htsCodes" TEXT NOT NULL DEFAULT '[]',
    "firstSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "RiskItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceId" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "link" TEXT,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "publishedAt" DATETIME NOT NULL,
    "feedUpdatedAt" DATETIME,
    "fetchedAt" DATETIME NOT NULL,
    "language" TEXT NOT NULL,
    "jurisdiction" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "ipTypes" TEXT NOT NULL DEFAULT '[]',
    "caseType" TEXT NOT NULL,
    "caseNumber" TEXT,
    "stage" TEXT,
    "caseId" TEXT,
    "complainants" TEXT NOT NULL DEFAULT '[]',
    "respondents" TEXT NOT NULL DEFAULT '[]',
    "patents" TEXT NOT NULL DEFAULT '[]',
    "marks" TEXT NOT NULL DEFAULT '[]',
    "products" TEXT NOT NULL DEFAULT '[]',
    "htsCodes" TEXT NOT NULL DEFAULT '[]',
    "industries" TEXT NOT NULL DEFAULT '[]',
    "fingerprint" TEXT NOT NULL,
    "duplicateOfId" TEXT,
    "alertable" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RiskItem_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RiskItem_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SearchOutbox" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "indexName" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "op" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_url_key" ON "Source"("url");

-- CreateIndex
CREATE INDEX "Source_enabled_idx" ON "Source"("enabled");

-- CreateIndex
CREATE INDEX "SourceRun_sourceId_startedAt_idx" ON "SourceRun"("sourceId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Case_investigationNumber_key" ON "Case"("investigationNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Case_docketNumber_key" ON "Case"("docketNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Case_otherNumber_key" ON "Case"("otherNumber");

-- CreateIndex
CREATE INDEX "RiskItem_fingerprint_idx" ON "RiskItem"("fingerprint");

-- CreateIndex
CREATE INDEX "RiskItem_publishedAt_idx" ON "RiskItem"("publishedAt");

-- CreateIndex
CREATE INDEX "RiskItem_caseId_idx" ON "RiskItem"("caseId");

-- CreateIndex
CREATE INDEX "RiskItem_createdAt_idx" ON "RiskItem"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "RiskItem_sourceId_guid_key" ON "RiskItem"("sourceId", "guid");

-- CreateIndex
CREATE INDEX "SearchOutbox_indexName_id_idx" ON "SearchOutbox"("indexName", "id");
