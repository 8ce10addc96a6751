// The content of a country/forum guide version: bilingual sections, stored as JSON. Pure and
// browser-safe: the model stores it, the pages render it as text (never as HTML).
export interface Bilingual {
  zh: string;
  en: string;
}

export interface GuideSource {
  title: string;
  url: string;
}

export interface GuideContent {
  title: Bilingual;
  summary: Bilingual;
  steps: Bilingual[];
  timetable: Bilingual[];
  costs: Bilingual[];
  firstDays: Bilingual[];
  typicalCases: Bilingual[];
  sources: GuideSource[];
}

export const GUIDE_LIST_SECTIONS = ["steps", "timetable", "costs", "firstDays", "typicalCases"] as const;
export type GuideListSection = (typeof GUIDE_LIST_SECTIONS)[number];

const EMPTY: GuideContent = {
  title: { zh: "", en: "" },
  summary: { zh: "", en: "" },
  steps: [],
  timetable: [],
  costs: [],
  firstDays: [],
  typicalCases: [],
  sources: [],
};

export function parseGuideContent(text: string): GuideContent {
  try {
    const v = JSON.parse(text) as Partial<GuideContent>;
    return { ...EMPTY, ...v };
  } catch {
    return EMPTY;
  }
}

const lines = (text: string | undefined) =>
  (text ?? "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** Form values → content: one entry per line; the Chinese and English lines pair up by position. */
export function guideContentFromForm(values: Record<string, string | undefined>): { content: GuideContent; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const content: GuideContent = {
    title: { zh: (values.titleZh ?? "").trim(), en: (values.titleEn ?? "").trim() },
    summary: { zh: (values.summaryZh ?? "").trim(), en: (values.summaryEn ?? "").trim() },
    steps: [],
    timetable: [],
    costs: [],
    firstDays: [],
    typicalCases: [],
    sources: [],
  };
  if (!content.title.zh) errors.titleZh = "form.required";
  if (!content.title.en) errors.titleEn = "form.required";
  for (const section of GUIDE_LIST_SECTIONS) {
    const zh = lines(values[`${section}Zh`]);
    const en = lines(values[`${section}En`]);
    if (zh.length !== en.length) errors[`${section}En`] = "support.err.linesDiffer";
    content[section] = zh.map((z, i) => ({ zh: z, en: en[i] ?? "" }));
  }
  for (const line of lines(values.sources)) {
    const m = /^(.*?)\s*\|\s*(https?:\/\/\S+)$/.exec(line);
    if (!m) {
      errors.sources = "support.err.sourceLine";
      continue;
    }
    content.sources.push({ title: m[1]!.trim(), url: m[2]! });
  }
  if (content.sources.length === 0 && !errors.sources) errors.sources = "support.err.sourcesRequired";
  return { content, errors };
}

export function guideContentToForm(c: GuideContent): Record<string, string> {
  const out: Record<string, string> = {
    titleZh: c.title.zh,
    titleEn: c.title.en,
    summaryZh: c.summary.zh,
    summaryEn: c.summary.en,
    sources: c.sources.map((s) => `${s.title} | ${s.url}`).join("\n"),
  };
  for (const section of GUIDE_LIST_SECTIONS) {
    out[`${section}Zh`] = c[section].map((b) => b.zh).join("\n");
    out[`${section}En`] = c[section].map((b) => b.en).join("\n");
  }
  return out;
}
