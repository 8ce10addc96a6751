// The centre's statistics: loads the records a period (and the same period last year) needs,
// as plain records, and hands them to the pure definitions in app/reports/indicators.ts.
import { calendarFrom } from "~/guidance/working-days.ts";
import {
  computeChartData,
  computeIndicators,
  type AlertRecord,
  type ChartData,
  type Facets,
  GUIDANCE_INDICATORS,
  type Indicator,
  type IndicatorId,
  type Indicators,
  type WARNING_INDICATORS,
  type ItemRecord,
  type RequestRecord,
  type StatsData,
  type StatsFilters,
} from "~/reports/indicators.ts";
import { samePeriodLastYear, trailingMonths, type Period } from "~/reports/period.ts";
import type { Db } from "~/utils/db.server.ts";
import { getEnv } from "~/utils/env.server.ts";
import type { Prisma } from "~/generated/prisma/client.ts";
import { chartDataSql, indicatorsSql, recordQuery, warningIndicatorsSql, type RecordQuery } from "./statistics-sql.server.ts";
import { parseList } from "~/utils/json-list.ts";

export interface Statistics {
  period: Period;
  lastYear: Period;
  current: Indicators;
  previous: Indicators;
  charts: ChartData;
}

const list = (json: string) => parseList(json);
const compact = (...xs: (string | null | undefined)[]) => xs.filter((x): x is string => !!x);

type CompanyFacetRow = { industries: string; province: string | null; city: string | null; ipTypes: string };
const companyFacets = (c: CompanyFacetRow): Facets => ({ industries: list(c.industries), regions: compact(c.province, c.city), ipTypes: list(c.ipTypes) });

/** The requests submitted before `to`, with their escalations and expert assignments (thousands: all are read).
 * Flat queries with only the columns the definitions use, joined here: Prisma's relation loads
 * bind every request id in IN lists of 500, which cost ~10× the rows themselves at 5k requests. */
export async function loadRequestData(db: Db, to: Date): Promise<Pick<StatsData, "requests" | "escalations" | "assignments">> {
  const submitted = { submittedAt: { not: null, lt: to } } as const;
  const [requestRows, companyRows, eventRows, assignmentRows, escalationRows, experts] = await Promise.all([
    db.guidanceRequest.findMany({
      where: submitted,
      select: {
        id: true,
        companyId: true,
        disputeType: true,
        country: true,
        submittedAt: true,
        acceptedAt: true,
        firstResponseAt: true,
        deliveredAt: true,
        closedAt: true,
        slaPausedWorkingDays: true,
        rating: true,
      },
    }),
    db.company.findMany({
      where: { guidanceRequests: { some: submitted } },
      select: { id: true, industries: true, province: true, city: true, ipTypes: true },
    }),
    db.guidanceEvent.findMany({
      where: { toState: { in: ["rejected", "terminated"] }, request: submitted },
      select: { requestId: true, toState: true, at: true },
      orderBy: { at: "asc" },
    }),
    db.expertAssignment.findMany({
      where: { request: submitted },
      select: { id: true, requestId: true, expertId: true, status: true, createdAt: true, respondedAt: true },
    }),
    db.escalation.findMany({ where: { request: submitted }, select: { id: true, requestId: true, sentAt: true, status: true } }),
    db.expertProfile.findMany({ select: { id: true, displayNameZh: true } }),
  ]);
  const companies = new Map(companyRows.map((c) => [c.id, c]));
  const expertName = new Map(experts.map((e) => [e.id, e.displayNameZh]));
  const byRequest = <T extends { requestId: string }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) {
      const list = m.get(r.requestId);
      if (list) list.push(r);
      else m.set(r.requestId, [r]);
    }
    return m;
  };
  const eventsOf = byRequest(eventRows);
  const assignmentsOf = byRequest(assignmentRows);
  const escalationsOf = byRequest(escalationRows);
  const requests: RequestRecord[] = [];
  const assignments: StatsData["assignments"][number][] = [];
  const escalations: StatsData["escalations"][number][] = [];
  for (const r of requestRows) {
    const company = companies.get(r.companyId)!;
    const facets: Facets = { ...companyFacets(company), jurisdictions: compact(r.country), disputeTypes: [r.disputeType] };
    const events = eventsOf.get(r.id) ?? [];
    const own = assignmentsOf.get(r.id) ?? [];
    // events are ordered by time: the first of a state is its first occurrence
    const firstAt = (state: string) => events.find((e) => e.toState === state)?.at ?? null;
    const acceptedAssignments = own.filter((a) => a.status === "accepted" || a.status === "completed").map((a) => a.respondedAt ?? a.createdAt);
    requests.push({
      id: r.id,
      facets,
      submittedAt: r.submittedAt,
      acceptedAt: r.acceptedAt,
      rejectedAt: firstAt("rejected"),
      terminatedAt: firstAt("terminated"),
      expertAssignedAt: acceptedAssignments.sort((a, b) => a.getTime() - b.getTime())[0] ?? null,
      firstResponseAt: r.firstResponseAt,
      deliveredAt: r.deliveredAt,
      closedAt: r.closedAt,
      slaPausedWorkingDays: r.slaPausedWorkingDays,
      rating: r.rating,
    });
    for (const a of own)
      assignments.push({
        id: a.id,
        requestId: r.id,
        expertId: a.expertId,
        expertName: expertName.get(a.expertId) ?? a.expertId,
        status: a.status,
        createdAt: a.createdAt,
        rating: r.closedAt ? r.rating : null,
        facets,
      });
    for (const e of escalationsOf.get(r.id) ?? []) escalations.push({ id: e.id, requestId: r.id, facets, sentAt: e.sentAt, status: e.status });
  }
  return { requests, escalations, assignments };
}

