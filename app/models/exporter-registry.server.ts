// Exporter registry import (企业名录导入): valid rows are created or updated by unified social
// credit code, all in one transaction, so a re-import of the same file changes nothing and
// never duplicates a company. Companies need no user account to be matched and alerted.
import { parseRegistryCsv, type RegistryError, type RegistryRow } from "~/registry/exporter-csv.ts";
import type { Db } from "~/utils/db.server.ts";
import { toListText } from "~/utils/json-list.ts";
import { changedFields, recordAudit } from "./audit.server.ts";

export interface RegistryImportResult {
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  rows: (RegistryRow & { outcome: "create" | "update" | "unchanged" })[];
  errors: RegistryError[];
}

function toRow(r: RegistryRow) {
  return {
    creditCode: r.creditCode,
    nameZh: r.nameZh,
    nameEn: r.nameEn,
    aliases: toListText(r.aliases),
    city: r.city,
    province: r.province,
    industries: toListText(r.industries),
    products: toListText(r.products),
    hsCodes: toListText(r.hsCodes),
    markets: toListText(r.markets),
  };
}

export async function importRegistryCsv(db: Db, source: string, opts: { dryRun: boolean; actorId: string | null }): Promise<RegistryImportResult> {
  const { rows, errors } = parseRegistryCsv(source);
  const result: RegistryImportResult = { dryRun: opts.dryRun, created: 0, updated: 0, unchanged: 0, rows: [], errors };
  await db.$transaction(async (tx) => {
    const existing = new Map((await tx.company.findMany({ where: { creditCode: { in: rows.map((r) => r.creditCode) } } })).map((c) => [c.creditCode!, c]));
    for (const row of rows) {
      const data = toRow(row);
      const current = existing.get(row.creditCode);
      if (!current) {
        result.created++;
        result.rows.push({ ...row, outcome: "create" });
        if (opts.dryRun) continue;
        const company = await tx.company.create({ data });
        await recordAudit(tx, { actorId: opts.actorId, action: "company.import.create", entity: "company", entityId: company.id, after: data });
        continue;
      }
      const diff = changedFields(current as unknown as Record<string, unknown>, data);
      if (!diff.changed) {
        result.unchanged++;
        result.rows.push({ ...row, outcome: "unchanged" });
        continue;
      }
      result.updated++;
      result.rows.push({ ...row, outcome: "update" });
      if (opts.dryRun) continue;
      await tx.company.update({ where: { id: current.id }, data });
      await recordAudit(tx, {
        actorId: opts.actorId,
        action: "company.import.update",
        entity: "company",
        entityId: current.id,
        before: diff.before,
        after: diff.after,
      });
    }
  });
  return result;
}
