-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Source" (
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
    "visibleToExporters" BOOLEAN NOT NULL DEFAULT false,
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
INSERT INTO "new_Source" ("alertable", "backfilledAt", "consecutiveFailures", "createdAt", "enabled", "etag", "fallbackSourceId", "format", "id", "isSeed", "itemsLastRun", "itemsTotal", "jurisdiction", "kind", "language", "lastAttemptAt", "lastError", "lastHttpStatus", "lastModified", "lastSuccessAt", "name", "nextAttemptAt", "schedule", "updatedAt", "url") SELECT "alertable", "backfilledAt", "consecutiveFailures", "createdAt", "enabled", "etag", "fallbackSourceId", "format", "id", "isSeed", "itemsLastRun", "itemsTotal", "jurisdiction", "kind", "language", "lastAttemptAt", "lastError", "lastHttpStatus", "lastModified", "lastSuccessAt", "name", "nextAttemptAt", "schedule", "updatedAt", "url" FROM "Source";
DROP TABLE "Source";
ALTER TABLE "new_Source" RENAME TO "Source";
CREATE UNIQUE INDEX "Source_url_key" ON "Source"("url");
CREATE INDEX "Source_enabled_idx" ON "Source"("enabled");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Sources that existed before this column were visible to exporters; keep them so on upgrade.
UPDATE "Source" SET "visibleToExporters" = true;