/** Loads every record that can count in [from, to) into memory: the oracle of the SQL path and the drill-down. */
export async function loadStatsData(db: Db, from: Date, to: Date): Promise<StatsData> {
  const companies = await db.company.findMany({ select: { id: true, industries: true, province: true, city: true, ipTypes: true } });
  const facetsById = new Map<string, Facets>(companies.map((c) => [c.id, companyFacets(c)]));
  const facetsOf = (companyId: string) => facetsById.get(companyId) ?? {};
  const { requests, escalations, assignments } = await loadRequestData(db, to);

  const itemRows = await db.riskItem.findMany({
    where: { createdAt: { gte: from, lt: to } },
    select: {
      id: true,
      kind: true,
      jurisdiction: true,
      caseType: true,
      caseId: true,
      stage: true,
      industries: true,
      ipTypes: true,
      createdAt: true,
      duplicateOfId: true,
      publishedAt: true,
    },
  });
  const items: ItemRecord[] = itemRows.map((i) => {
    const industries = list(i.industries);
    return {
      id: i.id,
      kind: i.kind,
      jurisdiction: i.jurisdiction,
      caseType: i.caseType,
      caseId: i.caseId,
      stage: i.stage,
      industries,
      createdAt: i.createdAt,
      duplicate: i.duplicateOfId != null,
      facets: { industries, jurisdictions: [i.jurisdiction], disputeTypes: [i.caseType], ipTypes: list(i.ipTypes) },
    };
  });

  const alertRows = await db.alert.findMany({
    where: { createdAt: { gte: from, lt: to } },
    select: {
      id: true,
      companyId: true,
      riskItemId: true,
      caseId: true,
      severity: true,
      createdAt: true,
      readAt: true,
      reasons: true,
    },
  });
  // An alert's item is usually among the items just read; Prisma's relation load for tens of
  // thousands of alerts costs ~10× the alerts themselves, so only the others are read, in
  // chunks (one IN list binds at most 999 values).
  type AlertItem = { publishedAt: Date; jurisdiction: string; caseType: string; ipTypes: string };
  const alertItems = new Map<string, AlertItem>(itemRows.map((i) => [i.id, i]));
  const missing = [...new Set(alertRows.map((a) => a.riskItemId).filter((id) => !alertItems.has(id)))];
  for (let k = 0; k < missing.length; k += 500)
    for (const i of await db.riskItem.findMany({
      where: { id: { in: missing.slice(k, k + 500) } },
      select: { id: true, publishedAt: true, jurisdiction: true, caseType: true, ipTypes: true },
    }))
      alertItems.set(i.id, i);
  const alerts: AlertRecord[] = alertRows.map((a) => {
    const riskItem = alertItems.get(a.riskItemId)!;
    return {
      id: a.id,
      companyId: a.companyId,
      riskItemId: a.riskItemId,
      caseId: a.caseId,
      severity: a.severity,
      createdAt: a.createdAt,
      readAt: a.readAt,
      itemPublishedAt: riskItem.publishedAt,
      // reasons are JSON written by the matcher; a party reason means the company was named
      named: a.reasons.includes('"kind":"party"'),
      facets: { ...facetsOf(a.companyId), jurisdictions: [riskItem.jurisdiction], disputeTypes: [riskItem.caseType], ipTypes: list(riskItem.ipTypes) },
    };
  });

  const subRows = await db.subscription.findMany({ where: { createdAt: { lt: to } }, select: { id: true, companyId: true, createdAt: true, active: true } });
  const subscriptions = subRows.map((s) => ({ id: s.id, createdAt: s.createdAt, active: s.active, facets: facetsOf(s.companyId) }));
  return { requests, escalations, assignments, items, alerts, subscriptions };
}

