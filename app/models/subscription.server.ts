// An exporter's subscriptions: the default one takes its terms from the company profile
// (only its delivery settings are editable); others are created, edited and deleted here,
// audited, always scoped by the session's company. The preview runs the real matcher over
// one subscription and the recent items, in memory, before anything is saved.
import crypto from "node:crypto";
import { z } from "zod";
import { AlertMatcher, type MatchReason, type MatchSubscription } from "~/matching/alert-matcher.ts";
import { CASE_TYPE_LABELS, INDUSTRY_LABELS, IP_TYPE_LABELS } from "~/domain/taxonomy.ts";
import type { Db } from "~/utils/db.server.ts";
import { parseList } from "~/utils/json-list.ts";
import { splitList } from "~/utils/forms.server.ts";
import { firstInvalidMarket } from "~/registry/market-codes.ts";
import { MATCH_ITEM_SELECT, toMatchItem } from "./alert-matching.server.ts";
import { recordAudit } from "./audit.server.ts";
import { VISIBLE_TO_EXPORTERS } from "./risk-item.server.ts";
import { SEVERITIES } from "~/domain/severity.ts";

export const PREVIEW_DAYS = 90;
/** The preview holds this many items in memory at most (newest first). */
export const PREVIEW_MAX_ITEMS = 20_000;

const ids = (allowed: readonly { id: string }[]) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      const list = splitList(v);
      if (list.some((id) => !allowed.some((a) => a.id === id))) ctx.addIssue({ code: "custom", message: "subscriptions.invalidChoice" });
      return list;
    });

const DeliverySchema = z.object({
  minSeverity: z.enum(SEVERITIES, { message: "subscriptions.invalidChoice" }),
  emailFrequency: z.enum(["immediate", "daily", "weekly", "off"], { message: "subscriptions.invalidChoice" }),
  webhook: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true"),
  // Opt-in: a match on industry alone (no product, HS code, name or complainant) comes to
  // the inbox one by one; otherwise it is low and waits for the daily digest.
  industryAlerts: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true"),
});

export const SubscriptionFormSchema = DeliverySchema.extend({
  name: z.string().trim().min(1, "form.required").max(100, "form.tooLong|max=100"),
  industries: ids(INDUSTRY_LABELS),
  keywords: z
    .string()
    .max(4000, "form.tooLong|max=4000")
    .optional()
    .transform((v) => splitList(v).slice(0, 200)),
  hsCodes: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const list = splitList(v).map((c) => c.replace(/[.\s]/g, ""));
      if (list.some((c) => !/^\d{4,10}$/.test(c))) ctx.addIssue({ code: "custom", message: "subscriptions.invalidHs" });
      return list;
    }),
  markets: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const list = splitList(v).map((m) => m.toUpperCase());
      if (firstInvalidMarket(list)) ctx.addIssue({ code: "custom", message: "subscriptions.invalidMarket" });
      return list;
    }),
  ipTypes: ids(IP_TYPE_LABELS),
  caseTypes: ids(CASE_TYPE_LABELS),
});
export type SubscriptionInput = z.infer<typeof SubscriptionFormSchema>;
export const SubscriptionDeliverySchema = DeliverySchema;

export async function listSubscriptions(db: Db, companyId: string) {
  const rows = await db.subscription.findMany({ where: { companyId }, orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }] });
  return rows.map((s) => ({
    id: s.id,
    name: s.name,
    isDefault: s.isDefault,
    industries: parseList(s.industries),
    keywords: parseList(s.keywords),
    hsCodes: parseList(s.hsCodes),
    markets: parseList(s.markets),
    ipTypes: parseList(s.ipTypes),
    caseTypes: parseList(s.caseTypes),
    minSeverity: s.minSeverity,
    emailFrequency: s.emailFrequency,
    webhook: s.webhook,
    industryAlerts: s.industryAlerts,
  }));
}

function toData(input: SubscriptionInput) {
  return {
    name: input.name,
    industries: JSON.stringify(input.industries),
    keywords: JSON.stringify(input.keywords),
    hsCodes: JSON.stringify(input.hsCodes),
    markets: JSON.stringify(input.markets),
    ipTypes: JSON.stringify(input.ipTypes),
    caseTypes: JSON.stringify(input.caseTypes),
    minSeverity: input.minSeverity,
    emailFrequency: input.emailFrequency,
    webhook: input.webhook,
    industryAlerts: input.industryAlerts,
  };
}

export async function createSubscription(db: Db, companyId: string, input: SubscriptionInput, actorId: string) {
  return db.$transaction(async (tx) => {
    const row = await tx.subscription.create({ data: { companyId, ...toData(input), unsubscribeToken: crypto.randomBytes(24).toString("base64url") } });
    await recordAudit(tx, { actorId, action: "subscription.create", entity: "subscription", entityId: row.id, after: toData(input) });
    return row;
  });
}

/** False when the id is not the company's (the route answers 404). The default keeps its profile terms. */
export async function updateSubscription(db: Db, companyId: string, id: string, input: SubscriptionInput | z.infer<typeof DeliverySchema>, actorId: string) {
  return db.$transaction(async (tx) => {
    const before = await tx.subscription.findFirst({ where: { id, companyId } });
    if (!before) return false;
    const data =
      before.isDefault || !("name" in input)
        ? { minSeverity: input.minSeverity, emailFrequency: input.emailFrequency, webhook: input.webhook, industryAlerts: input.industryAlerts }
        : toData(input);
    await tx.subscription.update({ where: { id: before.id }, data });
    await recordAudit(tx, { actorId, action: "subscription.update", entity: "subscription", entityId: id, after: data });
    return true;
  });
}

/** The default subscription cannot be deleted (it is the profile's). */
export async function deleteSubscription(db: Db, companyId: string, id: string, actorId: string) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.subscription.deleteMany({ where: { id, companyId, isDefault: false } });
    if (count === 1) await recordAudit(tx, { actorId, action: "subscription.delete", entity: "subscription", entityId: id });
    return count === 1;
  });
}

/** How many stored items of the last 90 days this subscription would have matched, with examples. */
export async function previewSubscription(db: Db, companyId: string, input: SubscriptionInput, now = new Date()) {
  const sub: MatchSubscription = {
    id: "preview",
    companyId,
    industries: input.industries,
    keywords: input.keywords,
    hsCodes: input.hsCodes,
    markets: input.markets,
    ipTypes: input.ipTypes,
    caseTypes: input.caseTypes,
    minSeverity: input.minSeverity,
    industryAlerts: input.industryAlerts,
  };
  const matcher = new AlertMatcher([sub]);
  const rows = await db.riskItem.findMany({
    where: { publishedAt: { gte: new Date(now.getTime() - PREVIEW_DAYS * 24 * 3600_000) }, ...VISIBLE_TO_EXPORTERS },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: PREVIEW_MAX_ITEMS,
    select: { ...MATCH_ITEM_SELECT, publishedAt: true },
  });
  let count = 0;
  const examples: { id: string; title: string; severity: string; publishedAt: string; reasons: MatchReason[] }[] = [];
  for (const row of rows) {
    const [hit] = matcher.match(toMatchItem(row));
    if (!hit) continue;
    count++;
    if (examples.length < 5)
      examples.push({ id: row.id, title: row.title, severity: hit.severity, publishedAt: row.publishedAt.toISOString(), reasons: hit.reasons });
  }
  return { count, examples, scanned: rows.length };
}
