import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startFeedServer, type FeedServer } from "../../tests/support/feed-server.ts";
import { fetchFeed } from "./fetch-feed.server.ts";
import { parseNetworkAllowList } from "./network-policy.server.ts";
import { fingerprintOf, normaliseEntry, RiskItemInputSchema, titleFromLink, type SourceContext } from "./normalise.server.ts";
import type { RawEntry } from "./parse-feed.server.ts";
import { processFeedBytes } from "./pipeline.server.ts";

const FIXTURES = fileURLToPath(new URL("../../tests/fixtures/feeds/", import.meta.url));
const FETCHED_AT = new Date("2026-11-04T00:00:00.000Z");
const US_CASES: SourceContext = { id: "fr-itc", kind: "case", jurisdiction: "US", language: "en" };

const rawEntry = (overrides: Partial<RawEntry>): RawEntry => ({
  index: 0,
  id: null,
  title: null,
  link: null,
  summaryHtml: null,
  contentHtml: null,
  published: null,
  updated: null,
  authors: [],
  categories: [],
  ...overrides,
});

const processFixture = (name: string, source: SourceContext, naiveDateOffset?: string) =>
  processFeedBytes({
    bytes: readFileSync(`${FIXTURES}${name}`),
    feedUrl: `https://feeds.example.org/${name}`,
    source,
    fetchedAt: FETCHED_AT,
    naiveDateOffset,
  });

describe("normaliseEntry on Federal Register 337 notices", () => {
  test("the receipt of complaint becomes a 337 item keyed by its docket number, naming Chinese respondents", async () => {
    const { items, skipped } = await processFixture("federal-register-itc.xml", US_CASES);
    expect(skipped).toEqual([]);
    const receipt = items[0];
    expect(receipt).toMatchObject({
      guid: "2026-21874",
      caseType: "us-itc-337",
      caseNumber: "DN 3861",
      stage: "complaint-received",
      jurisdiction: "US",
      language: "en",
      complainants: ["Ampereon Energy Systems, Inc.", "Ampereon Cell Labs LLC"],
      htsCodes: ["8507.60.0020", "8507.60.0010"],
      industries: ["lithium-battery"],
      publishedAt: new Date("2026-10-07T04:00:00.000Z"),
      updatedAt: null,
    });
    expect(receipt.respondents.slice(0, 2)).toEqual([
      { name: "Shenzhen Lianxin Power Technology Co., Ltd.", location: "Shenzhen, China" },
      { name: "Dongguan Hengrun New Energy Co., Ltd.", location: "Dongguan, Guangdong, China" },
    ]);
    expect(receipt.products[0]).toBe("Certain Lithium-Ion Battery Cells, Battery Packs, and Products Containing the Same");
    expect(receipt.summary.startsWith("AGENCY: U.S. International Trade Commission.\nACTION: Notice.\nSUMMARY: Notice is hereby given")).toBe(true);
  });

  test("the institution notice of the same case is keyed by its 337-TA number, with patents and stage", async () => {
    const { items } = await processFixture("federal-register-itc.xml", US_CASES);
    expect(items[1]).toMatchObject({
      caseNumber: "337-TA-1452",
      stage: "instituted",
      ipTypes: ["patent"],
      patents: ["US10886512", "US11223907", "US11764301"],
      industries: ["lithium-battery", "machinery"],
    });
    expect(items[1].respondents).toHaveLength(5);
    expect(items[1].fingerprint).toBe(fingerprintOf({ caseNumber: "337-TA-1452", stage: "instituted", title: "", publishedAt: FETCHED_AT }));
  });

  test("a Chinese news alert about the same institution shares the Federal Register notice's fingerprint", async () => {
    const register = await processFixture("federal-register-itc.xml", US_CASES);
    const chinese = await processFixture("gbk-alerts.xml", { id: "cn-alerts", kind: "news", jurisdiction: "US", language: "zh" }, "+08:00");
    expect(chinese.encoding).toBe("gbk");
    expect(chinese.items[0]).toMatchObject({
      title: "美国ITC对锂离子电池发起337调查，深圳联芯动力等5家企业被列为被申请人",
      caseNumber: "337-TA-1452",
      stage: "instituted",
      industries: ["lithium-battery"],
    });
    expect(chinese.items[0].fingerprint).toBe(register.items[1].fingerprint);
    expect(chinese.items[0].fingerprint).not.toBe(register.items[0].fingerprint);
  });

  test("a non-337 ITC notice has no case number or stage", async () => {
    const { items } = await processFixture("federal-register-itc.xml", US_CASES);
    expect(items[3]).toMatchObject({ caseType: "other", caseNumber: null, stage: null, respondents: [] });
  });
});

