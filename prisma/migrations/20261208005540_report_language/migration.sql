-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Report" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "periodKind" TEXT NOT NULL,
    "periodStart" DATETIME NOT NULL,
    "periodEnd" DATETIME NOT NULL,
    "industry" TEXT,
    "market" TEXT,
    "title" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'zh',
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
INSERT INTO "new_Report" ("content", "createdAt", "createdById", "frozenAt", "frozenById", "id", "industry", "kind", "market", "number", "periodEnd", "periodKind", "periodStart", "publishedAt", "sections", "seq", "status", "title", "updatedAt", "year") SELECT "content", "createdAt", "createdById", "frozenAt", "frozenById", "id", "industry", "kind", "market", "number", "periodEnd", "periodKind", "periodStart", "publishedAt", "sections", "seq", "status", "title", "updatedAt", "year" FROM "Report";
DROP TABLE "Report";
ALTER TABLE "new_Report" RENAME TO "Report";
CREATE UNIQUE INDEX "Report_number_key" ON "Report"("number");
CREATE INDEX "Report_kind_status_periodStart_idx" ON "Report"("kind", "status", "periodStart");
CREATE UNIQUE INDEX "Report_kind_year_seq_key" ON "Report"("kind", "year", "seq");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
