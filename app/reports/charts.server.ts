// Charts rendered on the server as SVG with Apache ECharts' dependency-free SSR renderer, so
// they work on the page, in print, in the PDF and in Word, with Chinese labels kept as text.
// ECharts escapes text it writes into the SVG (tested with a label containing <script>); the
// SVG is ours, so pages embed it as markup. Every chart instance is disposed.
import type * as Echarts from "echarts";
import type { ChartData } from "./indicators.ts";

export interface RenderedChart {
  id: "casesOverTime" | "casesByIndustry" | "requestsByRegion" | "stages337" | "funnel";
  title: string;
  svg: string;
}

export type ChartLabels = {
  title: (id: RenderedChart["id"]) => string;
  jurisdiction: (code: string) => string;
  industry: (id: string) => string;
  stage: (id: string) => string;
  funnelStep: (step: ChartData["funnel"][number]["step"]) => string;
  empty: string;
};

const WIDTH = 640;
const HEIGHT = 300;
const FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', sans-serif";

// Loaded on first use: ECharts is large, and the web server should not pay for it at start-up.
let echartsModule: Promise<typeof Echarts> | null = null;
const loadEcharts = () => (echartsModule ??= import("echarts"));

export async function renderSvg(option: Echarts.EChartsCoreOption, width = WIDTH, height = HEIGHT): Promise<string> {
  const echarts = await loadEcharts();
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

function bar(labels: string[], values: number[], empty: string, horizontal = false) {
  if (labels.length === 0) return { title: { text: empty, left: "center", top: "middle", textStyle: { fontSize: 14, color: "#888" } } };
  const category = { type: "category", data: labels, axisLabel: { interval: 0, rotate: horizontal ? 0 : labels.length > 6 ? 30 : 0 } };
  const value = { type: "value", minInterval: 1 };
  return {
    grid: { left: horizontal ? 140 : 48, right: 24, top: 24, bottom: 64 },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: [{ type: "bar", data: values, label: { show: true, position: horizontal ? "right" : "top" } }],
  };
}

const sorted = (rec: Record<string, number>) => Object.entries(rec).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

export async function renderCharts(data: ChartData, l: ChartLabels): Promise<RenderedChart[]> {
  const jurisdictions = Object.keys(data.casesOverTime.series).sort();
  const overTime = jurisdictions.length
    ? {
        legend: { top: 0, data: jurisdictions.map(l.jurisdiction) },
        grid: { left: 48, right: 24, top: 36, bottom: 48 },
        xAxis: { type: "category", data: data.casesOverTime.months },
        yAxis: { type: "value", minInterval: 1 },
        series: jurisdictions.map((j) => ({ type: "bar", stack: "all", name: l.jurisdiction(j), data: data.casesOverTime.series[j] })),
      }
    : bar([], [], l.empty);
  const industries = sorted(data.casesByIndustry).slice(0, 12);
  const regions = sorted(data.requestsByRegion).slice(0, 12);
  const stages = sorted(data.stages337);
  const funnel = {
    series: [
      {
        type: "funnel",
        sort: "none",
        left: "10%",
        width: "80%",
        minSize: "10%",
        label: { show: true, position: "inside", formatter: "{b}: {c}" },
        data: data.funnel.map((f) => ({ name: l.funnelStep(f.step), value: f.value })),
      },
    ],
  };
  const charts: [RenderedChart["id"], Echarts.EChartsCoreOption][] = [
    ["casesOverTime", overTime],
    [
      "casesByIndustry",
      bar(
        industries.map(([k]) => l.industry(k)),
        industries.map(([, v]) => v),
        l.empty,
        true,
      ),
    ],
    [
      "requestsByRegion",
      bar(
        regions.map(([k]) => k),
        regions.map(([, v]) => v),
        l.empty,
      ),
    ],
    [
      "stages337",
      bar(
        stages.map(([k]) => l.stage(k)),
        stages.map(([, v]) => v),
        l.empty,
        true,
      ),
    ],
    ["funnel", funnel],
  ];
  const out: RenderedChart[] = [];
  for (const [id, option] of charts) out.push({ id, title: l.title(id), svg: await renderSvg(option) });
  return out;
}
