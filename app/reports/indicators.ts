// The centre's indicators (DESIGN.md §2.5), defined once. Pure: the records come in as plain
// objects (app/models/statistics.server.ts loads them), so every definition is tested on a
// hand-computed fixture. The wording of each definition shown on the statistics page lives in
// the catalogue under `stats.def.<id>` and must say exactly what the code below does.
import { workingDaysBetween, type WorkCalendar } from "~/guidance/working-days.ts";
import { inPeriod, type Period } from "./period.ts";

/** Facet values a record can be filtered on; undefined = the filter does not apply to it. */
export interface Facets {
  industries?: readonly string[];
  /** province and city of the company */
  regions?: readonly string[];
  jurisdictions?: readonly string[];
  disputeTypes?: readonly string[];
  ipTypes?: readonly string[];
}

export interface StatsFilters {
  industry?: string;
  region?: string;
  jurisdiction?: string;
  disputeType?: string;
  ipType?: string;
}

export interface RequestRecord {
  id: string;
  facets: Facets;
  submittedAt: Date | null;
  acceptedAt: Date | null;
  /** when it was rejected (不予受理), from its timeline */
  rejectedAt: Date | null;
  /** when an expert first accepted an assignment */
  expertAssignedAt: Date | null;
  firstResponseAt: Date | null;
  deliveredAt: Date | null;
  closedAt: Date | null;
  terminatedAt: Date | null;
  slaPausedWorkingDays: number;
  rating: number | null;
}

export interface EscalationRecord {
  id: string;
  requestId: string;
  facets: Facets;
  sentAt: Date;
  status: string;
}

export interface AssignmentRecord {
  id: string;
  requestId: string;
  expertId: string;
  expertName: string;
  status: string;
  createdAt: Date;
  /** the rating the exporter gave the request, when it was closed */
  rating: number | null;
  facets: Facets;
}

export interface ItemRecord {
  id: string;
  kind: string;
  jurisdiction: string;
  caseType: string;
  caseId: string | null;
  stage: string | null;
  industries: readonly string[];
  createdAt: Date;
  /** a cross-source duplicate: not counted twice */
  duplicate: boolean;
  facets: Facets;
}

export interface AlertRecord {
  id: string;
  companyId: string;
  riskItemId: string;
  caseId: string | null;
  severity: string;
  createdAt: Date;
  readAt: Date | null;
  itemPublishedAt: Date;
  /** the company was named as a party (a party-name reason) */
  named: boolean;
  facets: Facets;
}

export interface SubscriptionRecord {
  id: string;
  createdAt: Date;
  active: boolean;
  facets: Facets;
}

export interface StatsData {
  requests: readonly RequestRecord[];
  escalations: readonly EscalationRecord[];
  assignments: readonly AssignmentRecord[];
  items: readonly ItemRecord[];
  alerts: readonly AlertRecord[];
  subscriptions: readonly SubscriptionRecord[];
}

export interface StatsOptions {
  calendar: WorkCalendar;
  /** the resolution target in working days (SLA_RESOLUTION_DAYS) */
  resolutionDays: number;
  /** the first-response target in working days (SLA_FIRST_RESPONSE_DAYS) */
  firstResponseDays: number;
}

export const GUIDANCE_INDICATORS = [
  "received",
  "accepted",
  "rejected",
  "closed",
  "terminated",
  "completionRate",
  "avgTriageDays",
  "avgAdviceDays",
  "slaBreaches",
  "escalations",
  "ratingAvg",
  "ratedShare",
] as const;
export const WARNING_INDICATORS = [
  "itemsIngested",
  "casesFollowed",
  "companyTimes",
  "alertsSent",
  "alertsRead",
  "criticalNotices",
  "avgHoursToNotice",
  "subscriptionsActive",
  "subscriptionsNew",
] as const;
export type IndicatorId = (typeof GUIDANCE_INDICATORS)[number] | (typeof WARNING_INDICATORS)[number];
export const INDICATOR_IDS: readonly IndicatorId[] = [...GUIDANCE_INDICATORS, ...WARNING_INDICATORS];

export type RecordKind = "request" | "item" | "alert" | "escalation" | "case" | "subscription";
export type Unit = "count" | "percent" | "days" | "hours" | "rating";

export interface Indicator {
  id: IndicatorId;
  /** null when there is nothing to average or divide by */
  value: number | null;
  unit: Unit;
  recordKind: RecordKind;
  /** the records behind the figure (for an average or a rate: the ones it is computed over) */
  ids: string[];
}

