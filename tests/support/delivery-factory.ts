// Rows the delivery tests need — a source, items and alerts — written directly: how alerts
// come to exist (matching) is tested elsewhere; here only what happens to them afterwards.
import crypto from "node:crypto";
import type { Db } from "~/utils/db.server.ts";

const hex = () => crypto.randomBytes(4).toString("hex");

export async function makeSourceRow(db: Db) {
  return db.source.create({
    data: { name: `Src ${hex()}`, url: `https://feeds.example.test/${hex()}.xml`, kind: "case", jurisdiction: "US", visibleToExporters: true },
  });
}

export async function makeItem(db: Db, sourceId: string, over: { title?: string; caseNumber?: string | null; caseType?: string } = {}) {
  const guid = `item-${hex()}`;
  return db.riskItem.create({
    data: {
      sourceId,
      guid,
      link: `https://www.federalregister.gov/d/${guid}`,
      title: over.title ?? "Certain Photovoltaic Modules; Institution of Investigation",
      summary: "Notice is hereby given that a complaint was filed with the U.S. International Trade Commission.",
      publishedAt: new Date(),
      fetchedAt: new Date(),
      language: "en",
      jurisdiction: "US",
      kind: "case",
      caseType: over.caseType ?? "us-itc-337",
      caseNumber: over.caseNumber === undefined ? "337-TA-1452" : over.caseNumber,
      fingerprint: guid,
    },
  });
}

export async function makeSubscription(db: Db, companyId: string, over: { name?: string; emailFrequency?: string; webhook?: boolean } = {}) {
  return db.subscription.create({
    data: {
      companyId,
      name: over.name ?? "光伏组件 / PV modules",
      emailFrequency: over.emailFrequency ?? "immediate",
      webhook: over.webhook ?? true,
      unsubscribeToken: crypto.randomBytes(24).toString("base64url"),
    },
  });
}

export async function makeAlert(
  db: Db,
  opts: { companyId: string; itemId: string; severity?: string; subscriptionId?: string | null; createdAt?: Date; reasons?: unknown[] },
) {
  return db.alert.create({
    data: {
      companyId: opts.companyId,
      riskItemId: opts.itemId,
      severity: opts.severity ?? "high",
      subscriptionId: opts.subscriptionId ?? null,
      reasons: JSON.stringify(
        opts.reasons ?? [{ kind: "keyword", terms: ["photovoltaic"], label: { zh: "产品关键词：光伏", en: "Product keyword: photovoltaic" } }],
      ),
      createdAt: opts.createdAt ?? new Date(),
    },
  });
}
