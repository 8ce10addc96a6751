import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { describe, expect, test } from "vitest";
import { charsetFromContentType, decodeFeedBytes } from "./decode.server.ts";

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/feeds/${name}`, import.meta.url));

const titlesOf = (xml: string) => [...xml.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]);

describe("decodeFeedBytes", () => {
  test("a GBK feed declared in its XML declaration decodes to the exact Chinese titles", () => {
    const decoded = decodeFeedBytes(fixture("gbk-alerts.xml"));
    expect(decoded.encoding).toBe("gbk");
    expect(decoded.source).toBe("xml-declaration");
    expect(titlesOf(decoded.text)).toEqual([
      "海外维权预警快讯",
      "美国ITC对锂离子电池发起337调查，深圳联芯动力等5家企业被列为被申请人",
      "德国展会禁令：两家中国LED照明企业在法兰克福展会遭临时禁令",
      "亚马逊“Schedule A”案件激增：玩具卖家店铺资金被冻结",
    ]);
  });

  test("a Big5 feed decodes to the exact Traditional Chinese titles", () => {
    const decoded = decodeFeedBytes(fixture("big5-ipnews.xml"));
    expect(decoded).toMatchObject({ encoding: "big5", source: "xml-declaration" });
    expect(titlesOf(decoded.text)).toEqual(["智慧財產權動態", "商標審查基準修正草案公告，開放各界提供意見", "臺灣光電廠商遭美國337調查 涉及太陽能模組專利"]);
  });

  test("a UTF-8 byte order mark is honoured and removed from the text", () => {
    const decoded = decodeFeedBytes(fixture("utf8-bom.xml"));
    expect(decoded).toMatchObject({ encoding: "utf-8", source: "bom" });
    expect(decoded.text.startsWith("<?xml")).toBe(true);
    expect(titlesOf(decoded.text)[1]).toBe("Saisie douanière de jouets contrefaisants au Havre — 海关扣留");
  });

  test("UTF-16LE with a BOM and UTF-16BE without one both decode to the same Japanese text", () => {
    const le = decodeFeedBytes(fixture("utf16le-bom.xml"));
    const be = decodeFeedBytes(fixture("utf16be-nobom.xml"));
    expect(le).toMatchObject({ encoding: "utf-16le", source: "bom" });
    expect(be).toMatchObject({ encoding: "utf-16be", source: "xml-declaration" });
    expect(titlesOf(le.text)).toEqual(["日本知財ニュース（UTF-16）", "知的財産高等裁判所、意匠権侵害を認定　中国製ドライヤー"]);
    expect(be.text).toBe(le.text);
  });

  test("the HTTP charset wins over the XML declaration", () => {
    const bytes = Buffer.from('<?xml version="1.0" encoding="GBK"?><rss><channel><title>光伏组件</title></channel></rss>');
    const decoded = decodeFeedBytes(bytes, "application/rss+xml; charset=UTF-8");
    expect(decoded).toMatchObject({ encoding: "utf-8", source: "http" });
    expect(titlesOf(decoded.text)).toEqual(["光伏组件"]);
  });

  test("a byte order mark wins over the HTTP charset", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("<rss><title>锂电池</title></rss>")]);
    const decoded = decodeFeedBytes(bytes, "text/xml; charset=gbk");
    expect(decoded).toMatchObject({ encoding: "utf-8", source: "bom", text: "<rss><title>锂电池</title></rss>" });
  });

  test("a GBK feed served with charset=gbk decodes from the header", () => {
    const decoded = decodeFeedBytes(fixture("gbk-alerts.xml"), 'text/xml; charset="GBK"');
    expect(decoded.source).toBe("http");
    expect(titlesOf(decoded.text)[0]).toBe("海外维权预警快讯");
  });

  test("GB2312 labels decode with the GBK superset, so GBK-only characters survive", () => {
    // 镕 is in GBK but not in GB2312; servers labelling GBK text "gb2312" are common.
    const bytes = iconv.encode('<?xml version="1.0" encoding="gb2312"?><t>朱镕基</t>', "gbk");
    expect(decodeFeedBytes(bytes).text).toBe('<?xml version="1.0"?><t>朱镕基</t>');
  });

  test("ISO-8859-1 labels decode as windows-1252, so curly quotes in 0x80–0x9F survive", () => {
    const bytes = Buffer.from([...Buffer.from("<t>"), 0x93, 0x41, 0x94, ...Buffer.from("</t>")]);
    expect(decodeFeedBytes(bytes, "text/xml; charset=ISO-8859-1").text).toBe("<t>“A”</t>");
  });

  test("the declaration's encoding is removed once the text is decoded", () => {
    const decoded = decodeFeedBytes(fixture("gbk-alerts.xml"));
    expect(decoded.text.slice(0, 22)).toBe('<?xml version="1.0"?>\n');
  });

  test("without BOM, header or declaration the feed is read as UTF-8", () => {
    expect(decodeFeedBytes(Buffer.from("<rss><title>专利</title></rss>"))).toEqual({
      text: "<rss><title>专利</title></rss>",
      encoding: "utf-8",
      source: "default",
    });
  });

  test("an unknown charset in the header falls back to the document and says so", () => {
    const bytes = iconv.encode('<?xml version="1.0" encoding="gbk"?><rss><title>专利</title></rss>', "gbk");
    const decoded = decodeFeedBytes(bytes, "text/xml; charset=x-klingon");
    expect(decoded.text).toContain("<title>专利</title>");
    expect(decoded.encoding).toBe("gbk");
    expect(decoded.note).toBe('Unknown character encoding "x-klingon" declared in the HTTP Content-Type header; cannot decode the feed; decoded as gbk');
  });

  test("an unknown charset in the declaration falls back to UTF-8 when the bytes are UTF-8, with a note", () => {
    const decoded = decodeFeedBytes(Buffer.from('<?xml version="1.0" encoding="EBCDIC-XYZ"?><rss><title>专利</title></rss>'));
    expect(decoded).toMatchObject({ encoding: "utf-8", source: "default" });
    expect(decoded.text).toContain("<title>专利</title>");
    expect(decoded.note).toMatch(/^Unknown character encoding "EBCDIC-XYZ" declared in the XML declaration/);
  });

  test("an undeclared legacy encoding is detected and the guess recorded, not turned into U+FFFD", () => {
    const text =
      "<rss><channel><title>知识产权保护中心发布海外知识产权纠纷预警</title><description>美国国际贸易委员会对中国企业发起337调查，涉及光伏组件、锂电池和储能产品。</description></channel></rss>";
    const decoded = decodeFeedBytes(iconv.encode(text, "gbk"));
    expect(decoded.source).toBe("detected");
    expect(decoded.text).toBe(text);
    expect(decoded.note).toMatch(/not UTF-8; decoded as (gbk|gb18030) \(detected, confidence \d+%\)/);
  });

  test("iso-8859-1 is read as windows-1252, as browsers do", () => {
    const bytes = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="iso-8859-1"?><rss><title>'),
      Buffer.from([0x93, 0x51, 0x94]),
      Buffer.from("</title></rss>"),
    ]);
    expect(decodeFeedBytes(bytes).text).toContain("<title>\u201cQ\u201d</title>");
  });

  test("UTF-32 without a byte order mark is recognised by its byte pattern", () => {
    const text = '<?xml version="1.0"?><rss><channel><title>Überblick 专利</title></channel></rss>';
    for (const encoding of ["utf-32le", "utf-32be"]) {
      expect(decodeFeedBytes(iconv.encode(text, encoding, { addBOM: false }))).toMatchObject({ text, encoding });
    }
  });

  test("charset parameters are read with quotes, spaces and mixed case", () => {
    expect(charsetFromContentType('application/xml;Charset="Big5"')).toBe("big5");
    expect(charsetFromContentType("text/xml ; charset = gb18030")).toBe("gb18030");
    expect(charsetFromContentType("application/rss+xml")).toBeNull();
    expect(charsetFromContentType(undefined)).toBeNull();
  });
});