export interface Breakdowns {
  itemsByKind: Record<string, number>;
  itemsByJurisdiction: Record<string, number>;
  escalationsByStatus: Record<string, number>;
  alertsBySeverity: Record<string, { sent: number; read: number }>;
  experts: { expertId: string; name: string; assignments: number; completed: number; ratingAvg: number | null }[];
}

export interface Indicators {
  indicators: Record<IndicatorId, Indicator>;
  breakdowns: Breakdowns;
}

export const SEVERITIES = ["critical", "high", "medium", "low"] as const;

export function matchesFilters(facets: Facets, f: StatsFilters): boolean {
  const ok = (values: readonly string[] | undefined, wanted: string | undefined) => !wanted || values === undefined || values.includes(wanted);
  return (
    ok(facets.industries, f.industry) &&
    ok(facets.regions, f.region) &&
    ok(facets.jurisdictions, f.jurisdiction) &&
    ok(facets.disputeTypes, f.disputeType) &&
    ok(facets.ipTypes, f.ipType)
  );
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const avg = (xs: number[]) => (xs.length ? round1(xs.reduce((a, b) => a + b, 0) / xs.length) : null);

/** A case is counted once: by its Case row when linked, otherwise by the item itself. */
export const caseKey = (item: Pick<ItemRecord, "caseId" | "id">) => item.caseId ?? `item:${item.id}`;

export function computeIndicators(data: StatsData, period: Period, filters: StatsFilters, opts: StatsOptions): Indicators {
  const cal = opts.calendar;
  const requests = data.requests.filter((r) => matchesFilters(r.facets, filters));
  const items = data.items.filter((i) => !i.duplicate && matchesFilters(i.facets, filters));
  const alerts = data.alerts.filter((a) => matchesFilters(a.facets, filters));
  const escalations = data.escalations.filter((e) => matchesFilters(e.facets, filters));
  const subs = data.subscriptions.filter((s) => matchesFilters(s.facets, filters));
  const assignments = data.assignments.filter((a) => matchesFilters(a.facets, filters));
  const ind = (id: IndicatorId, value: number | null, unit: Unit, recordKind: RecordKind, ids: string[]): Indicator => ({ id, value, unit, recordKind, ids });
  const count = (id: IndicatorId, recordKind: RecordKind, ids: string[]) => ind(id, ids.length, "count", recordKind, ids);

  // Guidance: each event counts in the period in which it happened.
  const received = requests.filter((r) => inPeriod(r.submittedAt, period));
  const accepted = requests.filter((r) => inPeriod(r.acceptedAt, period));
  const rejected = requests.filter((r) => inPeriod(r.rejectedAt, period));
  const closed = requests.filter((r) => inPeriod(r.closedAt, period));
  const terminated = requests.filter((r) => inPeriod(r.terminatedAt, period));
  // 办结率: of the requests accepted in the period, the share closed by the period's end.
  const closedByEnd = accepted.filter((r) => r.closedAt && r.closedAt.getTime() < period.end.getTime());
  // Triage: submission → acceptance or rejection, in working days, less the days paused for 补正.
  const triaged = requests.filter((r) => r.submittedAt && inPeriod(r.acceptedAt ?? r.rejectedAt, period));
  const triageDays = triaged.map((r) => Math.max(0, workingDaysBetween(r.submittedAt!, (r.acceptedAt ?? r.rejectedAt)!, cal) - r.slaPausedWorkingDays));
  // Advice: acceptance → delivery of the 指导意见书, in working days.
  const advised = requests.filter((r) => r.acceptedAt && inPeriod(r.deliveredAt, period));
  const adviceDays = advised.map((r) => workingDaysBetween(r.acceptedAt!, r.deliveredAt!, cal));
  // SLA breach: first response later than its target (counted when it happened) or delivery later
  // than the resolution target (counted when delivered); paused days do not count.
  const breached = requests.filter((r) => {
    if (!r.submittedAt) return false;
    const firstLate =
      inPeriod(r.firstResponseAt, period) &&
      Math.max(0, workingDaysBetween(r.submittedAt, r.firstResponseAt!, cal) - r.slaPausedWorkingDays) > opts.firstResponseDays;
    const resolutionLate =
      inPeriod(r.deliveredAt, period) && Math.max(0, workingDaysBetween(r.submittedAt, r.deliveredAt!, cal) - r.slaPausedWorkingDays) > opts.resolutionDays;
    return firstLate || resolutionLate;
  });
  const escalated = escalations.filter((e) => inPeriod(e.sentAt, period));
  const rated = closed.filter((r) => r.rating != null);

  // Warning
  const ingested = items.filter((i) => inPeriod(i.createdAt, period));
  const followed = [...new Set(ingested.filter((i) => i.kind === "case").map(caseKey))];
  const sent = alerts.filter((a) => inPeriod(a.createdAt, period));
  const read = sent.filter((a) => a.readAt);
  // 家次: one per (company, case) in which the company was named, counted in the period of the first such alert.
  const firstNamed = new Map<string, AlertRecord>();
  for (const a of alerts.filter((x) => x.named).sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime())) {
    const key = `${a.companyId}|${a.caseId ?? a.riskItemId}`;
    if (!firstNamed.has(key)) firstNamed.set(key, a);
  }
  const companyTimes = [...firstNamed.values()].filter((a) => inPeriod(a.createdAt, period));
  const critical = sent.filter((a) => a.severity === "critical");
  const hoursToNotice = critical.map((a) => Math.max(0, (a.createdAt.getTime() - a.itemPublishedAt.getTime()) / 3_600_000));
  const activeSubs = subs.filter((s) => s.active && s.createdAt.getTime() < period.end.getTime());
  const newSubs = subs.filter((s) => inPeriod(s.createdAt, period));

  const indicators: Record<IndicatorId, Indicator> = {
    received: count(
      "received",
      "request",
      received.map((r) => r.id),
    ),
    accepted: count(
      "accepted",
      "request",
      accepted.map((r) => r.id),
    ),
    rejected: count(
      "rejected",
      "request",
      rejected.map((r) => r.id),
    ),
    closed: count(
      "closed",
      "request",
      closed.map((r) => r.id),
    ),
    terminated: count(
      "terminated",
      "request",
      terminated.map((r) => r.id),
    ),
    completionRate: ind(
      "completionRate",
      accepted.length ? round1((closedByEnd.length / accepted.length) * 100) : null,
      "percent",
      "request",
      accepted.map((r) => r.id),
    ),
    avgTriageDays: ind(
      "avgTriageDays",
      avg(triageDays),
      "days",
      "request",
      triaged.map((r) => r.id),
    ),
    avgAdviceDays: ind(
      "avgAdviceDays",
      avg(adviceDays),
      "days",
      "request",
      advised.map((r) => r.id),
    ),
    slaBreaches: count(
      "slaBreaches",
      "request",
      breached.map((r) => r.id),
    ),
    escalations: count(
      "escalations",
      "escalation",
      escalated.map((e) => e.id),
    ),
    ratingAvg: ind(
      "ratingAvg",
      avg(rated.map((r) => r.rating!)),
      "rating",
      "request",
      rated.map((r) => r.id),
    ),
    ratedShare: ind(
      "ratedShare",
      closed.length ? round1((rated.length / closed.length) * 100) : null,
      "percent",
      "request",
      closed.map((r) => r.id),
    ),
    itemsIngested: count(
      "itemsIngested",
      "item",
      ingested.map((i) => i.id),
    ),
    casesFollowed: count("casesFollowed", "case", followed),
    companyTimes: count(
      "companyTimes",
      "alert",
      companyTimes.map((a) => a.id),
    ),
    alertsSent: count(
      "alertsSent",
      "alert",
      sent.map((a) => a.id),
    ),
    alertsRead: count(
      "alertsRead",
      "alert",
      read.map((a) => a.id),
    ),
    criticalNotices: count(
      "criticalNotices",
      "alert",
      critical.map((a) => a.id),
    ),
    avgHoursToNotice: ind(
      "avgHoursToNotice",
      avg(hoursToNotice),
      "hours",
      "alert",
      critical.map((a) => a.id),
    ),
    subscriptionsActive: count(
      "subscriptionsActive",
      "subscription",
      activeSubs.map((s) => s.id),
    ),
    subscriptionsNew: count(
      "subscriptionsNew",
      "subscription",
      newSubs.map((s) => s.id),
    ),
  };

  const tally = (keys: string[]) => keys.reduce<Record<string, number>>((acc, k) => ((acc[k] = (acc[k] ?? 0) + 1), acc), {});
  const bySeverity: Breakdowns["alertsBySeverity"] = {};
  for (const s of SEVERITIES) bySeverity[s] = { sent: sent.filter((a) => a.severity === s).length, read: read.filter((a) => a.severity === s).length };
  // Experts' load: assignments proposed to them in the period; completed = status completed;
  // rating = the average rating of the requests they completed (closed and rated, any time).
  const experts = new Map<string, Breakdowns["experts"][number] & { ratings: number[] }>();
  for (const a of assignments) {
    const row = experts.get(a.expertId) ?? { expertId: a.expertId, name: a.expertName, assignments: 0, completed: 0, ratingAvg: null, ratings: [] };
    if (inPeriod(a.createdAt, period)) {
      row.assignments += 1;
      if (a.status === "completed") row.completed += 1;
    }
    if (a.status === "completed" && a.rating != null) row.ratings.push(a.rating);
    experts.set(a.expertId, row);
  }
  return {
    indicators,
    breakdowns: {
      itemsByKind: tally(ingested.map((i) => i.kind)),
      itemsByJurisdiction: tally(ingested.map((i) => i.jurisdiction)),
      escalationsByStatus: tally(escalated.map((e) => e.status)),
      alertsBySeverity: bySeverity,
      experts: [...experts.values()]
        .map(({ ratings, ...row }) => ({ ...row, ratingAvg: avg(ratings) }))
        .filter((e) => e.assignments > 0)
        .sort((a, b) => b.assignments - a.assignments || a.name.localeCompare(b.name)),
    },
  };
}