describe("normaliseEntry safety", () => {
  test("script, iframe, event handler and javascript: payloads never reach titles, summaries or links", async () => {
    const { items } = await processFixture("xss-payloads.xml", {
      id: 7,
      kind: "news",
      jurisdiction: "US",
      language: "en",
    });
    expect(items.map((i) => [i.title, i.summary, i.link])).toEqual([
      ["Counterfeit LED bulbs seized", "Customs seized counterfeit LED bulbs.", "https://aggregator.example.net/items/1"],
      ["Patent owner warns e-commerce sellers", "Sellers of phone cases received warning letters.\nsvg text", null],
    ]);
    const everything = JSON.stringify(items);
    for (const payload of ["<script", "alert(", "onerror", "onload", "onmouseover", "javascript:", "<iframe", "evil.example", "document.cookie"]) {
      expect(everything).not.toContain(payload);
    }
  });

  test("entities are decoded and whitespace collapsed in summaries", () => {
    const result = normaliseEntry(
      rawEntry({
        title: "Title",
        summaryHtml: "<p>Caf&eacute;&nbsp;&amp;&#160;bar</p>\n\n<p>&lt;b&gt; stays text</p>",
      }),
      US_CASES,
      FETCHED_AT,
    );
    // One paragraph per line: the item page shows them as paragraphs.
    expect(result.ok && result.item.summary).toBe("Café & bar\n<b> stays text");
  });

  test("a long title and summary are cut to 500 and 5000 characters", () => {
    const result = normaliseEntry(rawEntry({ title: "专利".repeat(400), summaryHtml: "word ".repeat(2000) }), US_CASES, FETCHED_AT);
    if (!result.ok) throw new Error(result.reason);
    expect(result.item.title).toHaveLength(500);
    expect(result.item.title.endsWith("…")).toBe(true);
    expect(result.item.summary.length).toBeLessThanOrEqual(5000);
  });
});

