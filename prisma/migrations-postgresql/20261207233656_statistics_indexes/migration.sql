-- CreateIndex
CREATE INDEX "RiskItem_stats_period_idx" ON "RiskItem"("createdAt", "duplicateOfId", "kind", "jurisdiction", "caseType", "caseId", "stage", "industries", "ipTypes");

-- CreateIndex
CREATE INDEX "RiskItem_stats_case_idx" ON "RiskItem"("kind", "duplicateOfId", "caseId", "createdAt", "jurisdiction", "caseType", "stage", "industries", "ipTypes");

-- CreateIndex
CREATE INDEX "Alert_stats_period_idx" ON "Alert"("createdAt", "severity", "readAt", "companyId", "caseId", "riskItemId");
