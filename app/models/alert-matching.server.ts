// The matching run: every alertable item stored since the last run is matched against every
// company's subscriptions (AlertMatcher) and, by party name, against the registry
// (party-names.ts); the alerts, the grey-zone name reviews and the item's `matchedAt` mark
// are written in ONE transaction per batch. A crash therefore loses nothing (the batch is
// simply matched again) and repeats nothing (its alerts were not committed either); the
// unique (company, item) constraint backs this up.
import crypto from "node:crypto";
import { AlertMatcher, type MatchItem, type MatchReason, type MatchSubscription } from "~/matching/alert-matcher.ts";
import { findRegisteredAliases, matchParty, type PartyIndex, type PartyMatchResult, type PartyThresholds } from "~/matching/party-names.ts";
import type { Db } from "~/utils/db.server.ts";
import { applyCorrections, readParties, type PartyCorrection } from "~/matching/case-parties.ts";
import type { Prisma } from "~/generated/prisma/client.ts";
import { parseJsonArray, parseList } from "~/utils/json-list.ts";
import { loadPartyIndex, partyThresholds } from "./party-match.server.ts";
import { isSeverity, severityRank, type Severity } from "~/domain/severity.ts";

export const MATCH_BATCH = 500;
/**
 * Rows (alerts and reviews) one transaction writes at most: 500 items × many companies would
 * otherwise hold SQLite's write lock for one huge transaction while an import is writing.
 * An item is never split, so one item with more rows is a transaction of its own.
 */
export const MATCH_TX_ROWS = 2000;
/** A notice of a 337 complaint: the respondent must answer within 20 days of service (10 with a temporary-relief motion), 19 C.F.R. §210.13, §210.59. */
export const ITC_RESPONSE_RULE = "us-itc-337-answer-20-days";

const asSeverity = (s: string): Severity => (isSeverity(s) ? s : "low");

/** Every company gets one default subscription whose terms come live from its profile. */
export async function ensureDefaultSubscriptions(db: Db): Promise<number> {
  const missing = await db.company.findMany({ where: { subscriptions: { none: { isDefault: true } } }, select: { id: true } });
  if (missing.length === 0) return 0;
  await db.subscription.createMany({
    data: missing.map((c) => ({
      companyId: c.id,
      name: "企业档案 / Company profile",
      isDefault: true,
      unsubscribeToken: crypto.randomBytes(24).toString("base64url"),
    })),
  });
  return missing.length;
}

/** Active subscriptions as the matcher reads them; a default one takes the company's profile. */
export async function loadMatchSubscriptions(db: Db): Promise<MatchSubscription[]> {
  const rows = await db.subscription.findMany({
    where: { active: true },
    include: { company: { select: { industries: true, products: true, hsCodes: true, markets: true, ipTypes: true } } },
    orderBy: { id: "asc" },
  });
  return rows.map((s) => {
    const fromProfile = s.isDefault;
    const list = (own: string, profile: string) => parseList(fromProfile ? profile : own);
    return {
      id: s.id,
      companyId: s.companyId,
      industries: list(s.industries, s.company.industries),
      keywords: list(s.keywords, s.company.products),
      hsCodes: list(s.hsCodes, s.company.hsCodes),
      markets: list(s.markets, s.company.markets),
      // The profile's IP types say what interests the company, not a filter on its alerts.
      ipTypes: fromProfile ? [] : parseList(s.ipTypes),
      caseTypes: fromProfile ? [] : parseList(s.caseTypes),
      minSeverity: asSeverity(s.minSeverity),
      industryAlerts: s.industryAlerts,
    };
  });
}

type ItemRow = Awaited<ReturnType<typeof loadBatch>>[number];

function loadBatch(db: Db, cutoff: Date, take: number) {
  return db.riskItem.findMany({
    where: { matchedAt: null, alertable: true, createdAt: { lte: cutoff } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take,
    select: ITEM_SELECT,
  });
}

/** The item fields the subscription matcher reads (toMatchItem); the preview selects these too. */
export const MATCH_ITEM_SELECT = {
  id: true,
  title: true,
  summary: true,
  kind: true,
  jurisdiction: true,
  caseType: true,
  ipTypes: true,
  industries: true,
  products: true,
  htsCodes: true,
} as const;

const ITEM_SELECT = { ...MATCH_ITEM_SELECT, caseId: true, respondents: true, complainants: true } as const;

export function toMatchItem(
  row: Pick<ItemRow, "id" | "title" | "summary" | "kind" | "jurisdiction" | "caseType" | "ipTypes" | "industries" | "products" | "htsCodes">,
): MatchItem {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    kind: row.kind,
    jurisdiction: row.jurisdiction,
    caseType: row.caseType,
    ipTypes: parseList(row.ipTypes),
    industries: parseList(row.industries),
    products: parseList(row.products),
    htsCodes: parseList(row.htsCodes),
  };
}