export async function statsOptions(db: Db) {
  const env = getEnv();
  const calendar = calendarFrom(await db.calendarDay.findMany({ select: { date: true, kind: true } }));
  return { calendar, resolutionDays: env.SLA_RESOLUTION_DAYS, firstResponseDays: env.SLA_FIRST_RESPONSE_DAYS };
}

/** The periods a page needs: the period, the same period last year, the trailing 12 months, and where their records start. */
function statsWindow(period: Period) {
  const lastYear = samePeriodLastYear(period);
  const months = trailingMonths(period);
  const from = new Date(Math.min(lastYear.start.getTime(), months[0]!.start.getTime()));
  return { lastYear, months, from };
}

/**
 * The indicators of a period and of the same period last year, and the chart data: counted in
 * the database (statistics-sql.server.ts), only the requests are read into memory.
 */
export async function computeStatistics(db: Db, period: Period, filters: StatsFilters): Promise<Statistics> {
  const { lastYear, months, from } = statsWindow(period);
  const [requestData, opts] = await Promise.all([loadRequestData(db, period.end), statsOptions(db)]);
  const data = { items: [], alerts: [], subscriptions: [], ...requestData };
  const [current, previous, charts] = await Promise.all([
    indicatorsSql(db, data, period, filters, opts, from),
    indicatorsSql(db, data, lastYear, filters, opts, from),
    chartDataSql(db, data, period, months, filters, from),
  ]);
  return { period, lastYear, current, previous, charts };
}

/** The same figures from every record read into memory (the pure definitions): the oracle of the SQL path, and the benchmark's "before". */
export async function computeStatisticsInMemory(db: Db, period: Period, filters: StatsFilters): Promise<Statistics> {
  const { lastYear, months, from } = statsWindow(period);
  const data = await loadStatsData(db, from, period.end);
  const opts = await statsOptions(db);
  return {
    period,
    lastYear,
    current: computeIndicators(data, period, filters, opts),
    previous: computeIndicators(data, lastYear, filters, opts),
    charts: computeChartData(data, period, months, filters),
  };
}

export const RECORDS_PAGE_SIZE = 50;

type RecordRow = { id: string; href: string; label: string; at: Date | null };
type KindWhere = { request: { id: { in: string[] } }; escalation: { id: { in: string[] } } };

