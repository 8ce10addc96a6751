-- CreateTable
CREATE TABLE "SubsidyPolicy" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "issuingBody" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "amountRule" TEXT NOT NULL,
    "fixedAmount" REAL,
    "share" REAL,
    "capPerApplication" REAL,
    "capPerYear" REAL,
    "maxYears" INTEGER,
    "conditions" TEXT NOT NULL DEFAULT '{}',
    "requiredDocuments" TEXT NOT NULL DEFAULT '[]',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SubsidyApplication" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "policyId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'submitted',
    "subjectKey" TEXT NOT NULL,
    "guidanceRequestId" TEXT,
    "caseId" TEXT,
    "insurancePolicyId" TEXT,
    "caseRef" TEXT NOT NULL DEFAULT '',
    "caseScope" TEXT,
    "won" BOOLEAN NOT NULL DEFAULT false,
    "decidedOn" DATETIME,
    "costs" REAL,
    "premium" REAL,
    "year" INTEGER NOT NULL,
    "statement" TEXT NOT NULL DEFAULT '',
    "eligibility" TEXT NOT NULL DEFAULT '{}',
    "proposedAmount" REAL,
    "approvedAmount" REAL,
    "paidAmount" REAL,
    "supplementNote" TEXT,
    "rejectionReason" TEXT,
    "noticeNumber" TEXT,
    "submittedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" DATETIME,
    "paidAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SubsidyApplication_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "SubsidyPolicy" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SubsidyEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "applicationId" TEXT NOT NULL,
    "fromState" TEXT,
    "toState" TEXT NOT NULL,
    "actorId" TEXT,
    "note" TEXT,
    "amount" REAL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SubsidyEvent_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "SubsidyApplication" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SupportAttachment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerKind" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "docKind" TEXT NOT NULL DEFAULT 'other',
    "originalName" TEXT NOT NULL,
    "storedName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "InsurancePolicy" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "companyId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "insurer" TEXT NOT NULL,
    "policyNumber" TEXT,
    "cover" REAL NOT NULL,
    "premium" REAL NOT NULL,
    "startsOn" DATETIME NOT NULL,
    "endsOn" DATETIME NOT NULL,
    "territories" TEXT NOT NULL DEFAULT '[]',
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "InsuranceReminder" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "policyId" TEXT NOT NULL,
    "daysBefore" INTEGER NOT NULL,
    "sentAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "InsuranceReminder_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "InsurancePolicy" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ObservationMember" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "companyId" TEXT NOT NULL,
    "memberKind" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactEmail" TEXT,
    "contactPhone" TEXT,
    "termFrom" DATETIME NOT NULL,
    "termTo" DATETIME NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "designatedById" TEXT,
    "remindedMonth" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Observation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "memberId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "submittedById" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "forum" TEXT,
    "title" TEXT NOT NULL,
    "whatHappened" TEXT NOT NULL,
    "parties" TEXT NOT NULL DEFAULT '[]',
    "products" TEXT NOT NULL DEFAULT '[]',
    "links" TEXT NOT NULL DEFAULT '[]',
    "urgency" TEXT NOT NULL DEFAULT 'medium',
    "state" TEXT NOT NULL DEFAULT 'submitted',
    "outcomeNote" TEXT,
    "riskItemId" TEXT,
    "caseId" TEXT,
    "triagedById" TEXT,
    "triagedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Observation_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "ObservationMember" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CaseNote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" TEXT,
    "observationId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "CountryGuide" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "forums" TEXT NOT NULL DEFAULT '[]',
    "jurisdiction" TEXT NOT NULL,
    "publishedVersionId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "CountryGuideVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "guideId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "content" TEXT NOT NULL,
    "deadlineRuleIds" TEXT NOT NULL DEFAULT '[]',
    "changeNote" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT,
    "reviewedById" TEXT,
    "reviewNote" TEXT,
    "reviewedAt" DATETIME,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CountryGuideVersion_guideId_fkey" FOREIGN KEY ("guideId") REFERENCES "CountryGuide" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "SubsidyApplication_noticeNumber_key" ON "SubsidyApplication"("noticeNumber");

-- CreateIndex
CREATE INDEX "SubsidyApplication_companyId_state_idx" ON "SubsidyApplication"("companyId", "state");

-- CreateIndex
CREATE INDEX "SubsidyApplication_state_submittedAt_idx" ON "SubsidyApplication"("state", "submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "SubsidyApplication_policyId_subjectKey_key" ON "SubsidyApplication"("policyId", "subjectKey");

-- CreateIndex
CREATE INDEX "SubsidyEvent_applicationId_at_idx" ON "SubsidyEvent"("applicationId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "SupportAttachment_storedName_key" ON "SupportAttachment"("storedName");

-- CreateIndex
CREATE INDEX "SupportAttachment_ownerKind_ownerId_idx" ON "SupportAttachment"("ownerKind", "ownerId");

-- CreateIndex
CREATE INDEX "InsurancePolicy_companyId_idx" ON "InsurancePolicy"("companyId");

-- CreateIndex
CREATE INDEX "InsurancePolicy_endsOn_idx" ON "InsurancePolicy"("endsOn");

-- CreateIndex
CREATE UNIQUE INDEX "InsuranceReminder_policyId_daysBefore_key" ON "InsuranceReminder"("policyId", "daysBefore");

-- CreateIndex
CREATE UNIQUE INDEX "ObservationMember_companyId_key" ON "ObservationMember"("companyId");

-- CreateIndex
CREATE INDEX "Observation_companyId_createdAt_idx" ON "Observation"("companyId", "createdAt");

-- CreateIndex
CREATE INDEX "Observation_state_createdAt_idx" ON "Observation"("state", "createdAt");

-- CreateIndex
CREATE INDEX "CaseNote_caseId_createdAt_idx" ON "CaseNote"("caseId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CountryGuide_slug_key" ON "CountryGuide"("slug");

-- CreateIndex
CREATE INDEX "CountryGuideVersion_guideId_status_idx" ON "CountryGuideVersion"("guideId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "CountryGuideVersion_guideId_version_key" ON "CountryGuideVersion"("guideId", "version");
