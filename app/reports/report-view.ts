// The shape of a generated report (browser-safe): what the page, the print/PDF HTML and the
// Word writer render. Frozen reports store exactly this JSON, so a later change to the records
// never changes a sent report.
import type { Locale } from "~/domain/locale.ts";

export const REPORT_KINDS = ["monthly", "quarterly", "annual", "risk-warning"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_STATUSES = ["draft", "frozen", "published"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export interface ReportFigure {
  id: string;
  group: "guidance" | "warning";
  label: string;
  current: string;
  lastYear: string;
  definition: string;
}

export interface ReportCase {
  id: string;
  number: string;
  title: string;
  jurisdiction: string;
  complainants: string[];
  respondents: string[];
  products: string[];
  stage: string;
  deadline: string | null;
}

export interface ReportContent {
  generatedAt: string;
  periodLabel: string;
  lastYearLabel: string;
  figures: ReportFigure[];
  breakdowns: { title: string; header: string[]; rows: (string | number)[][] }[];
  charts: { id: string; title: string; svg: string }[];
  cases: ReportCase[];
  laws: { id: string; title: string; jurisdiction: string; date: string; link: string | null }[];
  /** confidential: local companies named in cases (omitted from the public version) */
  companies: { name: string; caseTitle: string; date: string }[];
  companyTimes: number;
  typicalCases: { id: string; title: string; summary: string; outcome: string; lessons: string }[];
}

export interface ReportSections {
  summary: string;
  commentary: string;
  recommendations: string;
  /** internal notes: never in the public version */
  internal: string;
}

export interface ReportView {
  id: string;
  kind: ReportKind;
  status: ReportStatus;
  title: string;
  number: string | null;
  /** the language the report is written in (its content, sections, title and number) */
  language: Locale;
  periodLabel: string;
  frozenAt: string | null;
  content: ReportContent;
  sections: ReportSections;
  /** the public version: no confidential facts */
  isPublic: boolean;
}

export const EMPTY_SECTIONS: ReportSections = { summary: "", commentary: "", recommendations: "", internal: "" };

/** The exporters' version: guidance figures, named companies and internal notes removed. */
export function publicView(view: ReportView): ReportView {
  return {
    ...view,
    isPublic: true,
    content: { ...view.content, figures: view.content.figures.filter((f) => f.group === "warning" && f.id !== "companyTimes"), breakdowns: [], companies: [] },
    sections: { ...view.sections, internal: "" },
  };
}

export function reportFileName(view: Pick<ReportView, "title" | "number">, ext: "docx" | "pdf"): string {
  return `${view.title}${view.number ? ` ${view.number}` : ""}.${ext}`.replace(/[\\/:*?"<>|]/g, "_");
}