export interface ChartData {
  /** month labels and, per jurisdiction, the number of cases first seen in that month */
  casesOverTime: { months: string[]; series: Record<string, number[]> };
  casesByIndustry: Record<string, number>;
  requestsByRegion: Record<string, number>;
  stages337: Record<string, number>;
  funnel: { step: "received" | "accepted" | "expertAssigned" | "delivered" | "closed"; value: number }[];
}

/** The data behind the charts: cases counted once each, in the month they were first seen. */
export function computeChartData(data: StatsData, period: Period, months: readonly Period[], filters: StatsFilters): ChartData {
  const items = data.items.filter((i) => !i.duplicate && i.kind === "case" && matchesFilters(i.facets, filters));
  const firstSeen = new Map<string, ItemRecord>();
  for (const i of [...items].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) if (!firstSeen.has(caseKey(i))) firstSeen.set(caseKey(i), i);
  const cases = [...firstSeen.values()];
  const series: Record<string, number[]> = {};
  months.forEach((m, idx) => {
    for (const c of cases.filter((x) => inPeriod(x.createdAt, m))) {
      series[c.jurisdiction] ??= months.map(() => 0);
      series[c.jurisdiction]![idx]! += 1;
    }
  });
  const inP = cases.filter((c) => inPeriod(c.createdAt, period));
  const byIndustry: Record<string, number> = {};
  for (const c of inP) for (const ind of c.industries.length ? c.industries : ["other"]) byIndustry[ind] = (byIndustry[ind] ?? 0) + 1;
  // 337 stages: the latest stage of every 337 case that had an item in the period.
  const latest = new Map<string, ItemRecord>();
  for (const i of items)
    if (i.caseType === "us-itc-337" && inPeriod(i.createdAt, period))
      if (!latest.has(caseKey(i)) || latest.get(caseKey(i))!.createdAt < i.createdAt) latest.set(caseKey(i), i);
  const stages: Record<string, number> = {};
  for (const i of latest.values()) stages[i.stage ?? "unknown"] = (stages[i.stage ?? "unknown"] ?? 0) + 1;
  const requests = data.requests.filter((r) => matchesFilters(r.facets, filters));
  const received = requests.filter((r) => inPeriod(r.submittedAt, period));
  const byRegion: Record<string, number> = {};
  for (const r of received) {
    const region = r.facets.regions?.at(-1) ?? "—";
    byRegion[region] = (byRegion[region] ?? 0) + 1;
  }
  // The funnel follows the requests received in the period through the steps they reached.
  const funnel: ChartData["funnel"] = [
    { step: "received", value: received.length },
    { step: "accepted", value: received.filter((r) => r.acceptedAt).length },
    { step: "expertAssigned", value: received.filter((r) => r.expertAssignedAt).length },
    { step: "delivered", value: received.filter((r) => r.deliveredAt).length },
    { step: "closed", value: received.filter((r) => r.closedAt).length },
  ];
  return { casesOverTime: { months: months.map((m) => m.label), series }, casesByIndustry: byIndustry, requestsByRegion: byRegion, stages337: stages, funnel };
}
