// Generated reports (风险预警报告 and 信息报送): generate from the records for a period, edit the
// text, freeze with a number (content is then never recomputed), publish risk-warning reports
// to exporters. Every state change is audited.
import { z } from "zod";
import { isLocale, translator, type Locale } from "~/i18n/i18n.ts";
import { renderCharts } from "~/reports/charts.server.ts";
import { chartLabels, indicatorRows, industryLabel, jurisdictionLabel, stageLabel } from "~/reports/labels.ts";
import { monthPeriod, quarterPeriod, shanghaiIso, yearPeriod, type Period, type PeriodKind } from "~/reports/period.ts";
import {
  EMPTY_SECTIONS,
  publicView,
  REPORT_KINDS,
  type ReportContent,
  type ReportKind,
  type ReportSections,
  type ReportStatus,
  type ReportView,
} from "~/reports/report-view.ts";
import { reportNumber } from "~/reports/report-words.ts";
import type { Db } from "~/utils/db.server.ts";
import { parseList } from "~/utils/json-list.ts";
import { recordAudit } from "./audit.server.ts";
import { breakdownTables } from "./statistics-page.server.ts";
import { computeStatistics } from "./statistics.server.ts";

export class ReportError extends Error {
  constructor(public code: "not-found" | "state") {
    super(code);
  }
}

export const NewReportSchema = z
  .object({
    kind: z.enum(REPORT_KINDS, { message: "report.err.kind" }),
    year: z.coerce.number().int().min(2000).max(2100),
    n: z.coerce.number().int().min(1).max(12).optional().catch(undefined),
    industry: z
      .string()
      .trim()
      .max(60)
      .optional()
      .transform((v) => v || undefined),
    market: z
      .string()
      .trim()
      .max(20)
      .optional()
      .transform((v) => v || undefined),
    language: z.enum(["zh", "en"]).optional().catch(undefined),
  })
  .transform((v) => ({ ...v, industry: v.kind === "risk-warning" ? v.industry : undefined, market: v.kind === "risk-warning" ? v.market : undefined }));
/** language: the report's own language (default Chinese, the centre's working language). */
export type NewReport = { kind: ReportKind; year: number; n?: number; industry?: string; market?: string; language?: Locale };

export const SectionsSchema = z.object({
  summary: z.string().max(20_000).default(""),
  commentary: z.string().max(20_000).default(""),
  recommendations: z.string().max(20_000).default(""),
  internal: z.string().max(20_000).default(""),
});

/** monthly → a month; quarterly → a quarter; annual → a year; risk-warning → a month or quarter. */
export function reportPeriod(kind: ReportKind, year: number, n?: number): { period: Period; periodKind: PeriodKind } {
  if (kind === "annual") return { period: yearPeriod(year), periodKind: "year" };
  if (kind === "quarterly") return { period: quarterPeriod(year, Math.min(4, n ?? 1)), periodKind: "quarter" };
  return { period: monthPeriod(year, n ?? 1), periodKind: "month" };
}

export { reportNumber };

