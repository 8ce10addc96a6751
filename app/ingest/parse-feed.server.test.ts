import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { decodeFeedBytes, detectFeedEncoding } from "./decode.server.ts";
import {
  FeedParseError,
  parseFeed,
  parseFeedDate,
  parseFeedInBatches,
  parseUtf8FeedInBatches,
  repairXmlText,
  splitFeedText,
  type BatchOptions,
  type ParsedFeed,
  type ParseFeedOptions,
  type RawEntry,
  type SkippedEntry,
} from "./parse-feed.server.ts";

const fixtureText = (name: string) => decodeFeedBytes(readFileSync(new URL(`../../tests/fixtures/feeds/${name}`, import.meta.url))).text;

const parseFixture = (name: string, feedUrl = `https://feeds.example.org/${name}`) => parseFeed(fixtureText(name), { feedUrl });

describe("parseFeed on the fixtures", () => {
  test("RSS 2.0: titles, links (relative and with a bare &), guids, dates, authors and HTML", async () => {
    const feed = await parseFixture("rss2.xml", "https://ipwatch.example.com/feed/rss2.xml");
    expect(feed.format).toBe("rss2");
    expect(feed.title).toBe("IP Trade Watch — Cross-Border Litigation News");
    expect(feed.link).toBe("https://ipwatch.example.com/");
    expect(feed.skipped).toEqual([]);
    expect(feed.entries.map((e) => [e.title, e.link, e.id])).toEqual([
      [
        "USPTO final rule raises design patent fees from January 2027",
        "https://ipwatch.example.com/news/2026/11/uspto-design-fee-rule",
        "ipwatch-2026-1103-01",
      ],
      [
        "Schedule A filings against Chinese toy sellers rise in the Northern District of Illinois",
        "https://ipwatch.example.com/news/2026/11/schedule-a-toys",
        "ipwatch-2026-1102-02",
      ],
      [
        "Court docket search: Brightstar Toys v. The Partnerships (1:26-cv-10452) & related cases",
        "https://ipwatch.example.com/search?case=1:26-cv-10452&court=ilnd&sort=date",
        "https://ipwatch.example.com/search?case=1:26-cv-10452&court=ilnd&sort=date",
      ],
      ["EU customs detained 12,000 counterfeit power banks at Rotterdam", "https://ipwatch.example.com/news/2026/10/rotterdam-power-banks", null],
    ]);
    const [first, second] = feed.entries;
    expect(first.published?.toISOString()).toBe("2026-11-03T08:00:00.000Z");
    expect(second.published?.toISOString()).toBe("2026-11-02T08:30:00.000Z");
    expect(first.authors).toEqual(["Margaret Ellison"]);
    expect(first.categories).toEqual(["Rules", "Design"]);
    expect(first.summaryHtml).toContain("<strong>final rule</strong>");
    expect(first.contentHtml).toContain("Applicants filing through the Hague system are also affected.");
  });

  test("RSS 1.0 (RDF): items outside the channel, dc:date and rdf:about as id", async () => {
    const feed = await parseFixture("rss1.rdf");
    expect(feed).toMatchObject({
      format: "rss1",
      title: "EU IP Enforcement Bulletin",
      link: "https://euipnews.example.eu/",
    });
    expect(feed.entries.map((e) => [e.title, e.link, e.id, e.published?.toISOString()])).toEqual([
      [
        "EU design reform: second phase of the Community Design Regulation amendments takes effect",
        "https://euipnews.example.eu/2026/10/design-reform-phase-two",
        "https://euipnews.example.eu/2026/10/design-reform-phase-two",
        "2026-10-29T09:00:00.000Z",
      ],
      [
        "Hamburg customs detention: 8,400 building block sets held on trademark grounds",
        "https://euipnews.example.eu/2026/10/toys-detained-hamburg",
        "https://euipnews.example.eu/2026/10/toys-detained-hamburg",
        "2026-10-27T13:20:00.000Z",
      ],
    ]);
    expect(feed.entries[0].categories).toEqual(["Design"]);
  });

  test("Atom: links resolve against entry and feed xml:base, xhtml and html titles become text", async () => {
    const feed = await parseFixture("atom-xml-base.xml", "https://feeds.example.org/courts/decisions.atom");
    expect(feed.format).toBe("atom");
    expect(feed.title).toBe("European Patent Court Decisions");
    expect(feed.link).toBe("https://cases.example.eu/courts/decisions/");
    expect(feed.entries.map((e) => [e.title, e.link])).toEqual([
      [
        "Düsseldorf Local Division grants provisional injunction against photovoltaic inverter maker at Intersolar",
        "https://cases.example.eu/courts/decisions/2026/ddf-pi-0412",
      ],
      ["Munich Regional Court: design infringement by LED desk lamps", "https://cases.example.eu/archive/2026/munich-design-lamps.html"],
      ["Paris Judicial Court: trademark squatting claim rejected", "https://cases.example.eu/courts/decisions/2026/paris-tm-0107"],
    ]);
    const [first, second, third] = feed.entries;
    expect(first.published?.toISOString()).toBe("2026-11-02T08:30:00.000Z");
    expect(first.updated?.toISOString()).toBe("2026-11-02T10:00:00.000Z");
    expect(first.categories).toEqual(["Patent"]);
    // A text construct is escaped into HTML so downstream code treats every summary alike.
    expect(second.summaryHtml).toBe("Court found that LED desk lamps infringe a registered Community design &amp; ordered recall.");
    expect(second.published).toBeNull();
    expect(third.contentHtml).toBe("<p>The court rejected a bad-faith filing claim brought against a Chinese furniture exporter.</p>");
  });

  test("Atom: an entry with an unparsable date is skipped with a reason while the others parse", async () => {
    const feed = await parseFixture("atom-bad-date.xml");
    expect(feed.entries.map((e) => [e.index, e.title])).toEqual([
      [0, "Opposition O/0871/26 upheld against bad-faith trade mark filing"],
      [2, "Revised tribunal practice notice on evidence rounds"],
    ]);
    expect(feed.skipped).toEqual([{ index: 1, reason: 'unparsable <updated> date "31/02/2026 25:61"' }]);
  });

  test("a GBK feed, once decoded, parses to the exact Chinese titles and Beijing-time dates", async () => {
    const feed = await parseFeed(fixtureText("gbk-alerts.xml"), {
      feedUrl: "https://alerts.example.cn/rss.xml",
      naiveDateOffset: "+08:00",
    });
    expect(feed.title).toBe("海外维权预警快讯");
    expect(feed.entries.map((e) => [e.title, e.published?.toISOString()])).toEqual([
      ["美国ITC对锂离子电池发起337调查，深圳联芯动力等5家企业被列为被申请人", "2026-11-03T02:00:00.000Z"],
      ["德国展会禁令：两家中国LED照明企业在法兰克福展会遭临时禁令", "2026-10-28T07:20:00.000Z"],
      ["亚马逊“Schedule A”案件激增：玩具卖家店铺资金被冻结", "2026-10-25T01:00:00.000Z"],
    ]);
  });

  test("Big5, BOM-prefixed and UTF-16 feeds parse to their exact titles", async () => {
    expect((await parseFixture("big5-ipnews.xml")).entries.map((e) => e.title)).toEqual([
      "商標審查基準修正草案公告，開放各界提供意見",
      "臺灣光電廠商遭美國337調查 涉及太陽能模組專利",
    ]);
    expect((await parseFixture("utf8-bom.xml")).entries.map((e) => e.title)).toEqual(["Saisie douanière de jouets contrefaisants au Havre — 海关扣留"]);
    const utf16 = await parseFixture("utf16le-bom.xml");
    expect(utf16).toMatchObject({ format: "atom", title: "日本知財ニュース（UTF-16）" });
    expect(utf16.entries.map((e) => [e.title, e.link])).toEqual([
      ["知的財産高等裁判所、意匠権侵害を認定 中国製ドライヤー", "https://chizai.example.jp/2026/11/design-hair-dryer"],
    ]);
  });

  test("Chinese law-change items read Chinese and naive dates at the offset given", async () => {
    const feed = await parseFeed(fixtureText("zh-law-changes.xml"), {
      feedUrl: "https://law.example.cn/overseas/rss.xml",
      naiveDateOffset: "+08:00",
    });
    expect(feed.entries.map((e) => [e.title, e.published?.toISOString()])).toEqual([
      ["欧盟《外观设计条例》修订案第二阶段将于2026年7月1日施行", "2026-10-28T01:30:00.000Z"],
      ["美国专利商标局调整专利收费标准，小实体减免比例变化", "2026-10-26T06:00:00.000Z"],
      ["墨西哥《工业产权保护法》实施细则公布，商标异议期缩短至一个月", "2026-10-20T02:00:00.000Z"],
    ]);
  });

  test("script elements written raw inside a title contribute no words to it", async () => {
    const feed = await parseFixture("xss-payloads.xml");
    expect(feed.title).toBe("Untrusted Aggregator");
    expect(feed.entries[0].title).toBe("Counterfeit LED bulbs seized");
  });

  test("a non-http link stays as the feed gave it (the normaliser drops it)", async () => {
    const feed = await parseFixture("xss-payloads.xml");
    expect(feed.entries[1].link).toBe("javascript:alert('link')");
  });

  test("malformed XML fails with FeedParseError naming the problem and its position", async () => {
    const attempt = parseFixture("malformed.xml");
    await expect(attempt).rejects.toBeInstanceOf(FeedParseError);
    await expect(parseFixture("malformed.xml")).rejects.toThrow("Not well-formed XML: Unexpected close tag at line 8, column 11");
  });
});

