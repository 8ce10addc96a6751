-- CreateTable
CREATE TABLE "CasePartyCorrection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "previousName" TEXT,
    "name" TEXT,
    "location" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Alert" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "companyId" TEXT NOT NULL,
    "riskItemId" TEXT NOT NULL,
    "caseId" TEXT,
    "subscriptionId" TEXT,
    "severity" TEXT NOT NULL,
    "reasons" TEXT NOT NULL DEFAULT '[]',
    "partyScore" REAL,
    "readAt" DATETIME,
    "archivedAt" DATETIME,
    "emailedAt" DATETIME,
    "digestedAt" DATETIME,
    "digestOnly" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Alert_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Alert_riskItemId_fkey" FOREIGN KEY ("riskItemId") REFERENCES "RiskItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Alert_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Alert" ("archivedAt", "caseId", "companyId", "createdAt", "digestedAt", "emailedAt", "id", "partyScore", "readAt", "reasons", "riskItemId", "severity", "subscriptionId") SELECT "archivedAt", "caseId", "companyId", "createdAt", "digestedAt", "emailedAt", "id", "partyScore", "readAt", "reasons", "riskItemId", "severity", "subscriptionId" FROM "Alert";
DROP TABLE "Alert";
ALTER TABLE "new_Alert" RENAME TO "Alert";
CREATE INDEX "Alert_companyId_createdAt_idx" ON "Alert"("companyId", "createdAt");
CREATE INDEX "Alert_severity_createdAt_idx" ON "Alert"("severity", "createdAt");
CREATE INDEX "Alert_caseId_idx" ON "Alert"("caseId");
CREATE UNIQUE INDEX "Alert_companyId_riskItemId_key" ON "Alert"("companyId", "riskItemId");
CREATE TABLE "new_RiskItem" (
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
    "matchedAt" DATETIME,
    "extractionDoubts" TEXT NOT NULL DEFAULT '[]',
    "doubtsResolvedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RiskItem_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RiskItem_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_RiskItem" ("alertable", "caseId", "caseNumber", "caseType", "complainants", "createdAt", "duplicateOfId", "feedUpdatedAt", "fetchedAt", "fingerprint", "guid", "htsCodes", "id", "industries", "ipTypes", "jurisdiction", "kind", "language", "link", "marks", "matchedAt", "patents", "products", "publishedAt", "respondents", "sourceId", "stage", "summary", "title") SELECT "alertable", "caseId", "caseNumber", "caseType", "complainants", "createdAt", "duplicateOfId", "feedUpdatedAt", "fetchedAt", "fingerprint", "guid", "htsCodes", "id", "industries", "ipTypes", "jurisdiction", "kind", "language", "link", "marks", "matchedAt", "patents", "products", "publishedAt", "respondents", "sourceId", "stage", "summary", "title" FROM "RiskItem";
DROP TABLE "RiskItem";
ALTER TABLE "new_RiskItem" RENAME TO "RiskItem";
CREATE INDEX "RiskItem_matchedAt_createdAt_idx" ON "RiskItem"("matchedAt", "createdAt");
CREATE INDEX "RiskItem_fingerprint_idx" ON "RiskItem"("fingerprint");
CREATE INDEX "RiskItem_publishedAt_idx" ON "RiskItem"("publishedAt");
CREATE INDEX "RiskItem_caseId_idx" ON "RiskItem"("caseId");
CREATE INDEX "RiskItem_createdAt_idx" ON "RiskItem"("createdAt");
CREATE UNIQUE INDEX "RiskItem_sourceId_guid_key" ON "RiskItem"("sourceId", "guid");
CREATE TABLE "new_Subscription" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "companyId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "industries" TEXT NOT NULL DEFAULT '[]',
    "keywords" TEXT NOT NULL DEFAULT '[]',
    "hsCodes" TEXT NOT NULL DEFAULT '[]',
    "markets" TEXT NOT NULL DEFAULT '[]',
    "ipTypes" TEXT NOT NULL DEFAULT '[]',
    "caseTypes" TEXT NOT NULL DEFAULT '[]',
    "minSeverity" TEXT NOT NULL DEFAULT 'low',
    "emailFrequency" TEXT NOT NULL DEFAULT 'immediate',
    "webhook" BOOLEAN NOT NULL DEFAULT true,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "industryAlerts" BOOLEAN NOT NULL DEFAULT false,
    "unsubscribeToken" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Subscription_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Subscription" ("active", "caseTypes", "companyId", "createdAt", "emailFrequency", "hsCodes", "id", "industries", "ipTypes", "isDefault", "keywords", "markets", "minSeverity", "name", "unsubscribeToken", "updatedAt", "webhook") SELECT "active", "caseTypes", "companyId", "createdAt", "emailFrequency", "hsCodes", "id", "industries", "ipTypes", "isDefault", "keywords", "markets", "minSeverity", "name", "unsubscribeToken", "updatedAt", "webhook" FROM "Subscription";
DROP TABLE "Subscription";
ALTER TABLE "new_Subscription" RENAME TO "Subscription";
CREATE UNIQUE INDEX "Subscription_unsubscribeToken_key" ON "Subscription"("unsubscribeToken");
CREATE INDEX "Subscription_companyId_idx" ON "Subscription"("companyId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "CasePartyCorrection_caseId_createdAt_idx" ON "CasePartyCorrection"("caseId", "createdAt");