/** Everything the report shows, computed from the records as they are now, labelled in the report's language. */
export async function generateContent(
  db: Db,
  period: Period,
  filters: { industry?: string; jurisdiction?: string },
  locale: Locale = "zh",
): Promise<ReportContent> {
  const stats = await computeStatistics(db, period, filters);
  const caseIds = stats.current.indicators.casesFollowed.ids.filter((id) => !id.startsWith("item:"));
  // The 30 newest followed cases. A year can follow thousands of cases, more than one query
  // may bind (Prisma refuses an IN list over SQLite's parameter limit): rank them in chunks.
  const ranked: { id: string; firstSeenAt: Date }[] = [];
  for (let k = 0; k < caseIds.length; k += 500)
    ranked.push(...(await db.case.findMany({ where: { id: { in: caseIds.slice(k, k + 500) } }, select: { id: true, firstSeenAt: true } })));
  ranked.sort((a, b) => b.firstSeenAt.getTime() - a.firstSeenAt.getTime() || (a.id < b.id ? -1 : 1));
  const cases = await db.case.findMany({
    where: { id: { in: ranked.slice(0, 30).map((c) => c.id) } },
    select: {
      id: true,
      title: true,
      jurisdiction: true,
      stage: true,
      complainants: true,
      respondents: true,
      products: true,
      investigationNumber: true,
      docketNumber: true,
      otherNumber: true,
      guidanceRequests: { select: { computedDeadline: true, deadlineOverride: true }, where: { computedDeadline: { not: null } } },
    },
    orderBy: { firstSeenAt: "desc" },
    take: 30,
  });
  const lawItems = await db.riskItem.findMany({
    where: {
      kind: "law",
      duplicateOfId: null,
      createdAt: { gte: period.start, lt: period.end },
      ...(filters.jurisdiction ? { jurisdiction: filters.jurisdiction } : {}),
    },
    select: { id: true, title: true, jurisdiction: true, publishedAt: true, link: true },
    orderBy: { publishedAt: "desc" },
    take: 20,
  });
  const namedIds = stats.current.indicators.companyTimes.ids;
  const named = await db.alert.findMany({
    where: { id: { in: namedIds.slice(0, 200) } },
    select: { createdAt: true, company: { select: { nameZh: true, nameEn: true } }, riskItem: { select: { title: true, case: { select: { title: true } } } } },
    orderBy: { createdAt: "asc" },
  });
  const typical = await db.typicalCase.findMany({
    where: { status: "published", publishedAt: { gte: period.start, lt: period.end } },
    select: { id: true, published: true },
    orderBy: { publishedAt: "asc" },
  });
  const partyNames = (json: string) => parseList(json).map((p) => String(p));
  const respondentNames = (json: string) => {
    try {
      return (JSON.parse(json) as ({ name?: string } | string)[]).map((r) => (typeof r === "string" ? r : (r.name ?? ""))).filter(Boolean);
    } catch {
      return [];
    }
  };
  return {
    generatedAt: new Date().toISOString(),
    periodLabel: period.label,
    lastYearLabel: stats.lastYear.label,
    figures: indicatorRows(stats.current, stats.previous, locale).map(({ id, group, label, current, lastYear, definition }) => ({
      id,
      group,
      label,
      current,
      lastYear,
      definition,
    })),
    breakdowns: breakdownTables(stats, locale),
    charts: await renderCharts(stats.charts, chartLabels(locale)),
    cases: cases.map((c) => {
      const deadlines = c.guidanceRequests.map((g) => g.deadlineOverride ?? g.computedDeadline).filter((d): d is Date => !!d);
      return {
        id: c.id,
        number: c.investigationNumber ?? c.docketNumber ?? c.otherNumber ?? "",
        title: c.title,
        jurisdiction: jurisdictionLabel(c.jurisdiction, locale),
        complainants: partyNames(c.complainants),
        respondents: respondentNames(c.respondents),
        products: partyNames(c.products),
        stage: c.stage ? stageLabel(c.stage, locale) : "",
        deadline: deadlines.length ? shanghaiIso(new Date(Math.min(...deadlines.map((d) => d.getTime())))) : null,
      };
    }),
    laws: lawItems.map((l) => ({
      id: l.id,
      title: l.title,
      jurisdiction: jurisdictionLabel(l.jurisdiction, locale),
      date: shanghaiIso(l.publishedAt),
      link: l.link,
    })),
    companies: named.map((a) => ({
      name: (locale === "en" && a.company.nameEn) || a.company.nameZh,
      caseTitle: a.riskItem.case?.title ?? a.riskItem.title,
      date: shanghaiIso(a.createdAt),
    })),
    companyTimes: namedIds.length,
    typicalCases: typical.map((tc) => {
      const p = JSON.parse(tc.published ?? "{}") as Record<string, string>;
      return { id: tc.id, title: p.title ?? "", summary: p.summary ?? "", outcome: p.outcome ?? "", lessons: p.lessons ?? "" };
    }),
  };
}

