-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'zh';