describe("parseFeed around rss-parser's gaps", () => {
  const feedUrl = "https://example.org/feeds/main.xml";

  test("<rss> without a version attribute is read as RSS 2.0", async () => {
    const feed = await parseFeed("<rss><channel><title>T</title><item><title>A</title></item></channel></rss>", {
      feedUrl,
    });
    expect(feed.format).toBe("rss2");
    expect(feed.entries.map((e) => e.title)).toEqual(["A"]);
  });

  test("<rss> without a <channel> still yields its items", async () => {
    const feed = await parseFeed('<rss version="2.0"><title>T</title><item><title>A</title><link>/a</link></item></rss>', {
      feedUrl,
    });
    expect(feed.title).toBe("T");
    expect(feed.entries.map((e) => [e.title, e.link])).toEqual([["A", "https://example.org/a"]]);
  });

  test("Atom <link> elements without href are ignored or read from their text, never fatal", async () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><link/>
      <entry><title>A</title><link>https://example.org/a</link><updated>2026-01-01T00:00:00Z</updated></entry>
      <entry><title>B</title><link/><link rel="alternate" href="b"/><updated>2026-01-01T00:00:00Z</updated></entry></feed>`;
    const feed = await parseFeed(xml, { feedUrl });
    expect(feed.entries.map((e) => [e.title, e.link])).toEqual([
      ["A", "https://example.org/a"],
      ["B", "https://example.org/feeds/b"],
    ]);
  });

  test("the alternate link is chosen over self and enclosure links, and a link's own xml:base applies", async () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
      <entry><title>A</title><link rel="self" href="/api/1"/><link rel="enclosure" href="/f.pdf"/>
      <link rel="alternate" type="text/html" xml:base="https://other.example.net/x/" href="page"/>
      <updated>2026-01-01T00:00:00Z</updated></entry></feed>`;
    const feed = await parseFeed(xml, { feedUrl });
    expect(feed.entries[0].link).toBe("https://other.example.net/x/page");
  });

  test("a bare & and an undeclared entity are repaired instead of rejecting the feed", async () => {
    const xml = `<rss version="2.0"><channel><title>Q&A &foo; &nbsp;x</title>
      <item><title>A</title><link>https://example.org/s?a=1&b=2</link></item></channel></rss>`;
    const feed = await parseFeed(xml, { feedUrl });
    expect(feed.title).toBe("Q&A &foo; x");
    expect(feed.entries[0].link).toBe("https://example.org/s?a=1&b=2");
  });

  test("an & inside CDATA is left as it is", () => {
    expect(repairXmlText("<a><![CDATA[x & y]]> & z</a>")).toBe("<a><![CDATA[x & y]]> &amp; z</a>");
  });

  test("an xhtml title keeps its words in document order", async () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry>
      <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Foo <b>bar</b> baz &amp; co</div></title>
      <updated>2026-01-01T00:00:00Z</updated></entry></feed>`;
    expect((await parseFeed(xml, { feedUrl })).entries[0].title).toBe("Foo bar baz & co");
  });

  test("RSS without a link uses a permalink guid, but not one marked isPermaLink=false", async () => {
    const xml = `<rss version="2.0"><channel><title>T</title>
      <item><title>A</title><guid>https://example.org/p/1</guid></item>
      <item><title>B</title><guid isPermaLink="false">https://example.org/p/2</guid></item></channel></rss>`;
    const feed = await parseFeed(xml, { feedUrl });
    expect(feed.entries.map((e) => e.link)).toEqual(["https://example.org/p/1", null]);
  });

  test("an RSS item with an unreadable pubDate is kept with no date", async () => {
    const xml = `<rss version="2.0"><channel><title>T</title><item><title>A</title><pubDate>soon</pubDate></item></channel></rss>`;
    const feed = await parseFeed(xml, { feedUrl });
    expect(feed.entries).toHaveLength(1);
    expect(feed.entries[0].published).toBeNull();
  });

  test("an HTML page instead of a feed fails with a message saying so", async () => {
    await expect(parseFeed("<!DOCTYPE html><html><body>Moved</body></html>", { feedUrl })).rejects.toThrow(
      "Received an HTML page, not a feed (the URL may have moved)",
    );
  });

  test("well-formed XML that is not a feed fails naming its root element", async () => {
    await expect(parseFeed("<opml version='2.0'><body/></opml>", { feedUrl })).rejects.toThrow(
      "Not a feed: the root element is <opml>; expected <rss>, <rdf:RDF> or Atom <feed>",
    );
  });

  test("an empty document fails as a parse error", async () => {
    await expect(parseFeed("   ", { feedUrl })).rejects.toBeInstanceOf(FeedParseError);
  });
});