/** The opening paragraph staff start from: the period's main figures in words. */
export function defaultSections(kind: ReportKind, c: ReportContent, locale: Locale = "zh"): ReportSections {
  const f = (id: string) => c.figures.find((x) => x.id === id)?.current ?? "—";
  if (locale === "en") {
    const summary =
      kind === "risk-warning"
        ? `In ${c.periodLabel} the centre collected ${f("itemsIngested")} overseas IP warning items, followed ${f("casesFollowed")} cases naming local companies ${f("companyTimes")} times, and sent ${f("alertsSent")} alerts, ${f("criticalNotices")} of them critical notices.`
        : `In ${c.periodLabel} the centre received ${f("received")} requests for guidance on overseas IP disputes, accepted ${f("accepted")} and closed ${f("closed")} (completion rate ${f("completionRate")}, average time to advice ${f("avgAdviceDays")}); ${f("escalations")} were escalated to the provincial sub-centre. It collected ${f("itemsIngested")} warning items and followed ${f("casesFollowed")} cases naming local companies ${f("companyTimes")} times.`;
    return { ...EMPTY_SECTIONS, summary };
  }
  const summary =
    kind === "risk-warning"
      ? `${c.periodLabel}，本中心共采集海外知识产权预警信息 ${f("itemsIngested")} 条，跟踪案件 ${f("casesFollowed")} 件，涉及本地企业 ${f("companyTimes")} 家次，推送预警 ${f("alertsSent")} 条，其中紧急通报 ${f("criticalNotices")} 条。`
      : `${c.periodLabel}，本中心共收到海外知识产权纠纷应对指导申请 ${f("received")} 件，受理 ${f("accepted")} 件，办结 ${f("closed")} 件，办结率 ${f("completionRate")}，平均指导周期 ${f("avgAdviceDays")}；报送省分中心 ${f("escalations")} 件；采集预警信息 ${f("itemsIngested")} 条，跟踪案件 ${f("casesFollowed")} 件，涉及本地企业 ${f("companyTimes")} 家次。`;
  return { ...EMPTY_SECTIONS, summary };
}

function reportTitle(kind: ReportKind, period: Period, locale: Locale, industry?: string, market?: string): string {
  const t = translator(locale);
  if (locale === "en") {
    const scope = [industry && industryLabel(industry, "en"), market].filter(Boolean).join(" · ");
    return `${t(`report.kind.${kind}`)} (${period.label}${scope ? ` · ${scope}` : ""})`;
  }
  const scope = [industry, market].filter(Boolean).join("·");
  return `${t(`report.kind.${kind}`)}（${period.label}${scope ? ` · ${scope}` : ""}）`;
}

/** A report's stored language (rows written before reports had one are Chinese). */
const languageOf = (r: { language: string }): Locale => (isLocale(r.language) ? r.language : "zh");

export async function createReport(db: Db, input: NewReport, actorId: string) {
  const { period, periodKind } = reportPeriod(input.kind, input.year, input.n);
  const language = input.language ?? "zh";
  const content = await generateContent(db, period, { industry: input.industry, jurisdiction: input.market }, language);
  const report = await db.report.create({
    data: {
      kind: input.kind,
      periodKind,
      periodStart: period.start,
      periodEnd: period.end,
      industry: input.industry ?? null,
      market: input.market ?? null,
      title: reportTitle(input.kind, period, language, input.industry, input.market),
      language,
      content: JSON.stringify(content),
      sections: JSON.stringify(defaultSections(input.kind, content, language)),
      createdById: actorId,
    },
  });
  await recordAudit(db, { actorId, action: "report.create", entity: "Report", entityId: report.id, after: { kind: input.kind, period: period.label } });
  return report;
}

async function requireDraft(db: Db, id: string) {
  const r = await db.report.findUnique({ where: { id } });
  if (!r) throw new ReportError("not-found");
  if (r.status !== "draft") throw new ReportError("state");
  return r;
}

export async function updateSections(db: Db, id: string, sections: ReportSections, actorId: string) {
  await requireDraft(db, id);
  const updated = await db.report.updateMany({ where: { id, status: "draft" }, data: { sections: JSON.stringify(sections) } });
  if (updated.count !== 1) throw new ReportError("state");
  await recordAudit(db, { actorId, action: "report.edit", entity: "Report", entityId: id });
}

export async function regenerateReport(db: Db, id: string, actorId: string) {
  const r = await requireDraft(db, id);
  const content = await generateContent(
    db,
    { kind: r.periodKind as PeriodKind, start: r.periodStart, end: r.periodEnd, label: JSON.parse(r.content).periodLabel ?? "" },
    { industry: r.industry ?? undefined, jurisdiction: r.market ?? undefined },
    languageOf(r),
  );
  await db.report.updateMany({ where: { id, status: "draft" }, data: { content: JSON.stringify(content) } });
  await recordAudit(db, { actorId, action: "report.regenerate", entity: "Report", entityId: id });
}

