// The centre's statistics computed in the database (issue 14): counts and groupings through
// Prisma's count/groupBy, so the page never reads the 100k items or the alerts of a period into
// memory. Portable: no raw SQL (the same queries run on SQLite and PostgreSQL). List columns
// are JSON text, so "the list contains X" is `contains: "\"X\""`.
// The definitions stay in app/reports/indicators.ts: the requests (thousands, and their working-
// day arithmetic) still go through computeIndicators; every warning figure here is tested to equal
// the pure definition (tests/integration/statistics-sql.test.ts).
import type { Prisma } from "~/generated/prisma/client.ts";
import {
  computeChartData,
  computeIndicators,
  SEVERITIES,
  type Breakdowns,
  type ChartData,
  type Indicator,
  type Indicators,
  type StatsData,
  type StatsFilters,
  type StatsOptions,
  type WARNING_INDICATORS,
} from "~/reports/indicators.ts";
import type { Period } from "~/reports/period.ts";
import type { Db } from "~/utils/db.server.ts";
import { parseList } from "~/utils/json-list.ts";

const listHas = (value: string) => ({ contains: JSON.stringify(value) });
const range = (p: Pick<Period, "start" | "end">) => ({ gte: p.start, lt: p.end });
const NAMED = { reasons: { contains: '"kind":"party"' } } as const;

/** The company facets of a record: industries, province/city, IP types. */
export function companyWhere(f: StatsFilters, withIpType = true): Prisma.CompanyWhereInput {
  const and: Prisma.CompanyWhereInput[] = [];
  if (f.industry) and.push({ industries: listHas(f.industry) });
  if (f.region) and.push({ OR: [{ province: f.region }, { city: f.region }] });
  if (withIpType && f.ipType) and.push({ ipTypes: listHas(f.ipType) });
  return { AND: and };
}

/** Items carry industries, jurisdiction, dispute type (case type) and IP types; no region. */
export function itemWhere(f: StatsFilters): Prisma.RiskItemWhereInput {
  const and: Prisma.RiskItemWhereInput[] = [{ duplicateOfId: null }];
  if (f.industry) and.push({ industries: listHas(f.industry) });
  if (f.jurisdiction) and.push({ jurisdiction: f.jurisdiction });
  if (f.disputeType) and.push({ caseType: f.disputeType });
  if (f.ipType) and.push({ ipTypes: listHas(f.ipType) });
  return { AND: and };
}

/** Alerts: industry and region of the company; jurisdiction, dispute type and IP types of the item. */
export function alertWhere(f: StatsFilters): Prisma.AlertWhereInput {
  const and: Prisma.AlertWhereInput[] = [];
  if (f.industry || f.region) and.push({ company: companyWhere({ industry: f.industry, region: f.region }) });
  const item: Prisma.RiskItemWhereInput[] = [];
  if (f.jurisdiction) item.push({ jurisdiction: f.jurisdiction });
  if (f.disputeType) item.push({ caseType: f.disputeType });
  if (f.ipType) item.push({ ipTypes: listHas(f.ipType) });
  if (item.length) and.push({ riskItem: { AND: item } });
  return { AND: and };
}

type WarningId = (typeof WARNING_INDICATORS)[number];
const NO_RECORDS: StatsData = { requests: [], escalations: [], assignments: [], items: [], alerts: [], subscriptions: [] };

/** The records of the large warning counts, as the `where` of the count itself: the drill-down
 * pages through them in the query (tens of thousands in a year) instead of carrying their ids. */
export type RecordQuery =
  | { recordKind: "item"; where: Prisma.RiskItemWhereInput }
  | { recordKind: "alert"; where: Prisma.AlertWhereInput }
  | { recordKind: "subscription"; where: Prisma.SubscriptionWhereInput };

const periodItems = (period: Period, f: StatsFilters): Prisma.RiskItemWhereInput => ({ AND: [itemWhere(f), { createdAt: range(period) }] });
const periodAlerts = (period: Period, f: StatsFilters): Prisma.AlertWhereInput => ({ AND: [alertWhere(f), { createdAt: range(period) }] });
const subsOf = (f: StatsFilters): Prisma.SubscriptionWhereInput => (f.industry || f.region || f.ipType ? { company: companyWhere(f) } : {});
const activeSubs = (period: Period, f: StatsFilters): Prisma.SubscriptionWhereInput => ({ ...subsOf(f), active: true, createdAt: { lt: period.end } });
const newSubs = (period: Period, f: StatsFilters): Prisma.SubscriptionWhereInput => ({ ...subsOf(f), createdAt: range(period) });

