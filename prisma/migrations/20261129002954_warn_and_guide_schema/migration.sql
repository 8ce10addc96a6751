-- CreateTable
CREATE TABLE "Subscription" (
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
    "unsubscribeToken" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Subscription_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Alert" (
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Alert_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Alert_riskItemId_fkey" FOREIGN KEY ("riskItemId") REFERENCES "RiskItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Alert_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PartyMatchReview" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "riskItemId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "partyName" TEXT NOT NULL,
    "partyRole" TEXT NOT NULL,
    "score" REAL NOT NULL,
    "evidence" TEXT NOT NULL DEFAULT '[]',
    "status" TEXT NOT NULL DEFAULT 'pending',
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PartyMatchReview_riskItemId_fkey" FOREIGN KEY ("riskItemId") REFERENCES "RiskItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PartyMatchReview_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WebhookEndpoint" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "companyId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "disabledAt" DATETIME,
    "disabledReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "WebhookEndpoint_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "endpointId" TEXT NOT NULL,
    "alertId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastHttpStatus" INTEGER,
    "lastError" TEXT,
    "deliveredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WebhookDelivery_endpointId_fkey" FOREIGN KEY ("endpointId") REFERENCES "WebhookEndpoint" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GuidanceRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "companyId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'draft',
    "disputeType" TEXT NOT NULL,
    "country" TEXT,
    "forum" TEXT,
    "opposingParty" TEXT,
    "opposingCounsel" TEXT,
    "caseNumber" TEXT,
    "caseId" TEXT,
    "alertId" TEXT,
    "servedAt" DATETIME,
    "tempReliefMotion" BOOLEAN NOT NULL DEFAULT false,
    "statedDeadline" DATETIME,
    "computedDeadline" DATETIME,
    "deadlineRuleId" TEXT,
    "deadlineOverride" DATETIME,
    "deadlineOverrideReason" TEXT,
    "products" TEXT NOT NULL DEFAULT '[]',
    "hsCodes" TEXT NOT NULL DEFAULT '[]',
    "amountAtStake" REAL,
    "currency" TEXT,
    "whatHappened" TEXT NOT NULL DEFAULT '',
    "helpWanted" TEXT NOT NULL DEFAULT '',
    "contactName" TEXT,
    "contactPhone" TEXT,
    "contactEmail" TEXT,
    "consentToShare" BOOLEAN NOT NULL DEFAULT false,
    "supplementNote" TEXT,
    "rejectionReason" TEXT,
    "terminationReason" TEXT,
    "rating" INTEGER,
    "feedback" TEXT,
    "escalated" BOOLEAN NOT NULL DEFAULT false,
    "slaPausedAt" DATETIME,
    "slaPausedWorkingDays" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" DATETIME,
    "firstResponseAt" DATETIME,
    "lastUpdateAt" DATETIME,
    "acceptedAt" DATETIME,
    "deliveredAt" DATETIME,
    "closedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "GuidanceRequest_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GuidanceRequest_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GuidanceAttachment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "storedName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "shareWithExperts" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "GuidanceAttachment_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "GuidanceRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GuidanceEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "fromState" TEXT,
    "toState" TEXT NOT NULL,
    "actorId" TEXT,
    "note" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "GuidanceEvent_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "GuidanceRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DeadlineRule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "disputeType" TEXT NOT NULL,
    "labelZh" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "fromEvent" TEXT NOT NULL DEFAULT 'service',
    "condition" TEXT,
    "note" TEXT
);

-- CreateTable
CREATE TABLE "CalendarDay" (
    "date" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "nameZh" TEXT,
    "nameEn" TEXT
);

-- CreateTable
CREATE TABLE "ExpertAssignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "expertId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'proposed',
    "declineReason" TEXT,
    "noConflictDeclared" BOOLEAN NOT NULL DEFAULT false,
    "matchExplanation" TEXT NOT NULL DEFAULT '{}',
    "assignedById" TEXT NOT NULL,
    "respondBy" DATETIME,
    "respondedAt" DATETIME,
    "remindedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ExpertAssignment_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "GuidanceRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ExpertAssignment_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "ExpertProfile" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Advice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "expertId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "assessment" TEXT NOT NULL DEFAULT '',
    "options" TEXT NOT NULL DEFAULT '[]',
    "steps" TEXT NOT NULL DEFAULT '[]',
    "costMin" REAL,
    "costMax" REAL,
    "currency" TEXT,
    "references" TEXT NOT NULL DEFAULT '',
    "reviewComment" TEXT,
    "reviewedById" TEXT,
    "submittedAt" DATETIME,
    "approvedAt" DATETIME,
    "deliveredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Advice_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "GuidanceRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Advice_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "ExpertProfile" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Escalation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "criteria" TEXT NOT NULL DEFAULT '[]',
    "note" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'sent',
    "subCentreRef" TEXT,
    "createdById" TEXT NOT NULL,
    "sentAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" DATETIME,
    "guidanceAt" DATETIME,
    "closedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Escalation_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "GuidanceRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NoticeDocument" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '{}',
    "issuedById" TEXT,
    "issuedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "NoticeDocument_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "GuidanceRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "messageKey" TEXT NOT NULL,
    "params" TEXT NOT NULL DEFAULT '{}',
    "link" TEXT,
    "readAt" DATETIME,
    "emailedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Company" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT,
    "aliases" TEXT NOT NULL DEFAULT '[]',
    "creditCode" TEXT,
    "city" TEXT,
    "industries" TEXT NOT NULL DEFAULT '[]',
    "products" TEXT NOT NULL DEFAULT '[]',
    "hsCodes" TEXT NOT NULL DEFAULT '[]',
    "markets" TEXT NOT NULL DEFAULT '[]',
    "province" TEXT,
    "ipTypes" TEXT NOT NULL DEFAULT '[]',
    "observationEnterprise" BOOLEAN NOT NULL DEFAULT false,
    "contactEmail" TEXT,
    "feedToken" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Company" ("aliases", "city", "createdAt", "creditCode", "hsCodes", "id", "industries", "isDemo", "markets", "nameEn", "nameZh", "products", "updatedAt") SELECT "aliases", "city", "createdAt", "creditCode", "hsCodes", "id", "industries", "isDemo", "markets", "nameEn", "nameZh", "products", "updatedAt" FROM "Company";