/** Freezes a draft with the next number of its kind in its year; the content stays as it is. */
export async function freezeReport(db: Db, id: string, actorId: string) {
  const r = await requireDraft(db, id);
  const year = Number(shanghaiIso(r.periodStart).slice(0, 4));
  return db.$transaction(async (tx) => {
    const last = await tx.report.findFirst({ where: { kind: r.kind, year }, orderBy: { seq: "desc" }, select: { seq: true } });
    const seq = (last?.seq ?? 0) + 1;
    const number = reportNumber(r.kind as ReportKind, year, seq, languageOf(r));
    const done = await tx.report.updateMany({
      where: { id, status: "draft" },
      data: { status: "frozen", year, seq, number, frozenAt: new Date(), frozenById: actorId },
    });
    if (done.count !== 1) throw new ReportError("state");
    await recordAudit(tx, { actorId, action: "report.freeze", entity: "Report", entityId: id, after: { number } });
    return number;
  });
}

/** Publishes a frozen risk-warning report and notifies the exporters of its industry and market. */
export async function publishReport(db: Db, id: string, actorId: string) {
  const r = await db.report.findUnique({ where: { id } });
  if (!r) throw new ReportError("not-found");
  if (r.kind !== "risk-warning" || r.status !== "frozen") throw new ReportError("state");
  const companies = await db.company.findMany({ select: { id: true, industries: true, markets: true } });
  const targets = companies
    .filter((c) => (!r.industry || parseList(c.industries).includes(r.industry)) && (!r.market || parseList(c.markets).includes(r.market)))
    .map((c) => c.id);
  const users = await db.user.findMany({ where: { role: "exporter", companyId: { in: targets } }, select: { id: true } });
  await db.$transaction(async (tx) => {
    const done = await tx.report.updateMany({ where: { id, status: "frozen" }, data: { status: "published", publishedAt: new Date() } });
    if (done.count !== 1) throw new ReportError("state");
    await tx.notification.createMany({
      data: users.map((u) => ({
        userId: u.id,
        kind: "report",
        messageKey: "report.notify",
        params: JSON.stringify({ title: `${r.title} ${r.number ?? ""}` }),
        link: `/exporter/reports/${id}`,
      })),
    });
    await recordAudit(tx, { actorId, action: "report.publish", entity: "Report", entityId: id, after: { recipients: users.length } });
  });
  return users.length;
}

type ReportRow = Awaited<ReturnType<Db["report"]["findUniqueOrThrow"]>>;
export function toReportView(r: ReportRow): ReportView {
  return {
    id: r.id,
    kind: r.kind as ReportKind,
    status: r.status as ReportStatus,
    title: r.title,
    number: r.number,
    language: languageOf(r),
    periodLabel: (JSON.parse(r.content) as ReportContent).periodLabel,
    frozenAt: r.frozenAt ? r.frozenAt.toISOString() : null,
    content: JSON.parse(r.content) as ReportContent,
    sections: { ...EMPTY_SECTIONS, ...(JSON.parse(r.sections) as Partial<ReportSections>) },
    isPublic: false,
  };
}

export async function getReport(db: Db, id: string): Promise<ReportView | null> {
  const r = await db.report.findUnique({ where: { id } });
  return r ? toReportView(r) : null;
}

export async function listReports(db: Db) {
  return db.report.findMany({
    orderBy: [{ periodStart: "desc" }, { createdAt: "desc" }],
    select: { id: true, kind: true, title: true, number: true, status: true, periodStart: true, createdAt: true },
  });
}

/** Exporters: published risk-warning reports only, their public version. */
export async function getPublishedReport(db: Db, id: string): Promise<ReportView | null> {
  const r = await db.report.findFirst({ where: { id, kind: "risk-warning", status: "published" } });
  return r ? publicView(toReportView(r)) : null;
}

export async function listPublishedReports(db: Db, q?: string) {
  const rows = await db.report.findMany({ where: { kind: "risk-warning", status: "published" }, orderBy: { publishedAt: "desc" }, take: 200 });
  const views = rows.map((r) => publicView(toReportView(r)));
  const needle = q?.trim().toLowerCase();
  const hit = (v: ReportView) =>
    !needle ||
    [
      v.title,
      v.number ?? "",
      v.sections.summary,
      v.sections.commentary,
      v.sections.recommendations,
      ...v.content.cases.map((c) => `${c.number} ${c.title} ${c.products.join(" ")}`),
      ...v.content.laws.map((l) => l.title),
    ]
      .join("\n")
      .toLowerCase()
      .includes(needle);
  return views.filter(hit).map((v) => ({ id: v.id, title: v.title, number: v.number, periodLabel: v.periodLabel, summary: v.sections.summary }));
}