export function recordQuery(id: string, period: Period, filters: StatsFilters): RecordQuery | null {
  switch (id) {
    case "itemsIngested":
      return { recordKind: "item", where: periodItems(period, filters) };
    case "alertsSent":
      return { recordKind: "alert", where: periodAlerts(period, filters) };
    case "alertsRead":
      return { recordKind: "alert", where: { AND: [periodAlerts(period, filters), { readAt: { not: null } }] } };
    case "subscriptionsActive":
      return { recordKind: "subscription", where: activeSubs(period, filters) };
    case "subscriptionsNew":
      return { recordKind: "subscription", where: newSubs(period, filters) };
    default:
      return null;
  }
}

/** The warning indicators and breakdowns of a period. `windowStart` is where the records counted
 * for 家次 start (the in-memory path reads alerts from there: a company named in a case before
 * it is counted when first named after it). */
export async function warningIndicatorsSql(
  db: Db,
  period: Period,
  filters: StatsFilters,
  windowStart: Date,
): Promise<Pick<Indicators["indicators"], WarningId> & Pick<Breakdowns, "itemsByKind" | "itemsByJurisdiction" | "alertsBySeverity">> {
  const items = periodItems(period, filters);
  const alerts = periodAlerts(period, filters);
  // Counts by kind × jurisdiction (a few dozen rows), and the period's cases apart: grouping by
  // all three returned one row per case and jurisdiction (~28k for a year at 100k items), and
  // Prisma's cost is per row returned. Both read the covering indexes RiskItem_stats_*.
  const [itemGroups, caseGroups, bySeverity, named, namedGroups, subsActive, subsNew] = await Promise.all([
    db.riskItem.groupBy({ by: ["kind", "jurisdiction"], where: items, _count: { _all: true } }),
    db.riskItem.groupBy({ by: ["caseId"], where: { AND: [items, { kind: "case" }] }, _count: { _all: true } }),
    db.alert.groupBy({ by: ["severity"], where: alerts, _count: { _all: true, readAt: true } }),
    db.alert.findMany({ where: { AND: [alerts, NAMED] }, select: { id: true, companyId: true, caseId: true, createdAt: true }, orderBy: { createdAt: "asc" } }),
    db.alert.groupBy({
      by: ["companyId", "caseId"],
      where: { AND: [alertWhere(filters), NAMED, { caseId: { not: null }, createdAt: { gte: windowStart, lt: period.end } }] },
      _min: { createdAt: true },
    }),
    db.subscription.count({ where: activeSubs(period, filters) }),
    db.subscription.count({ where: newSubs(period, filters) }),
  ]);
  const critical = await db.alert.findMany({ where: { AND: [alerts, { severity: "critical" }] }, select: { id: true, createdAt: true, riskItemId: true } });
  // their items' publication times, by id in chunks (an IN list binds at most 999 values)
  const published = new Map<string, Date>();
  const itemIds = [...new Set(critical.map((a) => a.riskItemId))];
  for (let k = 0; k < itemIds.length; k += 500)
    for (const i of await db.riskItem.findMany({ where: { id: { in: itemIds.slice(k, k + 500) } }, select: { id: true, publishedAt: true } }))
      published.set(i.id, i.publishedAt);

  const itemsByKind: Record<string, number> = {};
  const itemsByJurisdiction: Record<string, number> = {};
  const cases = new Set<string>();
  let looseCases = 0;
  for (const g of itemGroups) {
    itemsByKind[g.kind] = (itemsByKind[g.kind] ?? 0) + g._count._all;
    itemsByJurisdiction[g.jurisdiction] = (itemsByJurisdiction[g.jurisdiction] ?? 0) + g._count._all;
  }
  for (const g of caseGroups) {
    if (g.caseId) cases.add(g.caseId);
    else looseCases += g._count._all;
  }
  const sent = bySeverity.reduce((n, r) => n + r._count._all, 0);
  const read = bySeverity.reduce((n, r) => n + r._count.readAt, 0);
  const alertsBySeverity: Breakdowns["alertsBySeverity"] = {};
  for (const s of SEVERITIES) {
    const row = bySeverity.find((r) => r.severity === s);
    alertsBySeverity[s] = { sent: row?._count._all ?? 0, read: row?._count.readAt ?? 0 };
  }
  // 家次: an alert counts when it is the first naming of its company in its case (or item).
  const firstAt = new Map(namedGroups.map((g) => [`${g.companyId}|${g.caseId}`, g._min.createdAt?.getTime()]));
  const counted = new Set<string>();
  const companyTimes = named.filter((a) => {
    if (!a.caseId) return true; // one alert per (company, item): unique
    const key = `${a.companyId}|${a.caseId}`;
    if (counted.has(key) || firstAt.get(key) !== a.createdAt.getTime()) return false;
    counted.add(key);
    return true;
  });
  const hours = critical.map((a) => Math.max(0, (a.createdAt.getTime() - published.get(a.riskItemId)!.getTime()) / 3_600_000));
  const ind = (id: Indicator["id"], value: number | null, unit: Indicator["unit"], recordKind: Indicator["recordKind"], ids: string[] = []): Indicator => ({
    id,
    value,
    unit,
    recordKind,
    ids,
  });
  const itemsIngested = itemGroups.reduce((n, r) => n + r._count._all, 0);
  const caseIds = [...cases];
  return {
    // the records behind the large counts are paged by the drill-down through recordQuery, not carried here
    itemsIngested: ind("itemsIngested", itemsIngested, "count", "item"),
    // ids: the Case rows; items outside any case count once each but are not listed
    casesFollowed: ind("casesFollowed", caseIds.length + looseCases, "count", "case", caseIds),
    companyTimes: ind(
      "companyTimes",
      companyTimes.length,
      "count",
      "alert",
      companyTimes.map((a) => a.id),
    ),
    alertsSent: ind("alertsSent", sent, "count", "alert"),
    alertsRead: ind("alertsRead", read, "count", "alert"),
    criticalNotices: ind(
      "criticalNotices",
      critical.length,
      "count",
      "alert",
      critical.map((a) => a.id),
    ),
    avgHoursToNotice: ind(
      "avgHoursToNotice",
      hours.length ? Math.round((hours.reduce((a, b) => a + b, 0) / hours.length) * 10) / 10 : null,
      "hours",
      "alert",
      critical.map((a) => a.id),
    ),
    subscriptionsActive: ind("subscriptionsActive", subsActive, "count", "subscription"),
    subscriptionsNew: ind("subscriptionsNew", subsNew, "count", "subscription"),
    itemsByKind,
    itemsByJurisdiction,
    alertsBySeverity,
  };
}

