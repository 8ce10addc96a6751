-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'zh',
    "timeZone" TEXT NOT NULL DEFAULT 'Asia/Shanghai',
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "companyId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ipAddress" TEXT,
    "userAgent" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Company" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Company_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExpertProfile" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExpertProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "before" TEXT,
    "after" TEXT,
    "ip" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobLease" (
    "jobId" TEXT NOT NULL,
    "owner" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "lastSlot" TIMESTAMP(3),
    "lastRunAt" TIMESTAMP(3),
    "lastSuccessAt" TIMESTAMP(3),
    "lastError" TEXT,
    "runCount" INTEGER NOT NULL DEFAULT 0,
    "heartbeatAt" TIMESTAMP(3),

    CONSTRAINT "JobLease_pkey" PRIMARY KEY ("jobId")
);

-- CreateTable
CREATE TABLE "Heartbeat" (
    "id" SERIAL NOT NULL,
    "slot" TIMESTAMP(3) NOT NULL,
    "owner" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Heartbeat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "format" TEXT,
    "kind" TEXT NOT NULL,
    "jurisdiction" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "schedule" TEXT NOT NULL DEFAULT '*/30 * * * *',
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "alertable" BOOLEAN NOT NULL DEFAULT true,
    "visibleToExporters" BOOLEAN NOT NULL DEFAULT false,
    "fallbackSourceId" TEXT,
    "etag" TEXT,
    "lastModified" TEXT,
    "lastAttemptAt" TIMESTAMP(3),
    "lastSuccessAt" TIMESTAMP(3),
    "lastHttpStatus" INTEGER,
    "lastError" TEXT,
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3),
    "itemsTotal" INTEGER NOT NULL DEFAULT 0,
    "itemsLastRun" INTEGER NOT NULL DEFAULT 0,
    "backfilledAt" TIMESTAMP(3),
    "isSeed" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceRun" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
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

    CONSTRAINT "SourceRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" TEXT NOT NULL,
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
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskItem" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "link" TEXT,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "feedUpdatedAt" TIMESTAMP(3),
    "fetchedAt" TIMESTAMP(3) NOT NULL,
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
    "matchedAt" TIMESTAMP(3),
    "extractionDoubts" TEXT NOT NULL DEFAULT '[]',
    "doubtsResolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RiskItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchOutbox" (
    "id" SERIAL NOT NULL,
    "indexName" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "op" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subscription" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Alert" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "riskItemId" TEXT NOT NULL,
    "caseId" TEXT,
    "subscriptionId" TEXT,
    "severity" TEXT NOT NULL,
    "reasons" TEXT NOT NULL DEFAULT '[]',
    "partyScore" DOUBLE PRECISION,
    "readAt" TIMESTAMP(3),
    "archivedAt" TIMESTAMP(3),
    "emailedAt" TIMESTAMP(3),
    "digestedAt" TIMESTAMP(3),
    "digestOnly" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Alert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartyMatchReview" (
    "id" TEXT NOT NULL,
    "riskItemId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "partyName" TEXT NOT NULL,
    "partyRole" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "evidence" TEXT NOT NULL DEFAULT '[]',
    "status" TEXT NOT NULL DEFAULT 'pending',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartyMatchReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookEndpoint" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "disabledAt" TIMESTAMP(3),
    "disabledReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "nextAttemptAt" TIMESTAMP(3),
    "failingSince" TIMESTAMP(3),

    CONSTRAINT "WebhookEndpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" TEXT NOT NULL,
    "endpointId" TEXT NOT NULL,
    "alertId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastHttpStatus" INTEGER,
    "lastError" TEXT,
    "deliveredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GuidanceRequest" (
    "id" TEXT NOT NULL,
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
    "servedAt" TIMESTAMP(3),
    "tempReliefMotion" BOOLEAN NOT NULL DEFAULT false,
    "statedDeadline" TIMESTAMP(3),
    "computedDeadline" TIMESTAMP(3),
    "deadlineRuleId" TEXT,
    "deadlineOverride" TIMESTAMP(3),
    "deadlineOverrideReason" TEXT,
    "products" TEXT NOT NULL DEFAULT '[]',
    "hsCodes" TEXT NOT NULL DEFAULT '[]',
    "amountAtStake" DOUBLE PRECISION,
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
    "slaPausedAt" TIMESTAMP(3),
    "slaPausedWorkingDays" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" TIMESTAMP(3),
    "firstResponseAt" TIMESTAMP(3),
    "lastUpdateAt" TIMESTAMP(3),
    "acceptedAt" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GuidanceRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GuidanceAttachment" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "storedName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "shareWithExperts" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GuidanceAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GuidanceEvent" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "fromState" TEXT,
    "toState" TEXT NOT NULL,
    "actorId" TEXT,
    "note" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GuidanceEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeadlineRule" (
    "id" TEXT NOT NULL,
    "disputeType" TEXT NOT NULL,
    "labelZh" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "fromEvent" TEXT NOT NULL DEFAULT 'service',
    "condition" TEXT,
    "note" TEXT,

    CONSTRAINT "DeadlineRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarDay" (
    "date" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "nameZh" TEXT,
    "nameEn" TEXT,

    CONSTRAINT "CalendarDay_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "ExpertAssignment" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "expertId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'proposed',
    "declineReason" TEXT,
    "noConflictDeclared" BOOLEAN NOT NULL DEFAULT false,
    "matchExplanation" TEXT NOT NULL DEFAULT '{}',
    "assignedById" TEXT NOT NULL,
    "respondBy" TIMESTAMP(3),
    "respondedAt" TIMESTAMP(3),
    "remindedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExpertAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Advice" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "expertId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "assessment" TEXT NOT NULL DEFAULT '',
    "options" TEXT NOT NULL DEFAULT '[]',
    "steps" TEXT NOT NULL DEFAULT '[]',
    "costMin" DOUBLE PRECISION,
    "costMax" DOUBLE PRECISION,
    "currency" TEXT,
    "references" TEXT NOT NULL DEFAULT '',
    "reviewComment" TEXT,
    "reviewedById" TEXT,
    "submittedAt" TIMESTAMP(3),
    "approvedAt" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Advice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Escalation" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "criteria" TEXT NOT NULL DEFAULT '[]',
    "note" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'sent',
    "subCentreRef" TEXT,
    "createdById" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" TIMESTAMP(3),
    "guidanceAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Escalation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoticeDocument" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '{}',
    "issuedById" TEXT,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NoticeDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "messageKey" TEXT NOT NULL,
    "params" TEXT NOT NULL DEFAULT '{}',
    "link" TEXT,
    "readAt" TIMESTAMP(3),
    "emailedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PasswordResetToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordResetToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CasePartyCorrection" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "previousName" TEXT,
    "name" TEXT,
    "location" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CasePartyCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubsidyPolicy" (
    "id" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "issuingBody" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "amountRule" TEXT NOT NULL,
    "fixedAmount" DOUBLE PRECISION,
    "share" DOUBLE PRECISION,
    "capPerApplication" DOUBLE PRECISION,
    "capPerYear" DOUBLE PRECISION,
    "maxYears" INTEGER,
    "conditions" TEXT NOT NULL DEFAULT '{}',
    "requiredDocuments" TEXT NOT NULL DEFAULT '[]',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SubsidyPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubsidyApplication" (
    "id" TEXT NOT NULL,
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
    "decidedOn" TIMESTAMP(3),
    "costs" DOUBLE PRECISION,
    "premium" DOUBLE PRECISION,
    "year" INTEGER NOT NULL,
    "statement" TEXT NOT NULL DEFAULT '',
    "eligibility" TEXT NOT NULL DEFAULT '{}',
    "proposedAmount" DOUBLE PRECISION,
    "approvedAmount" DOUBLE PRECISION,
    "paidAmount" DOUBLE PRECISION,
    "supplementNote" TEXT,
    "rejectionReason" TEXT,
    "noticeNumber" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "paidAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SubsidyApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubsidyEvent" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "fromState" TEXT,
    "toState" TEXT NOT NULL,
    "actorId" TEXT,
    "note" TEXT,
    "amount" DOUBLE PRECISION,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubsidyEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportAttachment" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupportAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InsurancePolicy" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "insurer" TEXT NOT NULL,
    "policyNumber" TEXT,
    "cover" DOUBLE PRECISION NOT NULL,
    "premium" DOUBLE PRECISION NOT NULL,
    "startsOn" TIMESTAMP(3) NOT NULL,
    "endsOn" TIMESTAMP(3) NOT NULL,
    "territories" TEXT NOT NULL DEFAULT '[]',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InsurancePolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InsuranceReminder" (
    "id" TEXT NOT NULL,
    "policyId" TEXT NOT NULL,
    "daysBefore" INTEGER NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InsuranceReminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ObservationMember" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "memberKind" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactEmail" TEXT,
    "contactPhone" TEXT,
    "termFrom" TIMESTAMP(3) NOT NULL,
    "termTo" TIMESTAMP(3) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "designatedById" TEXT,
    "remindedMonth" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ObservationMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Observation" (
    "id" TEXT NOT NULL,
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
    "triagedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Observation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseNote" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" TEXT,
    "observationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CountryGuide" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "forums" TEXT NOT NULL DEFAULT '[]',
    "jurisdiction" TEXT NOT NULL,
    "publishedVersionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CountryGuide_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CountryGuideVersion" (
    "id" TEXT NOT NULL,
    "guideId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "content" TEXT NOT NULL,
    "deadlineRuleIds" TEXT NOT NULL DEFAULT '[]',
    "changeNote" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT,
    "reviewedById" TEXT,
    "reviewNote" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CountryGuideVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "periodKind" TEXT NOT NULL,
    "periodStart" TIMESTAMP(3) NOT NULL,
    "periodEnd" TIMESTAMP(3) NOT NULL,
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
    "frozenAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TypicalCase" (
    "id" TEXT NOT NULL,
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
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TypicalCase_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_companyId_idx" ON "User"("companyId");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Company_creditCode_key" ON "Company"("creditCode");

-- CreateIndex
CREATE UNIQUE INDEX "Company_feedToken_key" ON "Company"("feedToken");

-- CreateIndex
CREATE UNIQUE INDEX "ExpertProfile_userId_key" ON "ExpertProfile"("userId");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_entityId_idx" ON "AuditEvent"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_action_entityId_at_idx" ON "AuditEvent"("action", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "Heartbeat_slot_idx" ON "Heartbeat"("slot");

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
CREATE INDEX "RiskItem_matchedAt_createdAt_idx" ON "RiskItem"("matchedAt", "createdAt");

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

-- CreateIndex
CREATE UNIQUE INDEX "PasswordResetToken_tokenHash_key" ON "PasswordResetToken"("tokenHash");

-- CreateIndex
CREATE INDEX "PasswordResetToken_userId_idx" ON "PasswordResetToken"("userId");

-- CreateIndex
CREATE INDEX "CasePartyCorrection_caseId_createdAt_idx" ON "CasePartyCorrection"("caseId", "createdAt");

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

-- CreateIndex
CREATE UNIQUE INDEX "Report_number_key" ON "Report"("number");

-- CreateIndex
CREATE INDEX "Report_kind_status_periodStart_idx" ON "Report"("kind", "status", "periodStart");

-- CreateIndex
CREATE UNIQUE INDEX "Report_kind_year_seq_key" ON "Report"("kind", "year", "seq");

-- CreateIndex
CREATE INDEX "TypicalCase_status_publishedAt_idx" ON "TypicalCase"("status", "publishedAt");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertProfile" ADD CONSTRAINT "ExpertProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_fallbackSourceId_fkey" FOREIGN KEY ("fallbackSourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceRun" ADD CONSTRAINT "SourceRun_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskItem" ADD CONSTRAINT "RiskItem_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskItem" ADD CONSTRAINT "RiskItem_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_riskItemId_fkey" FOREIGN KEY ("riskItemId") REFERENCES "RiskItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyMatchReview" ADD CONSTRAINT "PartyMatchReview_riskItemId_fkey" FOREIGN KEY ("riskItemId") REFERENCES "RiskItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyMatchReview" ADD CONSTRAINT "PartyMatchReview_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookEndpoint" ADD CONSTRAINT "WebhookEndpoint_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_endpointId_fkey" FOREIGN KEY ("endpointId") REFERENCES "WebhookEndpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_alertId_fkey" FOREIGN KEY ("alertId") REFERENCES "Alert"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuidanceRequest" ADD CONSTRAINT "GuidanceRequest_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuidanceRequest" ADD CONSTRAINT "GuidanceRequest_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuidanceAttachment" ADD CONSTRAINT "GuidanceAttachment_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "GuidanceRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuidanceEvent" ADD CONSTRAINT "GuidanceEvent_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "GuidanceRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertAssignment" ADD CONSTRAINT "ExpertAssignment_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "GuidanceRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertAssignment" ADD CONSTRAINT "ExpertAssignment_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "ExpertProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Advice" ADD CONSTRAINT "Advice_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "GuidanceRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Advice" ADD CONSTRAINT "Advice_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "ExpertProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Escalation" ADD CONSTRAINT "Escalation_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "GuidanceRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeDocument" ADD CONSTRAINT "NoticeDocument_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "GuidanceRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubsidyApplication" ADD CONSTRAINT "SubsidyApplication_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "SubsidyPolicy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubsidyEvent" ADD CONSTRAINT "SubsidyEvent_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "SubsidyApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InsuranceReminder" ADD CONSTRAINT "InsuranceReminder_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "InsurancePolicy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "ObservationMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CountryGuideVersion" ADD CONSTRAINT "CountryGuideVersion_guideId_fkey" FOREIGN KEY ("guideId") REFERENCES "CountryGuide"("id") ON DELETE CASCADE ON UPDATE CASCADE;
