import { describe, expect, test } from "vitest";
import { normaliseEntry, type SourceContext } from "./normalise.server.ts";
import type { RawEntry } from "./parse-feed.server.ts";

const FETCHED_AT = new Date("2026-11-04T00:00:00.000Z");
const CN_NEWS: SourceContext = { id: "cn-news", kind: "news", jurisdiction: "CN", language: "zh" };
const CN_LAW: SourceContext = { id: "cn-law", kind: "law", jurisdiction: "CN", language: "zh" };

const entry = (title: string, summaryHtml: string): RawEntry => ({
  index: 0,
  id: `urn:test:${title}`,
  title,
  link: null,
  summaryHtml,
  contentHtml: null,
  published: FETCHED_AT,
  updated: null,
  authors: [],
  categories: [],
});

function normalised(source: SourceContext, title: string, html: string) {
  const result = normaliseEntry(entry(title, html), source, FETCHED_AT);
  if (!result.ok) throw new Error(result.reason);
  return result.item;
}

describe("the case's forum decides jurisdiction and case type, not the source", () => {
  test("a Chinese news item about a US ITC investigation is a US 337 case with its number, stage and parties", () => {
    const item = normalised(
      CN_NEWS,
      "美国对特定便携式电池启动器及其组件启动337调查",
      "<p>2021年3月17日,美国国际贸易委员会投票决定对特定便携式电池启动器及其组件启动337调查(调查编码:337-TA-1256)。" +
        "中国广东深圳艺科电子有限公司、中国上海七十迈数字科技有限公司等为列名被告。</p>",
    );
    expect(item).toMatchObject({
      jurisdiction: "US",
      caseType: "us-itc-337",
      caseNumber: "337-TA-1256",
      stage: "instituted",
      respondents: [
        { name: "广东深圳艺科电子有限公司", location: "中国" },
        { name: "上海七十迈数字科技有限公司", location: "中国" },
      ],
    });
  });

  test("a receipt notice that never says 'section 337' is still a 337 complaint with its docket number", () => {
    const item = normalised(
      { id: "fr", kind: "case", jurisdiction: "US", language: "en" },
      "Notice of Receipt of Complaint; Solicitation of Comments Relating to the Public Interest",
      "<p>Notice is hereby given that the U.S. International Trade Commission has received a complaint entitled " +
        "Certain Dryer Wall Exhaust Vent Assemblies and Components Thereof, DN 3800.</p>" +
        "<p>The complaint names as respondents: Xiamen Dirongte Trading Co., Ltd. of Xiamen, China.</p>",
    );
    expect(item).toMatchObject({
      caseType: "us-itc-337",
      caseNumber: "DN 3800",
      stage: "complaint-received",
      respondents: [{ name: "Xiamen Dirongte Trading Co., Ltd.", location: "Xiamen, China" }],
    });
  });

  test("a Chinese report of a Schedule A suit is a US court case keeping the plaintiff, with no sealed defendants", () => {
    const item = normalised(
      CN_NEWS,
      "伊利诺伊北区联邦地区法院对资产冻结态度的转变",
      "<p>NDIL法官在Eicher Motors Ltd.诉Schedule A所列被告一案(案号1:25-cv-02937)中拒绝了原告的临时限制令申请。</p>",
    );
    expect(item).toMatchObject({
      jurisdiction: "US",
      caseType: "schedule-a-tro",
      caseNumber: "1:25-cv-02937",
      stage: null,
      complainants: ["Eicher Motors Ltd."],
      respondents: [],
    });
  });

  test("a Chinese item about a domestic matter keeps the source's jurisdiction", () => {
    const item = normalised(CN_NEWS, "港珠澳大桥海关查获跨境电商侵权嫌疑商品941件", "<p>海关查获一批涉嫌侵犯商标专用权的商品。</p>");
    expect(item).toMatchObject({ jurisdiction: "CN", caseNumber: null, stage: null, respondents: [] });
  });

  test("a law source stays a rule change without a case number even when it cites a 337 investigation", () => {
    const item = normalised(CN_LAW, "美国国际贸易委员会修订337调查程序规则", "<p>修订后的规则适用于337-TA-1452等正在进行的调查。</p>");
    expect(item).toMatchObject({ caseType: "law-rule-change", caseNumber: null, stage: null });
  });
});
