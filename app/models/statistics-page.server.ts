// The presenter of the statistics page and its downloads: figures, definitions, breakdowns and
// charts in the reader's language.
import { translator, type Locale } from "~/i18n/i18n.ts";
import type { MessageKey } from "~/i18n/messages.ts";
import { INDUSTRY_LABELS, IP_TYPE_LABELS } from "~/domain/taxonomy.ts";
import { renderCharts } from "~/reports/charts.server.ts";
import { SEVERITIES } from "~/reports/indicators.ts";
import { chartLabels, indicatorRows, jurisdictionLabel } from "~/reports/labels.ts";
import { parseStatsQuery, samePeriodLastYear, statsQueryString, type StatsQuery } from "~/reports/period.ts";
import { getDb } from "~/utils/db.server.ts";
import { DISPUTE_TYPES } from "~/domain/dispute-types.ts";
import { insuranceTotals } from "./insurance.server.ts";
import { observationCounts } from "./observation.server.ts";
import { computeStatistics, type Statistics } from "./statistics.server.ts";
import { subsidyTotals } from "./subsidy-application.server.ts";

export interface Breakdown {
  title: string;
  header: string[];
  rows: (string | number)[][];
}

export function breakdownTables(stats: Statistics, locale: Locale): Breakdown[] {
  const t = translator(locale);
  const b = stats.current.breakdowns;
  const entries = (rec: Record<string, number>, label: (k: string) => string) =>
    Object.entries(rec)
      .sort((x, y) => y[1] - x[1])
      .map(([k, v]) => [label(k), v]);
  return [
    {
      title: t("stats.itemsByKind"),
      header: [t("stats.col.kind"), t("stats.col.count")],
      rows: entries(b.itemsByKind, (k) => t(`stats.kind.${k}` as MessageKey) ?? k),
    },
    {
      title: t("stats.itemsByJurisdiction"),
      header: [t("stats.filter.jurisdiction"), t("stats.col.count")],
      rows: entries(b.itemsByJurisdiction, (k) => jurisdictionLabel(k, locale)),
    },
    {
      title: t("stats.alertsBySeverity"),
      header: [t("stats.col.kind"), t("stats.col.count"), t("stats.col.read")],
      rows: SEVERITIES.map((s) => [t(`severity.${s}` as MessageKey) ?? s, b.alertsBySeverity[s]?.sent ?? 0, b.alertsBySeverity[s]?.read ?? 0]),
    },
    {
      title: t("stats.escalationsByStatus"),
      header: [t("stats.col.kind"), t("stats.col.count")],
      rows: entries(b.escalationsByStatus, (k) => t(`experts.escStatus.${k}` as MessageKey) ?? k),
    },
    {
      title: t("stats.experts"),
      header: [t("stats.col.expert"), t("stats.col.assignments"), t("stats.col.completed"), t("stats.col.rating")],
      rows: b.experts.map((e) => [e.name, e.assignments, e.completed, e.ratingAvg ?? t("stats.none")]),
    },
  ];
}

/**
 * Support beyond advice in the period (issue 15): subsidy amounts applied, approved and paid per
 * policy (each by the date of its own event), insurance policies started per kind, and
 * observation reports per member. Not narrowed by the page's filters: policies and members are
 * few and staff read them whole.
 */