DROP TABLE "Company";
ALTER TABLE "new_Company" RENAME TO "Company";
CREATE UNIQUE INDEX "Company_creditCode_key" ON "Company"("creditCode");
CREATE UNIQUE INDEX "Company_feedToken_key" ON "Company"("feedToken");
CREATE TABLE "new_ExpertProfile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "displayNameZh" TEXT NOT NULL,
    "displayNameEn" TEXT,
    "organisation" TEXT,
    "title" TEXT,
    "ipTypes" TEXT NOT NULL DEFAULT '[]',
    "jurisdictions" TEXT NOT NULL DEFAULT '[]',
    "industries" TEXT NOT NULL DEFAULT '[]',
    "languages" TEXT NOT NULL DEFAULT '[]',
    "capacity" INTEGER NOT NULL DEFAULT 3,
    "bio" TEXT,
    "unavailable" TEXT NOT NULL DEFAULT '[]',
    "conflictCompanies" TEXT NOT NULL DEFAULT '[]',
    "conflictFirms" TEXT NOT NULL DEFAULT '[]',
    "feeNote" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ExpertProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ExpertProfile" ("bio", "capacity", "createdAt", "displayNameEn", "displayNameZh", "id", "industries", "ipTypes", "jurisdictions", "languages", "organisation", "title", "updatedAt", "userId") SELECT "bio", "capacity", "createdAt", "displayNameEn", "displayNameZh", "id", "industries", "ipTypes", "jurisdictions", "languages", "organisation", "title", "updatedAt", "userId" FROM "ExpertProfile";
DROP TABLE "ExpertProfile";
ALTER TABLE "new_ExpertProfile" RENAME TO "ExpertProfile";
CREATE UNIQUE INDEX "ExpertProfile_userId_key" ON "ExpertProfile"("userId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Subscription_unsubscribeToken_key" ON "Subscription"("unsubscribeToken");

-- CreateIndex
CREATE INDEX "Subscription_companyId_idx" ON "Subscription"("companyId");

-- CreateIndex
CREATE INDEX "Alert_companyId_createdAt_idx" ON "Alert"("companyId", "createdAt");

-- CreateIndex
CREATE INDEX "Alert_severity_createdAt_idx" ON "Alert"("severity", "createdAt");

-- CreateIndex
CREATE INDEX "Alert_caseId_idx" ON "Alert"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "Alert_companyId_riskItemId_key" ON "Alert"("companyId", "riskItemId");

-- CreateIndex
CREATE INDEX "PartyMatchReview_status_createdAt_idx" ON "PartyMatchReview"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PartyMatchReview_riskItemId_companyId_partyName_key" ON "PartyMatchReview"("riskItemId", "companyId", "partyName");

-- CreateIndex
CREATE INDEX "WebhookEndpoint_companyId_idx" ON "WebhookEndpoint"("companyId");

-- CreateIndex
CREATE INDEX "WebhookDelivery_status_nextAttemptAt_idx" ON "WebhookDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookDelivery_endpointId_alertId_key" ON "WebhookDelivery"("endpointId", "alertId");

-- CreateIndex
CREATE INDEX "GuidanceRequest_companyId_state_idx" ON "GuidanceRequest"("companyId", "state");

-- CreateIndex
CREATE INDEX "GuidanceRequest_state_computedDeadline_idx" ON "GuidanceRequest"("state", "computedDeadline");

-- CreateIndex
CREATE UNIQUE INDEX "GuidanceAttachment_storedName_key" ON "GuidanceAttachment"("storedName");

-- CreateIndex
CREATE INDEX "GuidanceAttachment_requestId_idx" ON "GuidanceAttachment"("requestId");

-- CreateIndex
CREATE INDEX "GuidanceEvent_requestId_at_idx" ON "GuidanceEvent"("requestId", "at");

-- CreateIndex
CREATE INDEX "ExpertAssignment_requestId_idx" ON "ExpertAssignment"("requestId");

-- CreateIndex
CREATE INDEX "ExpertAssignment_expertId_status_idx" ON "ExpertAssignment"("expertId", "status");

-- CreateIndex
CREATE INDEX "Advice_requestId_idx" ON "Advice"("requestId");

-- CreateIndex
CREATE INDEX "Advice_expertId_idx" ON "Advice"("expertId");

-- CreateIndex
CREATE INDEX "Escalation_requestId_idx" ON "Escalation"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "NoticeDocument_number_key" ON "NoticeDocument"("number");

-- CreateIndex
CREATE INDEX "NoticeDocument_requestId_idx" ON "NoticeDocument"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "NoticeDocument_year_seq_key" ON "NoticeDocument"("year", "seq");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");