/** The case charts (cases over time, by industry, 337 stages) from the database; a case counts
 * once, in the month its first item in [windowStart, period.end) was ingested. */
export async function caseChartsSql(
  db: Db,
  period: Period,
  months: readonly Period[],
  filters: StatsFilters,
  windowStart: Date,
): Promise<Pick<ChartData, "casesOverTime" | "casesByIndustry" | "stages337">> {
  const cases: Prisma.RiskItemWhereInput = { AND: [itemWhere(filters), { kind: "case" }] };
  const window = { gte: windowStart, lt: period.end };
  // Per case and jurisdiction the first instant; the case's first item is the earliest of them.
  const [firsts, loose, stageGroups, looseStages] = await Promise.all([
    db.riskItem.groupBy({ by: ["caseId", "jurisdiction"], where: { AND: [cases, { caseId: { not: null }, createdAt: window }] }, _min: { createdAt: true } }),
    Promise.all(
      months.map((m) => db.riskItem.groupBy({ by: ["jurisdiction"], where: { AND: [cases, { caseId: null, createdAt: range(m) }] }, _count: { _all: true } })),
    ),
    db.riskItem.groupBy({
      by: ["caseId", "stage"],
      where: { AND: [cases, { caseType: "us-itc-337", caseId: { not: null }, createdAt: range(period) }] },
      _max: { createdAt: true },
    }),
    db.riskItem.groupBy({ by: ["stage"], where: { AND: [cases, { caseType: "us-itc-337", caseId: null, createdAt: range(period) }] }, _count: { _all: true } }),
  ]);
  const first = new Map<string, { at: Date; jurisdiction: string }>();
  for (const g of firsts) {
    const at = g._min.createdAt!;
    const seen = first.get(g.caseId!);
    if (!seen || at < seen.at) first.set(g.caseId!, { at, jurisdiction: g.jurisdiction });
  }
  const series: Record<string, number[]> = {};
  const add = (jurisdiction: string, idx: number, n: number) => {
    series[jurisdiction] ??= months.map(() => 0);
    series[jurisdiction]![idx]! += n;
  };
  for (const c of first.values()) {
    const idx = months.findIndex((m) => c.at >= m.start && c.at < m.end);
    if (idx >= 0) add(c.jurisdiction, idx, 1);
  }
  loose.forEach((rows, idx) => rows.forEach((r) => add(r.jurisdiction, idx, r._count._all)));

  // By industry: the industries of each case's first item, for the cases first seen in the period.
  const inPeriod = [...first.entries()].filter(([, c]) => c.at >= period.start && c.at < period.end);
  const byIndustry: Record<string, number> = {};
  const count = (industries: string, n: number) => {
    const list = parseList(industries);
    for (const ind of list.length ? list : ["other"]) byIndustry[ind] = (byIndustry[ind] ?? 0) + n;
  };
  for (let k = 0; k < inPeriod.length; k += 400) {
    const chunk = inPeriod.slice(k, k + 400);
    const rows = await db.riskItem.findMany({
      where: { AND: [cases, { caseId: { in: chunk.map(([id]) => id) }, createdAt: { in: chunk.map(([, c]) => c.at) } }] },
      select: { caseId: true, createdAt: true, industries: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    const want = new Map(chunk.map(([id, c]) => [id, c.at.getTime()]));
    for (const r of rows)
      if (want.get(r.caseId!) === r.createdAt.getTime()) {
        want.delete(r.caseId!);
        count(r.industries, 1);
      }
  }
  for (const r of await db.riskItem.groupBy({
    by: ["industries"],
    where: { AND: [cases, { caseId: null, createdAt: range(period) }] },
    _count: { _all: true },
  }))
    count(r.industries, r._count._all);

  // 337 stages: the latest stage of each 337 case with an item in the period.
  const latest = new Map<string, { at: Date; stage: string | null }>();
  for (const g of stageGroups) {
    const at = g._max.createdAt!;
    const seen = latest.get(g.caseId!);
    if (!seen || at > seen.at) latest.set(g.caseId!, { at, stage: g.stage });
  }
  const stages: Record<string, number> = {};
  const stage = (s: string | null, n: number) => (stages[s ?? "unknown"] = (stages[s ?? "unknown"] ?? 0) + n);
  for (const c of latest.values()) stage(c.stage, 1);
  for (const r of looseStages) stage(r.stage, r._count._all);
  return { casesOverTime: { months: months.map((m) => m.label), series }, casesByIndustry: byIndustry, stages337: stages };
}

/** Indicators of one period: the guidance ones from the requests (in memory), the warning ones from the database. */
export async function indicatorsSql(
  db: Db,
  requestData: StatsData,
  period: Period,
  filters: StatsFilters,
  opts: StatsOptions,
  windowStart: Date,
): Promise<Indicators> {
  const guidance = computeIndicators(
    { ...NO_RECORDS, requests: requestData.requests, escalations: requestData.escalations, assignments: requestData.assignments },
    period,
    filters,
    opts,
  );
  const { itemsByKind, itemsByJurisdiction, alertsBySeverity, ...warning } = await warningIndicatorsSql(db, period, filters, windowStart);
  return {
    indicators: { ...guidance.indicators, ...warning },
    breakdowns: { ...guidance.breakdowns, itemsByKind, itemsByJurisdiction, alertsBySeverity },
  };
}

/** The chart data: the funnel and regions from the requests, the case charts from the database. */
export async function chartDataSql(
  db: Db,
  requestData: StatsData,
  period: Period,
  months: readonly Period[],
  filters: StatsFilters,
  windowStart: Date,
): Promise<ChartData> {
  const fromRequests = computeChartData({ ...NO_RECORDS, requests: requestData.requests }, period, months, filters);
  return { ...fromRequests, ...(await caseChartsSql(db, period, months, filters, windowStart)) };
}