export async function supportBreakdowns(period: { start: Date; end: Date }, locale: Locale): Promise<Breakdown[]> {
  const t = translator(locale);
  const db = await getDb();
  const range = { from: period.start, to: period.end };
  const [subsidies, insurance, observations] = await Promise.all([subsidyTotals(db, range), insuranceTotals(db, range), observationCounts(db, range)]);
  const members = await db.observationMember.findMany({
    where: { id: { in: [...new Set(observations.map((o) => o.memberId))] } },
    select: { id: true, companyId: true },
  });
  const companies = await db.company.findMany({
    where: { id: { in: members.map((m) => m.companyId) } },
    select: { id: true, nameZh: true, nameEn: true },
  });
  const memberName = (memberId: string) => {
    const company = companies.find((c) => c.id === members.find((m) => m.id === memberId)?.companyId);
    return (locale === "en" ? company?.nameEn || company?.nameZh : company?.nameZh || company?.nameEn) ?? memberId;
  };
  const perMember = new Map<string, { reports: number; turned: number }>();
  for (const o of observations) {
    const row = perMember.get(o.memberId) ?? { reports: 0, turned: 0 };
    row.reports += o.count;
    if (o.state === "item-created") row.turned += o.count;
    perMember.set(o.memberId, row);
  }
  const pair = (x: { count: number; amount: number }) => `${x.count} / ${x.amount}`;
  return [
    {
      title: t("support.stats.subsidies"),
      header: [t("support.stats.col.policy"), t("support.stats.col.applied"), t("support.stats.col.approved"), t("support.stats.col.paid")],
      rows: subsidies.map((r) => [locale === "en" ? r.nameEn : r.nameZh, pair(r.applied), pair(r.approved), pair(r.paid)]),
    },
    {
      title: t("support.stats.insurance"),
      header: [t("support.stats.col.kind"), t("support.stats.col.policies"), t("support.stats.col.premium"), t("support.stats.col.cover")],
      rows: insurance.map((r) => [t(`support.insurance.kind.${r.kind}` as MessageKey) ?? r.kind, r.count, r.premium, r.cover]),
    },
    {
      title: t("support.stats.observations"),
      header: [t("support.stats.col.member"), t("support.stats.col.reports"), t("support.stats.col.turned")],
      rows: [...perMember].map(([id, r]) => [memberName(id), r.reports, r.turned]),
    },
  ];
}

export async function filterOptions(locale: Locale) {
  const t = translator(locale);
  const db = await getDb();
  // groupBy is a SQL GROUP BY; findMany's `distinct` reads every company and dedupes in memory
  const places = await db.company.groupBy({ by: ["province", "city"] });
  const regions = [...new Set(places.flatMap((p) => [p.province, p.city]).filter((x): x is string => !!x))].sort();
  return {
    industry: INDUSTRY_LABELS.map((l) => ({ value: l.id, label: l[locale] })),
    region: regions.map((r) => ({ value: r, label: r })),
    jurisdiction: ["US", "EU", "DE", "GB", "FR", "JP", "KR", "IN", "BR", "WIPO"].map((c) => ({ value: c, label: jurisdictionLabel(c, locale) })),
    disputeType: DISPUTE_TYPES.map((d) => ({ value: d, label: t(`guidance.type.${d}` as MessageKey) })),
    ipType: IP_TYPE_LABELS.map((l) => ({ value: l.id, label: l[locale] })),
  };
}

export function queryValues(q: StatsQuery): Record<string, string> {
  const params = new URLSearchParams(statsQueryString(q));
  return Object.fromEntries(params);
}

export async function statisticsFor(q: StatsQuery, locale: Locale) {
  const stats = await computeStatistics(await getDb(), q.period, q.filters);
  return { stats, rows: indicatorRows(stats.current, stats.previous, locale) };
}

export async function statisticsPage(params: URLSearchParams, locale: Locale) {
  const q = parseStatsQuery(params);
  const { stats, rows } = await statisticsFor(q, locale);
  return {
    values: queryValues(q),
    options: await filterOptions(locale),
    query: statsQueryString(q),
    lastYearQuery: statsQueryString({ ...q, period: samePeriodLastYear(q.period) }),
    periodLabel: stats.period.label,
    lastYearLabel: stats.lastYear.label,
    rows,
    breakdowns: [...breakdownTables(stats, locale), ...(await supportBreakdowns(stats.period, locale))],
    charts: await renderCharts(stats.charts, chartLabels(locale)),
  };
}