describe("parseFeedDate", () => {
  test.each([
    ["Tue, 03 Nov 2026 08:00:00 GMT", "Z", "2026-11-03T08:00:00.000Z"],
    ["Tue, 3 Nov 2026 16:00:00 +0800", "Z", "2026-11-03T08:00:00.000Z"],
    ["2026-11-03T16:00:00+08:00", "Z", "2026-11-03T08:00:00.000Z"],
    ["2026-11-03 16:00:00", "+08:00", "2026-11-03T08:00:00.000Z"],
    ["2026-11-03 16:00", "Z", "2026-11-03T16:00:00.000Z"],
    ["2026/11/3", "+08:00", "2026-11-02T16:00:00.000Z"],
    ["2026年11月3日 16:00", "+08:00", "2026-11-03T08:00:00.000Z"],
    ["2026年11月3日", "+08:00", "2026-11-02T16:00:00.000Z"],
  ])("%s (naive dates at %s) is %s", (raw, offset, iso) => {
    expect(parseFeedDate(raw, offset)?.toISOString()).toBe(iso);
  });

  test.each(["", "soon", "31/02/2026 25:61", "0001-01-01T00:00:00Z"])("%j is not a usable date", (raw) => {
    expect(parseFeedDate(raw)).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------
// Large documents are parsed in batches of entries; the result must be the whole parse's.

const WHOLE: BatchOptions = { chunkThreshold: Infinity };

async function wholeAndBatched(text: string, options: ParseFeedOptions, batching: BatchOptions) {
  const settle = (p: Promise<unknown>) =>
    p.then(
      (value) => ({ value }),
      (error: unknown) => ({ error: String(error) }),
    );
  const whole = await settle(parseFeed(text, { ...options, ...WHOLE }));
  const batches: { entries: RawEntry[]; skipped: SkippedEntry[] }[] = [];
  const batched = await settle(
    parseFeedInBatches(text, { ...options, ...batching }, (entries, skipped) => {
      batches.push({ entries: [...entries], skipped: [...skipped] });
    }),
  );
  return { whole, batched, batches };
}

function joined(batches: { entries: RawEntry[]; skipped: SkippedEntry[] }[]) {
  return { entries: batches.flatMap((b) => b.entries), skipped: batches.flatMap((b) => b.skipped) };
}

/** An RSS/Atom/RDF document with `count` entries and the awkward parts a splitter must respect. */
function awkwardFeed(kind: "rss2" | "rss-direct" | "rss1" | "atom", count: number): string {
  const entries: string[] = [];
  for (let i = 0; i < count; i++) {
    const body =
      i % 4 === 0
        ? `<![CDATA[<p>CDATA with markup: </item></entry><item><entry> &amp; a bare & too</p>]]>`
        : i % 4 === 1
          ? `&lt;p&gt;Escaped &amp;amp; HTML &lt;/p&gt; and a bare & and &nbsp;`
          : i % 4 === 2
            ? `Plain text <!-- a comment with </item> and <item> in it --> after`
            : "";
    if (kind === "atom") {
      const date = i === 5 ? "31/02/2026 25:61" : `2026-10-${String((i % 28) + 1).padStart(2, "0")}T08:00:00Z`;
      entries.push(
        `<entry${i % 3 === 0 ? ` xml:base="/e${i}/"` : ""}><id>urn:e:${i}</id><title type="${i % 2 ? "html" : "text"}">Entry ${i} &amp; co</title>` +
          `<link rel="alternate" href="page-${i}"/><updated>${date}</updated><summary type="html">${body}</summary></entry>`,
      );
    } else if (i % 9 === 8) {
      entries.push(`<item/>`);
    } else {
      entries.push(
        `<item${kind === "rss1" ? ` rdf:about="https://example.org/r/${i}"` : ""}><title>Item ${i}</title>` +
          `<link>/items/${i}?a=1&b=2</link><guid isPermaLink="false">g-${i}</guid>` +
          `<pubDate>Tue, 0${(i % 9) + 1} Nov 2026 08:00:00 GMT</pubDate><description>${body}</description>` +
          `<item>a nested element named item</item></item>`,
      );
    }
    // Between entries: whitespace, a comment, sometimes another element of the container.
    entries.push(i % 5 === 0 ? `\n  <!-- <item>not an item</item> -->\n  ` : i % 7 === 0 ? `<category>c${i}</category>` : "\n  ");
  }
  const items = entries.join("");
  switch (kind) {
    case "rss2":
      return `<?xml version="1.0" encoding="UTF-8"?>\n<!-- a prolog comment -->\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel xml:base="https://example.org/base/"><title>Awkward &amp; Co</title><link>https://example.org/</link>\n  ${items}<atom:link href="https://example.org/feed" rel="self"/></channel></rss>\n<!-- trailing -->\n`;
    case "rss-direct":
      return `<rss version="2.0"><title>Direct</title><link>https://example.org/</link>${items}</rss>`;
    case "rss1":
      return `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel rdf:about="https://example.org/"><title>RDF</title><link>https://example.org/</link></channel>${items}</rdf:RDF>`;
    case "atom":
      return `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://example.org/atom/"><title>Atom</title><link href="https://example.org/"/>${items}</feed>`;
  }
}

describe("parseFeedInBatches: batches give the whole parse's entries", () => {
  const fixtures = readdirSync(new URL("../../tests/fixtures/feeds/", import.meta.url)).filter((f) => /\.(xml|rdf)$/.test(f));

  test.each(fixtures)("fixture %s, one to three entries per batch", async (name) => {
    const text = fixtureText(name);
    for (const batchEntries of [1, 2, 3]) {
      const { whole, batched, batches } = await wholeAndBatched(
        text,
        { feedUrl: `https://feeds.example.org/${name}` },
        {
          chunkThreshold: 0,
          batchEntries,
        },
      );
      if ("error" in whole) {
        expect(batched).toEqual(whole);
        continue;
      }
      const feed = whole.value as ParsedFeed;
      expect(joined(batches)).toEqual({ entries: feed.entries, skipped: feed.skipped });
      expect(batched).toEqual({
        value: {
          format: feed.format,
          title: feed.title,
          link: feed.link,
          entryCount: feed.entries.length + feed.skipped.length,
          batches: batches.length,
          chunked: batches.length > 1,
          warnings: feed.warnings,
        },
      });
      const count = feed.entries.length + feed.skipped.length;
      expect(batches.length).toBe(count > batchEntries ? Math.ceil(count / batchEntries) : 1);
    }
  });

  test.each(["rss2", "rss-direct", "rss1", "atom"] as const)(
    "a generated %s feed with CDATA, comments, nested and self-closing items and a bad entry",
    async (kind) => {
      const text = awkwardFeed(kind, 40);
      for (const batching of [{ batchEntries: 7 }, { batchEntries: 1 }, { batchEntries: 500, batchChars: 900 }]) {
        const { whole, batched, batches } = await wholeAndBatched(
          text,
          { feedUrl: "https://example.org/feed.xml" },
          {
            chunkThreshold: 0,
            ...batching,
          },
        );
        const feed = (whole as { value: ParsedFeed }).value;
        expect(feed.entries.length + feed.skipped.length).toBe(40);
        expect(joined(batches)).toEqual({ entries: feed.entries, skipped: feed.skipped });
        expect(batched).toMatchObject({ value: { chunked: true, entryCount: 40, title: feed.title, link: feed.link } });
        expect(batches.length).toBeGreaterThan(1);
      }
    },
  );

  test("the default threshold parses documents under about 1 MB whole, larger ones in batches", async () => {
    const small = await wholeAndBatched(awkwardFeed("rss2", 40), { feedUrl: "https://example.org/" }, {});
    expect(small.batches).toHaveLength(1);
    expect(small.batched).toMatchObject({ value: { chunked: false, batches: 1 } });

    const large = awkwardFeed("rss2", 6000);
    expect(large.length).toBeGreaterThan(1_000_000);
    const { whole, batched, batches } = await wholeAndBatched(large, { feedUrl: "https://example.org/" }, {});
    expect(batched).toMatchObject({ value: { chunked: true, entryCount: 6000 } });
    expect(batches.length).toBeGreaterThan(5);
    expect(batches.every((b) => b.entries.length + b.skipped.length <= 500)).toBe(true);
    const feed = (whole as { value: ParsedFeed }).value;
    expect(joined(batches)).toEqual({ entries: feed.entries, skipped: feed.skipped });
  });

  test("a document that is not cleanly splittable is parsed whole, with the same result", async () => {
    const base = awkwardFeed("rss2", 12);
    const unclean = [
      // A DTD with an internal subset.
      base.replace("<rss ", '<!DOCTYPE rss [<!ENTITY x "y">]>\n<rss '),
      // Content after the root element.
      base + "<rss/>",
      // An end tag that closes the wrong element.
      base.replace("<title>Item 3</title>", "<title>Item 3</b></title>"),
    ];
    for (const text of unclean) {
      expect(splitFeedText(repairXmlText(text))).toBeNull();
      const { whole, batched, batches } = await wholeAndBatched(
        text,
        { feedUrl: "https://example.org/" },
        {
          chunkThreshold: 0,
          batchEntries: 2,
        },
      );
      if ("error" in whole) {
        expect(batched).toEqual(whole);
        expect(batches).toEqual([]);
      } else {
        expect(batched).toMatchObject({ value: { chunked: false, batches: 1 } });
        const feed = whole.value as ParsedFeed;
        expect(joined(batches)).toEqual({ entries: feed.entries, skipped: feed.skipped });
      }
    }
  });

  test("a document broken inside a later batch fails with the whole parse's error", async () => {
    // Balanced tags (so the scan accepts it) but an attribute without quotes in entry 9.
    const text = awkwardFeed("rss2", 12).replace("<title>Item 9</title>", "<title lang=en>Item 9</title>");
    expect(splitFeedText(repairXmlText(text))).not.toBeNull();
    const { whole, batched, batches } = await wholeAndBatched(
      text,
      { feedUrl: "https://example.org/" },
      {
        chunkThreshold: 0,
        batchEntries: 4,
      },
    );
    expect(whole).toMatchObject({ error: expect.stringContaining("FeedParseError: Not well-formed XML: ") });
    expect(batched).toEqual(whole);
    // The batches before the broken one were handed over.
    expect(batches.map((b) => b.entries.length)).toEqual([4, 4]);
  });

  test("an error from the batch handler stops the parse and is rethrown", async () => {
    let calls = 0;
    const attempt = parseFeedInBatches(awkwardFeed("atom", 10), { feedUrl: "https://example.org/", chunkThreshold: 0, batchEntries: 3 }, () => {
      calls++;
      if (calls === 2) throw new Error("store failed");
    });
    await expect(attempt).rejects.toThrow("store failed");
    expect(calls).toBe(2);
  });
});

describe("parseUtf8FeedInBatches: UTF-8 bytes split and decoded piece by piece", () => {
  async function viaBytes(bytes: Buffer, options: ParseFeedOptions & BatchOptions) {
    const detected = detectFeedEncoding(bytes);
    const batches: { entries: RawEntry[]; skipped: SkippedEntry[] }[] = [];
    const summary = await parseUtf8FeedInBatches(bytes, detected.offset, options, (entries, skipped) => {
      batches.push({ entries: [...entries], skipped: [...skipped] });
    }).then(
      (value) => ({ value }),
      (error: unknown) => ({ error: String(error) }),
    );
    return { summary, ...joined(batches), batches: batches.length };
  }

  test.each(
    readdirSync(new URL("../../tests/fixtures/feeds/", import.meta.url)).filter(
      (f) => /\.(xml|rdf)$/.test(f) && detectFeedEncoding(readFileSync(new URL(`../../tests/fixtures/feeds/${f}`, import.meta.url))).decoder === "utf-8",
    ),
  )("fixture %s", async (name) => {
    const bytes = readFileSync(new URL(`../../tests/fixtures/feeds/${name}`, import.meta.url));
    const options = { feedUrl: `https://feeds.example.org/${name}` };
    const whole = await parseFeed(decodeFeedBytes(bytes).text, { ...options, ...WHOLE }).then(
      (value) => ({ value }),
      (error: unknown) => ({ error: String(error) }),
    );
    for (const batchEntries of [1, 2]) {
      const got = await viaBytes(bytes, { ...options, chunkThreshold: 0, batchEntries });
      if ("error" in whole) expect(got.summary).toEqual(whole);
      else expect({ entries: got.entries, skipped: got.skipped }).toEqual({ entries: whole.value.entries, skipped: whole.value.skipped });
    }
  });

  test("non-ASCII text, invalid UTF-8 and a BOM give the decoded text's entries", async () => {
    const text = awkwardFeed("rss2", 30)
      .replace(/Item (\d+)/g, "条目 $1 — Ünïcödé 😀")
      .replace("<channel ", '<channel title="频道 &amp; co" ');
    const utf8 = Buffer.from(text);
    // A stray continuation byte and a truncated sequence inside entries' text.
    const broken = Buffer.concat([utf8.subarray(0, utf8.indexOf("条目 7")), Buffer.from([0x80, 0xe2, 0x82]), utf8.subarray(utf8.indexOf("条目 7"))]);
    for (const bytes of [utf8, broken, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8])]) {
      const whole = await parseFeed(decodeFeedBytes(bytes).text, { feedUrl: "https://example.org/", ...WHOLE });
      const got = await viaBytes(bytes, { feedUrl: "https://example.org/", chunkThreshold: 0, batchEntries: 4 });
      expect(got.summary).toMatchObject({ value: { chunked: true, title: whole.title, entryCount: 30 } });
      expect({ entries: got.entries, skipped: got.skipped }).toEqual({ entries: whole.entries, skipped: whole.skipped });
    }
  });

  test("an xhtml construct, an HTML page or a broken document is handled as the decoded text is", async () => {
    const xhtml = Buffer.from(
      awkwardFeed("atom", 12).replace(
        '<title type="html">Entry 3 &amp; co</title>',
        '<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Entry <b>3</b></div></title>',
      ),
    );
    const whole = await parseFeed(decodeFeedBytes(xhtml).text, { feedUrl: "https://example.org/", ...WHOLE });
    const got = await viaBytes(xhtml, { feedUrl: "https://example.org/", chunkThreshold: 0, batchEntries: 4 });
    expect(got.entries.map((e) => e.title)).toContain("Entry 3");
    expect({ entries: got.entries, skipped: got.skipped }).toEqual({ entries: whole.entries, skipped: whole.skipped });

    const html = await viaBytes(Buffer.from("  <!DOCTYPE html><html><body>Moved</body></html>"), { feedUrl: "https://example.org/", chunkThreshold: 0 });
    expect(html).toMatchObject({ summary: { error: "FeedParseError: Received an HTML page, not a feed (the URL may have moved)" }, batches: 0 });

    const broken = Buffer.from(awkwardFeed("rss2", 12).replace("<title>Item 9</title>", "<title lang=en>Item 9</title>"));
    const brokenWhole = await parseFeed(broken.toString(), { feedUrl: "https://example.org/", ...WHOLE }).catch(String);
    expect((await viaBytes(broken, { feedUrl: "https://example.org/", chunkThreshold: 0, batchEntries: 4 })).summary).toEqual({ error: brokenWhole });
  });
});

describe("splitFeedText", () => {
  test("finds the entries of the first channel, skipping CDATA and comments", () => {
    const text =
      '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>' +
      "<item><title><![CDATA[</item><item>]]></title></item><!-- <item> -->" +
      "<item><description>x</description></item><item/></channel><channel><item>other</item></channel></rss>";
    const split = splitFeedText(text)!;
    expect(split).toMatchObject({ path: ["rss", "channel"], itemName: "item", close: "</channel></rss>" });
    const [rootStart, rootEnd, channelStart, channelEnd] = split.openRanges;
    expect(text.slice(rootStart, rootEnd) + text.slice(channelStart, channelEnd)).toBe('<rss version="2.0"><channel>');
    expect(split.starts.map((s, k) => text.slice(s, split.ends[k]))).toEqual([
      "<item><title><![CDATA[</item><item>]]></title></item>",
      "<item><description>x</description></item>",
      "<item/>",
    ]);
  });

  test("reads Atom entries, RSS 1.0 items and items directly under <rss>", () => {
    expect(splitFeedText('<feed xmlns="http://www.w3.org/2005/Atom"><entry/><entry><id>x</id></entry></feed>')).toMatchObject({
      path: ["feed"],
      itemName: "entry",
      starts: [42, 50],
    });
    expect(splitFeedText("<rdf:RDF><channel/><item/></rdf:RDF>")).toMatchObject({ path: ["rdf:RDF"], starts: [19] });
    expect(splitFeedText("<rss><channel><title>T</title></channel><item/></rss>")).toMatchObject({ path: ["rss"], starts: [40] });
  });

  test.each([
    ["an unclosed root", "<rss><channel><item></item></channel>"],
    ["a stray end tag", "<rss><channel><item></x></item></channel></rss>"],
    ["an unterminated comment", "<rss><channel><item><!-- </item></channel></rss>"],
    ["an unknown root", "<opml><body/></opml>"],
    ["text before the root", "hello <rss/>"],
  ])("gives up on %s", (_what, text) => {
    expect(splitFeedText(text)).toBeNull();
  });
});