/** One page of records of a kind, in time order: by their ids, or by the indicator's own query. */
async function recordRows(
  db: Db,
  query: RecordQuery | { recordKind: Indicator["recordKind"]; where: { id: { in: string[] } } },
  skip: number,
  take: number,
): Promise<RecordRow[]> {
  const rows: RecordRow[] = [];
  switch (query.recordKind) {
    case "request":
      for (const r of await db.guidanceRequest.findMany({
        where: query.where as KindWhere["request"],
        select: { id: true, caseNumber: true, disputeType: true, submittedAt: true, company: { select: { nameZh: true } } },
        orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
        skip,
        take,
      }))
        rows.push({ id: r.id, href: `/staff/requests/${r.id}`, label: `${r.company.nameZh} · ${r.caseNumber ?? r.disputeType}`, at: r.submittedAt });
      break;
    case "escalation":
      for (const e of await db.escalation.findMany({
        where: query.where as KindWhere["escalation"],
        select: { id: true, requestId: true, sentAt: true, request: { select: { caseNumber: true, company: { select: { nameZh: true } } } } },
        orderBy: [{ sentAt: "asc" }, { id: "asc" }],
        skip,
        take,
      }))
        rows.push({ id: e.id, href: `/staff/requests/${e.requestId}`, label: `${e.request.company.nameZh} · ${e.request.caseNumber ?? ""}`, at: e.sentAt });
      break;
    case "item":
      for (const i of await db.riskItem.findMany({
        where: query.where as Prisma.RiskItemWhereInput,
        select: { id: true, title: true, createdAt: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        skip,
        take,
      }))
        rows.push({ id: i.id, href: `/staff/items/${i.id}`, label: i.title, at: i.createdAt });
      break;
    case "case":
      for (const c of await db.case.findMany({
        where: query.where as { id: { in: string[] } },
        select: { id: true, title: true, firstSeenAt: true },
        orderBy: [{ firstSeenAt: "asc" }, { id: "asc" }],
        skip,
        take,
      }))
        rows.push({ id: c.id, href: `/staff/cases/${c.id}`, label: c.title, at: c.firstSeenAt });
      break;
    case "alert":
      for (const a of await db.alert.findMany({
        where: query.where as Prisma.AlertWhereInput,
        select: { id: true, severity: true, createdAt: true, riskItemId: true, riskItem: { select: { title: true } }, company: { select: { nameZh: true } } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        skip,
        take,
      }))
        rows.push({ id: a.id, href: `/staff/items/${a.riskItemId}`, label: `[${a.severity}] ${a.company.nameZh} · ${a.riskItem.title}`, at: a.createdAt });
      break;
    case "subscription":
      for (const s of await db.subscription.findMany({
        where: query.where as Prisma.SubscriptionWhereInput,
        select: { id: true, name: true, createdAt: true, companyId: true, company: { select: { nameZh: true } } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        skip,
        take,
      }))
        rows.push({ id: s.id, href: `/staff/companies/${s.companyId}`, label: `${s.company.nameZh} · ${s.name}`, at: s.createdAt });
      break;
  }
  return rows;
}

const countOf = (db: Db, q: RecordQuery) =>
  q.recordKind === "item"
    ? db.riskItem.count({ where: q.where })
    : q.recordKind === "alert"
      ? db.alert.count({ where: q.where })
      : db.subscription.count({ where: q.where });

/**
 * One page of the records behind one figure (the drill-down list of the statistics page), in
 * time order. The large warning counts (items, alerts, subscriptions) are paged in the query that
 * counts them; the other figures carry their record ids (requests, cases, named or critical
 * alerts: hundreds), and a page of those ids is read. Cases counted from items outside any case
 * are counted but not listed.
 */
export async function indicatorRecords(db: Db, period: Period, filters: StatsFilters, id: IndicatorId, page = 1) {
  const skip = (Math.max(1, page) - 1) * RECORDS_PAGE_SIZE;
  const query = recordQuery(id, period, filters);
  if (query) {
    const [total, rows] = await Promise.all([countOf(db, query), recordRows(db, query, skip, RECORDS_PAGE_SIZE)]);
    return { total, rows, pageSize: RECORDS_PAGE_SIZE };
  }
  const { from } = statsWindow(period);
  const indicator = (GUIDANCE_INDICATORS as readonly string[]).includes(id)
    ? computeIndicators({ items: [], alerts: [], subscriptions: [], ...(await loadRequestData(db, period.end)) }, period, filters, await statsOptions(db))
        .indicators[id]
    : (await warningIndicatorsSql(db, period, filters, from))[id as (typeof WARNING_INDICATORS)[number]];
  const ids = indicator.ids.filter((x) => !x.startsWith("item:"));
  // ordered in the query over every id (hundreds), paged there too
  const rows: RecordRow[] = [];
  for (let k = 0; k < ids.length; k += 500)
    rows.push(...(await recordRows(db, { recordKind: indicator.recordKind, where: { id: { in: ids.slice(k, k + 500) } } }, 0, 500)));
  rows.sort((a, b) => (a.at?.getTime() ?? 0) - (b.at?.getTime() ?? 0) || a.id.localeCompare(b.id));
  return { total: ids.length, rows: rows.slice(skip, skip + RECORDS_PAGE_SIZE), pageSize: RECORDS_PAGE_SIZE };
}