type NamedParty = { name: string; aliases: string[]; location: string | null; role: "respondent" | "complainant" };

/** The item's parties, with its case's staff corrections applied (case-parties.ts). */
function parties(row: ItemRow, partyIndex: PartyIndex, corrections: readonly PartyCorrection[] = []): NamedParty[] {
  let respondents: { name?: unknown; aliases?: unknown }[] = [];
  try {
    const v: unknown = JSON.parse(row.respondents);
    if (Array.isArray(v)) respondents = v as typeof respondents;
  } catch {
    /* no parties */
  }
  // Names extraction read as the same party ("X a.k.a. Y"): a hit on one is a hit on the party.
  const aliasesOf = new Map(
    respondents
      .filter((r) => typeof r?.name === "string")
      .map((r) => [(r.name as string).toLowerCase(), Array.isArray(r.aliases) ? r.aliases.filter((a): a is string => typeof a === "string") : []]),
  );
  const corrected = applyCorrections({ respondents: readParties(row.respondents), complainants: readParties(row.complainants) }, corrections);
  const named: NamedParty[] = [
    ...corrected.respondents.map((r) => ({
      name: r.name,
      aliases: aliasesOf.get(r.name.toLowerCase()) ?? [],
      location: r.location,
      role: "respondent" as const,
    })),
    ...corrected.complainants.map((c) => ({ name: c.name, aliases: [], location: c.location, role: "complainant" as const })),
  ];
  // A Schedule A suit's defendants are its stores, named in running text that extraction does
  // not split into parties: a registered storefront named there is a respondent.
  if (row.caseType === "schedule-a-tro") {
    const known = named.map((p) => p.name.toLowerCase());
    for (const alias of findRegisteredAliases(partyIndex, `${row.title}\n${row.summary ?? ""}`)) {
      const a = alias.toLowerCase();
      if (known.some((k) => k.includes(a))) continue;
      named.push({ name: alias, aliases: [], location: null, role: "respondent" });
    }
  }
  return named;
}

/** The best result over a party's name and its aliases. */
function matchNamedParty(partyIndex: PartyIndex, party: NamedParty, thresholds: PartyThresholds): PartyMatchResult {
  const rank = { match: 2, review: 1, none: 0 } as const;
  let best: PartyMatchResult | null = null;
  for (const name of [party.name, ...party.aliases]) {
    const r = matchParty(partyIndex, name, { location: party.location, thresholds, limit: 3 });
    if (!best || rank[r.decision] > rank[best.decision] || (r.decision === best.decision && (r.candidates[0]?.score ?? 0) > (best.candidates[0]?.score ?? 0)))
      best = r;
  }
  return best!;
}

interface PlannedAlert {
  companyId: string;
  riskItemId: string;
  caseId: string | null;
  subscriptionId: string | null;
  severity: Severity;
  reasons: unknown[];
  partyScore: number | null;
  digestOnly: boolean;
}

interface PlannedReview {
  riskItemId: string;
  companyId: string;
  partyName: string;
  partyRole: string;
  score: number;
  evidence: string;
}

