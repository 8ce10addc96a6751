// The few words and punctuation of a generated report that are not catalogue messages: section
// numbering, list separators, brackets and the report number. A report is written in one
// language, chosen when it is created (Report.language); Chinese reports read exactly as before.
// Pure and browser-safe: the page, the print/PDF HTML and the Word writer share it.
import type { Locale } from "~/i18n/i18n.ts";
import type { ReportKind } from "./report-view.ts";

const ZH_ORDINALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

export interface ReportWords {
  /** "一、概述" / "1. Summary" (n counts from 1) */
  heading: (n: number, text: string) => string;
  /** between names in a list: "、" / ", " */
  list: string;
  /** "名称：说明" / "name: text" */
  colon: string;
  /** "美国" in brackets after a case title */
  bracket: (text: string) => string;
  /** after a list that was cut short */
  more: string;
  /** the HTML lang attribute */
  htmlLang: string;
}

const WORDS: Record<Locale, ReportWords> = {
  zh: {
    heading: (n, text) => `${ZH_ORDINALS[n - 1] ?? n}、${text}`,
    list: "、",
    colon: "：",
    bracket: (text) => `（${text}）`,
    more: "……",
    htmlLang: "zh-CN",
  },
  en: {
    heading: (n, text) => `${n}. ${text}`,
    list: ", ",
    colon: ": ",
    bracket: (text) => ` (${text})`,
    more: " …",
    htmlLang: "en",
  },
};

export function reportWords(locale: Locale): ReportWords {
  return WORDS[locale];
}

const NUMBER_WORD: Record<Locale, Record<ReportKind, string>> = {
  zh: { monthly: "月报", quarterly: "季报", annual: "年报", "risk-warning": "预警" },
  en: { monthly: "Monthly Report", quarterly: "Quarterly Submission", annual: "Annual Summary", "risk-warning": "Risk Warning" },
};

/** 〔2026〕月报第 3 号, 〔2026〕第 3 期 (risk-warning); [2026] Monthly Report No. 3, [2026] Issue 3. */
export function reportNumber(kind: ReportKind, year: number, seq: number, locale: Locale = "zh"): string {
  if (locale === "en") return kind === "risk-warning" ? `[${year}] Issue ${seq}` : `[${year}] ${NUMBER_WORD.en[kind]} No. ${seq}`;
  return kind === "risk-warning" ? `〔${year}〕第 ${seq} 期` : `〔${year}〕${NUMBER_WORD.zh[kind]}第 ${seq} 号`;
}
