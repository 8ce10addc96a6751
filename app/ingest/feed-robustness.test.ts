// One fixture per class of feed that real servers send and a careless reader loses (found on
// the Universal Feed Parser's test corpus; see tests/bench/feed-corpus.ts for the figures).
import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { describe, expect, test } from "vitest";
import { processFeedBytes, type ProcessFeedInput } from "./pipeline.server.ts";

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/feeds/robustness/${name}`, import.meta.url));
const run = (bytes: Uint8Array, extra: Partial<ProcessFeedInput> = {}) =>
  processFeedBytes({
    bytes,
    feedUrl: "https://feeds.example.test/feed.xml",
    source: { id: "s", kind: "news", jurisdiction: "US", language: "en" },
    fetchedAt: new Date("2026-11-20T00:00:00Z"),
    ...extra,
  });

describe("feeds a careless reader would lose", () => {
  test("a document cut off mid-entry keeps the entries before the break and says what happened", async () => {
    const feed = await run(fixture("truncated.xml"));
    expect(feed.title).toBe("USITC News Releases");
    expect(feed.items.map((i) => i.title)).toEqual([
      "USITC Institutes Section 337 Investigation of Certain Photovoltaic Modules",
      "USITC Institutes Section 337 Investigation of Certain Lithium-Ion Battery Cells",
    ]);
    expect(feed.warnings).toEqual([expect.stringMatching(/^The document ends before its closing tags \(.+\); the entries before the break were kept$/)]);
  });

  test("a document that is broken rather than cut short still fails with the parser's reason", async () => {
    await expect(run(Buffer.from("<rss><channel><item><title>x</channel></item></rss>"))).rejects.toThrow(/^Not well-formed XML: /);
  });

  test("entries that are only a link are kept with a title made from the address", async () => {
    const feed = await run(fixture("link-only.xml"));
    expect(feed.items.map((i) => [i.title, i.link])).toEqual([
      ["courts.example.test: 1 26 cv 10452 complaint.pdf", "https://courts.example.test/filings/1-26-cv-10452-complaint.pdf"],
      ["courts.example.test: 1 26 cv 10453", "https://courts.example.test/filings/1-26-cv-10453"],
    ]);
    expect(feed.skipped).toEqual([{ index: 2, reason: "entry has neither a title, a summary nor a link" }]);
  });

  test("base64 Atom content is decoded when it is text and ignored when it is binary", async () => {
    const feed = await run(fixture("atom-base64.xml"));
    expect(feed.items[0].summary).toBe("The opposition period for EUTM 018999999 ends on 2027-02-20.");
    expect(feed.items[1].summary).toBe("A scanned decision is attached.");
    expect(feed.items[1].summary).not.toMatch(/iVBOR/);
  });

  test("RSS 1.0 in a prefixed namespace (<rss:item>) reads like the unprefixed form", async () => {
    const feed = await run(fixture("rss-prefixed.rdf"));
    expect(feed.format).toBe("rss1");
    expect(feed.title).toBe("知识产权动态");
    expect(feed.items.map((i) => [i.title, i.link])).toEqual([["美国ITC对光伏组件发起337调查", "https://ipr.example.test/2026/11/337-solar"]]);
  });

  test("Atom in a prefixed namespace (<atom:feed>) is read as Atom", async () => {
    const feed = await run(fixture("atom-prefixed.xml"));
    expect(feed.format).toBe("atom");
    expect(feed.items.map((i) => [i.title, i.link])).toEqual([["Counterfeit chargers detained in Rotterdam", "https://customs.example.test/2026/1"]]);
  });

  test("element names in another case (<RSS>, <Item>, <PubDate>) are read", async () => {
    const feed = await run(fixture("mixed-case.xml"));
    expect(feed.title).toBe("Trade Fair Watch");
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({ title: "Preliminary injunction at a Düsseldorf trade fair", link: "https://fairs.example.test/2026/injunction" });
    expect(feed.items[0].publishedAt.toISOString()).toBe("2026-11-17T10:00:00.000Z");
  });

  test("a GBK feed that declares no charset is detected, decoded and the guess recorded", async () => {
    const text =
      "<rss><channel><title>海外知识产权纠纷预警</title><item><title>美国国际贸易委员会对锂电池储能产品发起337调查</title>" +
      "<link>https://ipr.example.test/a</link><description>涉案中国企业包括宁波和深圳的多家电池生产商，应诉期限为送达后二十日。</description></item></channel></rss>";
    const feed = await run(iconv.encode(text, "gbk"));
    expect(feed.encodingSource).toBe("detected");
    expect(feed.items[0].title).toBe("美国国际贸易委员会对锂电池储能产品发起337调查");
    expect(feed.warnings[0]).toMatch(/not UTF-8; decoded as gb/);
  });

  test("UTF-32 without a byte order mark is read", async () => {
    const text =
      '<?xml version="1.0" encoding="UTF-32"?><rss version="2.0"><channel><title>Überblick</title><item><title>专利预警</title><link>https://x.example.test/1</link></item></channel></rss>';
    const feed = await run(iconv.encode(text, "utf-32le", { addBOM: false }));
    expect(feed.items[0].title).toBe("专利预警");
    expect(feed.encoding).toBe("utf-32le");
  });
});