/** The alerts and reviews one item gives rise to (pure apart from the compiled inputs). */
export function planItem(
  row: ItemRow,
  matcher: AlertMatcher,
  partyIndex: PartyIndex,
  thresholds: PartyThresholds,
  corrections: readonly PartyCorrection[] = [],
) {
  const alerts = new Map<string, PlannedAlert>();
  const reviews: PlannedReview[] = [];
  for (const [companyId, hit] of matcher.matchBest(toMatchItem(row))) {
    alerts.set(companyId, {
      companyId,
      riskItemId: row.id,
      caseId: row.caseId,
      subscriptionId: hit.subscriptionId,
      severity: hit.severity,
      reasons: hit.reasons,
      partyScore: null,
      digestOnly: hit.digestOnly === true,
    });
  }
  for (const party of parties(row, partyIndex, corrections)) {
    const result = matchNamedParty(partyIndex, party, thresholds);
    if (result.decision === "match") {
      const top = result.candidates[0];
      const reason: MatchReason & { responseRule?: string } = { kind: "party", role: party.role, name: result.query, score: top.score, evidence: top.evidence };
      // Being named as respondent is the emergency; a company that is itself the complainant is told, less loudly.
      const severity: Severity = party.role === "respondent" ? "critical" : "high";
      if (severity === "critical" && row.caseType === "us-itc-337") reason.responseRule = ITC_RESPONSE_RULE;
      const prev = alerts.get(top.companyId);
      const reasons = [reason, ...(prev?.reasons ?? [])];
      const stronger = !prev || severityRank(severity) >= severityRank(prev.severity);
      alerts.set(top.companyId, {
        companyId: top.companyId,
        riskItemId: row.id,
        caseId: row.caseId,
        subscriptionId: stronger ? null : prev.subscriptionId,
        severity: stronger ? severity : prev.severity,
        reasons,
        partyScore: top.score,
        digestOnly: false,
      });
    } else if (result.decision === "review") {
      for (const c of result.candidates.filter((c) => c.score >= thresholds.review)) {
        reviews.push({
          riskItemId: row.id,
          companyId: c.companyId,
          partyName: result.query,
          partyRole: party.role,
          score: c.score,
          evidence: JSON.stringify(c.evidence),
        });
      }
    }
  }
  return { alerts: [...alerts.values()], reviews };
}

export interface MatchRunResult {
  items: number;
  alerts: number;
  reviews: number;
  batches: number;
  transactions: number;
  subscriptions: number;
}

/**
 * Matches every alertable item stored up to the run's start. `afterBatch` is for tests
 * that interrupt a run between batches.
 */
export async function matchNewItems(
  db: Db,
  opts: { now?: Date; batchSize?: number; maxRowsPerTransaction?: number; afterBatch?: (n: number) => void } = {},
): Promise<MatchRunResult> {
  const cutoff = opts.now ?? new Date();
  await ensureDefaultSubscriptions(db);
  const subscriptions = await loadMatchSubscriptions(db);
  const matcher = new AlertMatcher(subscriptions);
  const partyIndex = await loadPartyIndex(db);
  const thresholds = partyThresholds();
  const result: MatchRunResult = { items: 0, alerts: 0, reviews: 0, batches: 0, transactions: 0, subscriptions: subscriptions.length };
  for (;;) {
    const batch = await loadBatch(db, cutoff, opts.batchSize ?? MATCH_BATCH);
    if (batch.length === 0) break;
    const corrections = await loadCorrections(
      db,
      batch.map((b) => b.caseId),
    );
    const planned = batch.map((row) => planItem(row, matcher, partyIndex, thresholds, (row.caseId && corrections.get(row.caseId)) || []));
    for (const chunk of chunkByRows(
      batch.map((b, i) => ({ id: b.id, plan: planned[i] })),
      opts.maxRowsPerTransaction ?? MATCH_TX_ROWS,
    )) {
      const ids = chunk.map((c) => c.id);
      await db.$transaction(async (tx) => {
        const written = await writePlanned(
          tx,
          ids,
          chunk.map((c) => c.plan),
        );
        await tx.riskItem.updateMany({ where: { id: { in: ids } }, data: { matchedAt: new Date() } });
        result.alerts += written.alerts;
        result.reviews += written.reviews;
      });
      result.transactions++;
    }
    result.items += batch.length;
    result.batches++;
    opts.afterBatch?.(result.batches);
  }
  return result;
}

/** Consecutive groups of planned items whose rows stay within `maxRows` (an item is never split). */
function chunkByRows<T extends { plan: { alerts: unknown[]; reviews: unknown[] } }>(items: T[], maxRows: number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let rows = 0;
  for (const item of items) {
    const n = item.plan.alerts.length + item.plan.reviews.length;
    if (current.length && rows + n > maxRows) {
      chunks.push(current);
      current = [];
      rows = 0;
    }
    current.push(item);
    rows += n;
  }
  if (current.length) chunks.push(current);
  return chunks;
}

type Tx = Prisma.TransactionClient;

