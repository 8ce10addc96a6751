// Labels and tables of the statistics, in the reader's language: one place for the page, the
// CSV/XLSX downloads, the charts and the generated reports.
import { translator, type Locale } from "~/i18n/i18n.ts";
import type { MessageKey } from "~/i18n/messages.ts";
import { INDUSTRY_LABELS, STAGE_LABELS } from "~/domain/taxonomy.ts";
import type { ChartLabels } from "./charts.server.ts";
import { GUIDANCE_INDICATORS, WARNING_INDICATORS, type Indicator, type IndicatorId, type Indicators } from "./indicators.ts";

const JURISDICTIONS: Record<string, { zh: string; en: string }> = {
  US: { zh: "美国", en: "United States" },
  EU: { zh: "欧盟", en: "European Union" },
  DE: { zh: "德国", en: "Germany" },
  GB: { zh: "英国", en: "United Kingdom" },
  FR: { zh: "法国", en: "France" },
  JP: { zh: "日本", en: "Japan" },
  KR: { zh: "韩国", en: "Korea" },
  IN: { zh: "印度", en: "India" },
  BR: { zh: "巴西", en: "Brazil" },
  CN: { zh: "中国", en: "China" },
  WIPO: { zh: "世界知识产权组织", en: "WIPO" },
  INT: { zh: "国际", en: "International" },
};

export function jurisdictionLabel(code: string, locale: Locale): string {
  return JURISDICTIONS[code]?.[locale] ?? code;
}
export function industryLabel(id: string, locale: Locale): string {
  if (id === "other") return translator(locale)("chart.industry.other");
  return INDUSTRY_LABELS.find((l) => l.id === id)?.[locale] ?? id;
}
export function stageLabel(id: string, locale: Locale): string {
  if (id === "unknown") return translator(locale)("chart.stage.unknown");
  return STAGE_LABELS.find((l) => l.id === id)?.[locale] ?? id;
}

export function chartLabels(locale: Locale): ChartLabels {
  const t = translator(locale);
  return {
    title: (id) => t(`chart.${id}`),
    jurisdiction: (c) => jurisdictionLabel(c, locale),
    industry: (i) => industryLabel(i, locale),
    stage: (s) => stageLabel(s, locale),
    funnelStep: (s) => t(`chart.funnel.${s}`),
    empty: t("chart.empty"),
  };
}

export function formatIndicator(ind: Pick<Indicator, "value" | "unit">, locale: Locale): string {
  const t = translator(locale);
  if (ind.value == null) return t("stats.none");
  return ind.unit === "count" ? String(ind.value) : t(`stats.unit.${ind.unit}`, { value: ind.value });
}

export interface IndicatorRow {
  id: IndicatorId;
  group: "guidance" | "warning";
  label: string;
  current: string;
  lastYear: string;
  currentValue: number | null;
  lastYearValue: number | null;
  definition: string;
}

export function indicatorRows(current: Indicators, previous: Indicators, locale: Locale): IndicatorRow[] {
  const t = translator(locale);
  const row = (group: IndicatorRow["group"]) => (id: IndicatorId) => ({
    id,
    group,
    label: t(`stats.ind.${id}` as MessageKey),
    current: formatIndicator(current.indicators[id], locale),
    lastYear: formatIndicator(previous.indicators[id], locale),
    currentValue: current.indicators[id].value,
    lastYearValue: previous.indicators[id].value,
    definition: t(`stats.def.${id}` as MessageKey),
  });
  return [...GUIDANCE_INDICATORS.map(row("guidance")), ...WARNING_INDICATORS.map(row("warning"))];
}

/** The table rows of the downloads (CSV, XLSX): header first. */
export function indicatorTable(rows: IndicatorRow[], locale: Locale): (string | number | null)[][] {
  const t = translator(locale);
  return [
    [t("stats.col.indicator"), t("stats.current"), t("stats.lastYear"), t("stats.definition")],
    ...rows.map((r) => [r.label, r.currentValue, r.lastYearValue, r.definition]),
  ];
}