describe("normaliseEntry fields and fallbacks", () => {
  test("an entry with neither title, summary nor link is rejected with a reason", () => {
    expect(normaliseEntry(rawEntry({ link: null }), US_CASES, FETCHED_AT)).toEqual({
      ok: false,
      reason: "entry has neither a title, a summary nor a link",
    });
  });

  test("an entry that is only a link is kept, titled from its address", () => {
    const result = normaliseEntry(rawEntry({ link: "https://www.usitc.gov/press_room/news_release/2026/er1103_337-complaint.htm" }), US_CASES, FETCHED_AT);
    expect(result).toMatchObject({
      ok: true,
      item: { title: "usitc.gov: er1103 337 complaint", link: "https://www.usitc.gov/press_room/news_release/2026/er1103_337-complaint.htm", summary: "" },
    });
    expect(titleFromLink("https://example.com/")).toBe("example.com");
    expect(titleFromLink("https://example.com/news/12345")).toBe("example.com/news/12345");
    expect(titleFromLink("https://example.com/%E4%B8%93%E5%88%A9-%E9%A2%84%E8%AD%A6")).toBe("example.com: 专利 预警");
  });

  test("a missing title is made from the summary", () => {
    const result = normaliseEntry(rawEntry({ summaryHtml: "<p>Customs detained counterfeit toys at Hamburg.</p>" }), US_CASES, FETCHED_AT);
    expect(result.ok && result.item.title).toBe("Customs detained counterfeit toys at Hamburg.");
  });

  test("the guid falls back to the link, then to a hash of title and date", () => {
    const withLink = normaliseEntry(rawEntry({ title: "A", link: "https://example.org/a" }), US_CASES, FETCHED_AT);
    expect(withLink.ok && withLink.item.guid).toBe("https://example.org/a");
    const bare = normaliseEntry(rawEntry({ title: "A", published: new Date("2026-10-01T00:00:00Z") }), US_CASES, FETCHED_AT);
    const again = normaliseEntry(rawEntry({ title: "A", published: new Date("2026-10-01T00:00:00Z") }), US_CASES, FETCHED_AT);
    expect(bare.ok && bare.item.guid).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(bare.ok && again.ok && bare.item.guid === again.item.guid).toBe(true);
  });

  test("a missing date falls back to the fetch time and a date far in the future is not believed", () => {
    const undated = normaliseEntry(rawEntry({ title: "A" }), US_CASES, FETCHED_AT);
    expect(undated.ok && undated.item.publishedAt).toEqual(FETCHED_AT);
    const soon = new Date(FETCHED_AT.getTime() + 6 * 3600_000);
    const slightlyAhead = normaliseEntry(rawEntry({ title: "A", published: soon }), US_CASES, FETCHED_AT);
    expect(slightlyAhead.ok && slightlyAhead.item.publishedAt).toEqual(soon);
    const farAhead = normaliseEntry(rawEntry({ title: "A", published: new Date("2030-01-01T00:00:00Z") }), US_CASES, FETCHED_AT);
    expect(farAhead.ok && farAhead.item.publishedAt).toEqual(FETCHED_AT);
  });

  test("the fingerprint of an item without a case number depends on its normalised title and day", () => {
    const a = fingerprintOf({
      caseNumber: null,
      stage: null,
      title: "EU Design Reform — Phase Two!",
      publishedAt: new Date("2026-10-29T09:00:00Z"),
    });
    const b = fingerprintOf({
      caseNumber: null,
      stage: null,
      title: "eu design reform phase two",
      publishedAt: new Date("2026-10-29T23:00:00Z"),
    });
    const c = fingerprintOf({
      caseNumber: null,
      stage: null,
      title: "eu design reform phase two",
      publishedAt: new Date("2026-10-30T01:00:00Z"),
    });
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  test("two initial determinations of one investigation keep different fingerprints", () => {
    const day = new Date("2026-10-21T00:00:00Z");
    const idA = fingerprintOf({
      caseNumber: "337-TA-1398",
      stage: "initial-determination",
      title: "Certain Smart Thermostats; Determination Not To Review an ID Terminating as to Respondent A",
      publishedAt: day,
    });
    const idB = fingerprintOf({
      caseNumber: "337-TA-1398",
      stage: "initial-determination",
      title: "Certain Smart Thermostats; Determination Not To Review an ID Terminating as to Respondent B",
      publishedAt: day,
    });
    expect(idA).not.toBe(idB);
    const institutionEn = fingerprintOf({
      caseNumber: "337-TA-1398",
      stage: "instituted",
      title: "Institution",
      publishedAt: day,
    });
    const institutionZh = fingerprintOf({
      caseNumber: "337-ta-1398",
      stage: "instituted",
      title: "立案",
      publishedAt: FETCHED_AT,
    });
    expect(institutionEn).toBe(institutionZh);
  });

  test("a law change that cites an investigation is not given its case number", () => {
    const result = normaliseEntry(
      rawEntry({
        title: "ITC amends its Section 337 rules",
        summaryHtml: "Following 337-TA-1452, the Commission amended 19 CFR 210.",
      }),
      { id: "law", kind: "law", jurisdiction: "US", language: "en" },
      FETCHED_AT,
    );
    expect(result.ok && [result.item.caseType, result.item.caseNumber, result.item.stage]).toEqual(["law-rule-change", null, null]);
  });

  test("a Schedule A docket number is taken as the case number", async () => {
    const { items } = await processFixture("rss2.xml", { id: 1, kind: "news", jurisdiction: "US", language: "en" });
    expect(items[2]).toMatchObject({
      caseType: "schedule-a-tro",
      caseNumber: "1:26-cv-10452",
      industries: ["toys", "ecommerce-goods"],
    });
  });

  test("Chinese law-change items are law or rule changes with Beijing-time dates", async () => {
    const { items } = await processFixture("zh-law-changes.xml", { id: 2, kind: "law", jurisdiction: "CN", language: "zh" }, "+08:00");
    expect(items.map((i) => [i.caseType, i.ipTypes, i.publishedAt.toISOString()])).toEqual([
      ["law-rule-change", ["design"], "2026-10-28T01:30:00.000Z"],
      ["law-rule-change", ["patent", "design"], "2026-10-26T06:00:00.000Z"],
      ["law-rule-change", ["trademark"], "2026-10-20T02:00:00.000Z"],
    ]);
  });

  test("every normalised fixture item satisfies RiskItemInputSchema", async () => {
    for (const name of ["rss2.xml", "rss1.rdf", "atom-xml-base.xml", "big5-ipnews.xml", "utf8-bom.xml", "utf16le-bom.xml"]) {
      const { items } = await processFixture(name, { id: 3, kind: "news", jurisdiction: "EU", language: "en" });
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) expect(RiskItemInputSchema.safeParse(item).success).toBe(true);
    }
  });

  test("the pipeline reports a bad-date entry as skipped by its position and keeps the rest", async () => {
    const result = await processFixture("atom-bad-date.xml", {
      id: 4,
      kind: "case",
      jurisdiction: "GB",
      language: "en",
    });
    expect(result.entryCount).toBe(3);
    expect(result.items.map((i) => i.title)).toEqual([
      "Opposition O/0871/26 upheld against bad-faith trade mark filing",
      "Revised tribunal practice notice on evidence rounds",
    ]);
    expect(result.skipped).toEqual([{ index: 1, reason: 'unparsable <updated> date "31/02/2026 25:61"' }]);
    expect(result.items[0].caseType).toBe("trademark-opposition");
  });
});

describe("fetch → decode → parse → normalise over HTTP", () => {
  let server: FeedServer;
  beforeAll(async () => {
    server = await startFeedServer({ dir: FIXTURES });
  });
  afterAll(async () => {
    await server.close();
  });

  test("a GBK feed served with a charset header and gzip arrives as the exact Chinese items", async () => {
    const fetched = await fetchFeed(server.url("/gzip/gbk-alerts.xml?charset=gbk"), { networkPolicy: LOOPBACK });
    if (fetched.kind !== "ok") throw new Error("expected a body");
    const result = await processFeedBytes({
      bytes: fetched.bytes,
      contentType: fetched.contentType,
      feedUrl: fetched.finalUrl,
      source: { id: "cn", kind: "news", jurisdiction: "CN", language: "zh" },
      fetchedAt: FETCHED_AT,
      naiveDateOffset: "+08:00",
    });
    expect(result).toMatchObject({
      format: "rss2",
      encoding: "gbk",
      encodingSource: "http",
      title: "海外维权预警快讯",
    });
    expect(result.items.map((i) => [i.title, i.caseType])).toEqual([
      ["美国ITC对锂离子电池发起337调查，深圳联芯动力等5家企业被列为被申请人", "us-itc-337"],
      ["德国展会禁令：两家中国LED照明企业在法兰克福展会遭临时禁令", "trade-fair-injunction"],
      ["亚马逊“Schedule A”案件激增：玩具卖家店铺资金被冻结", "schedule-a-tro"],
    ]);
  });

  test("relative links in an Atom feed resolve against xml:base, not the server it came from", async () => {
    const fetched = await fetchFeed(server.url("/redirect/2?to=atom-xml-base.xml"), { networkPolicy: LOOPBACK });
    if (fetched.kind !== "ok") throw new Error("expected a body");
    const result = await processFeedBytes({
      bytes: fetched.bytes,
      contentType: fetched.contentType,
      feedUrl: fetched.finalUrl,
      source: { id: "eu", kind: "case", jurisdiction: "EU", language: "en" },
      fetchedAt: FETCHED_AT,
    });
    expect(result.items.map((i) => i.link)).toEqual([
      "https://cases.example.eu/courts/decisions/2026/ddf-pi-0412",
      "https://cases.example.eu/archive/2026/munich-design-lamps.html",
      "https://cases.example.eu/courts/decisions/2026/paris-tm-0107",
    ]);
  });
});

// The fixture server listens on loopback, which fetchFeed refuses unless opened.
const LOOPBACK = parseNetworkAllowList("127.0.0.1");
