-- AlterTable
ALTER TABLE "JobLease" ADD COLUMN "heartbeatAt" DATETIME;

-- AlterTable
ALTER TABLE "WebhookEndpoint" ADD COLUMN "failingSince" DATETIME;
ALTER TABLE "WebhookEndpoint" ADD COLUMN "nextAttemptAt" DATETIME;