/** Staff corrections of the parties of these cases, oldest first, by case. */
export async function loadCorrections(db: Db | Tx, caseIds: readonly (string | null)[]): Promise<Map<string, PartyCorrection[]>> {
  const ids = [...new Set(caseIds.filter((id): id is string => Boolean(id)))];
  const out = new Map<string, PartyCorrection[]>();
  if (ids.length === 0) return out;
  const rows = await db.casePartyCorrection.findMany({ where: { caseId: { in: ids } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  for (const r of rows) out.set(r.caseId, [...(out.get(r.caseId) ?? []), r]);
  return out;
}

/**
 * Writes the planned alerts and reviews of these items (the job's batch, or a case matched
 * again after a staff correction) inside the caller's transaction. An alert that exists is
 * "already done" (unique company+item), except that a company now named as respondent has
 * its weaker alert raised to critical, unread and due for the immediate mail again.
 */
export async function writePlanned(tx: Tx, ids: string[], planned: ReturnType<typeof planItem>[]) {
  const alerts = planned.flatMap((p) => p.alerts);
  const reviews = planned.flatMap((p) => p.reviews);
  // Rows already there (a confirmed name review, a previous partial run on another
  // database engine) are "already done".
  const existing = await tx.alert.findMany({
    where: { riskItemId: { in: ids } },
    select: { id: true, companyId: true, riskItemId: true, severity: true, reasons: true },
  });
  const have = new Map(existing.map((a) => [`${a.companyId}|${a.riskItemId}`, a]));
  const fresh = alerts.filter((a) => !have.has(`${a.companyId}|${a.riskItemId}`));
  if (fresh.length) await tx.alert.createMany({ data: fresh.map((a) => ({ ...a, reasons: JSON.stringify(a.reasons) })) });
  let raised = 0;
  for (const a of alerts) {
    const prev = have.get(`${a.companyId}|${a.riskItemId}`);
    if (!prev || a.severity !== "critical" || prev.severity === "critical") continue;
    const party = a.reasons.filter((r) => (r as { kind?: string }).kind === "party");
    await tx.alert.update({
      where: { id: prev.id },
      data: {
        severity: "critical",
        reasons: JSON.stringify([...party, ...parseJsonArray(prev.reasons)]),
        partyScore: a.partyScore,
        digestOnly: false,
        readAt: null,
        emailedAt: null,
        digestedAt: null,
      },
    });
    prev.severity = "critical";
    raised++;
  }
  const seen = new Set(
    (await tx.partyMatchReview.findMany({ where: { riskItemId: { in: ids } }, select: { riskItemId: true, companyId: true, partyName: true } })).map(
      (r) => `${r.riskItemId}|${r.companyId}|${r.partyName}`,
    ),
  );
  // A name already matched with certainty needs no review; a product alert for the same
  // company does not settle whether the company is the one named.
  const alerted = new Set([...existing, ...fresh].filter((a) => a.severity === "critical").map((a) => `${a.companyId}|${a.riskItemId}`));
  const newReviews: PlannedReview[] = [];
  for (const r of reviews) {
    const key = `${r.riskItemId}|${r.companyId}|${r.partyName}`;
    if (seen.has(key) || alerted.has(`${r.companyId}|${r.riskItemId}`)) continue;
    seen.add(key);
    newReviews.push(r);
  }
  if (newReviews.length) await tx.partyMatchReview.createMany({ data: newReviews });
  return { alerts: fresh.length + raised, reviews: newReviews.length };
}

/** The compiled inputs of a matching pass (subscriptions, party index, thresholds). */
export async function loadMatchContext(db: Db) {
  await ensureDefaultSubscriptions(db);
  const subscriptions = await loadMatchSubscriptions(db);
  return { matcher: new AlertMatcher(subscriptions), partyIndex: await loadPartyIndex(db), thresholds: partyThresholds() };
}

/**
 * Matches a case's already matched items again with the given corrections (a staff
 * correction being saved), inside the caller's transaction, so the correction, its audit
 * entry and the alerts it gives rise to commit together. Items not matched yet are left to
 * the job, which applies the same corrections.
 */
export async function rematchCaseItems(tx: Tx, ctx: Awaited<ReturnType<typeof loadMatchContext>>, caseId: string, corrections: readonly PartyCorrection[]) {
  const rows = await tx.riskItem.findMany({
    where: { caseId, alertable: true, matchedAt: { not: null } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: MATCH_BATCH,
    select: ITEM_SELECT,
  });
  if (rows.length === 0) return { items: 0, alerts: 0, reviews: 0 };
  const planned = rows.map((row) => planItem(row, ctx.matcher, ctx.partyIndex, ctx.thresholds, corrections));
  const written = await writePlanned(
    tx,
    rows.map((r) => r.id),
    planned,
  );
  return { items: rows.length, ...written };
}
