import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import xml2js from "xml2js";
import { decodeFeedBytes } from "./decode.server.ts";
import { repairXmlText } from "./parse-feed.server.ts";
import { buildXmlTree, buildXmlTreeFromChunks, FALLBACK } from "./xml-tree.server.ts";

// What rss-parser gets from xml2js (default options), as JSON so key order counts and
// null-prototype objects compare equal to ordinary ones.
async function viaXml2js(text: string): Promise<string> {
  try {
    return `ok ${JSON.stringify(await new xml2js.Parser().parseStringPromise(text))}`;
  } catch (error) {
    return `error ${String(error)}`;
  }
}

function viaBuilder(text: string): string {
  try {
    const tree = buildXmlTree(text);
    return tree === FALLBACK ? "fallback" : `ok ${JSON.stringify(tree)}`;
  } catch (error) {
    return `error ${String(error)}`;
  }
}

const FIXTURES = new URL("../../tests/fixtures/feeds/", import.meta.url);

describe("buildXmlTree gives xml2js's tree", () => {
  test.each(readdirSync(FIXTURES).filter((f) => /\.(xml|rdf)$/.test(f)))("fixture %s", async (name) => {
    const text = decodeFeedBytes(readFileSync(new URL(name, FIXTURES))).text;
    expect(viaBuilder(text)).toBe(await viaXml2js(text));
    const repaired = (() => {
      try {
        return repairXmlText(text);
      } catch {
        return null;
      }
    })();
    if (repaired !== null) expect(viaBuilder(repaired)).toBe(await viaXml2js(repaired));
  });

  test.each([
    ["text, attributes and whitespace", '<r a="1"><x>t</x><x> </x><y b="2"> </y><y b="3">u</y><z/><z></z></r>'],
    ["mixed content keeps all the element's text", "<r>one <b>two</b> three<b>four</b>\n</r>"],
    ["CDATA, also whitespace-only", "<r><c><![CDATA[ <p>x</p> ]]></c><d><![CDATA[  ]]></d><e>a<![CDATA[b]]>c</e></r>"],
    ["entities, HTML ones included", "<r><t>&amp;&lt;&eacute;&#x4e2d;&#20013;</t></r>"],
    ["comments and processing instructions", "<?xml version='1.0'?><!-- c --><r><?pi x?><t><!-- inside -->v</t></r><!-- after -->"],
    ["repeated and prefixed names", "<rss><channel><item><dc:creator>A</dc:creator><dc:creator>B</dc:creator></item><item/></channel></rss>"],
    ["a BOM and surrounding whitespace", "\ufeff  <r>x</r>  "],
    ["content after the root is ignored", "<r>x</r><oops>"],
    ["a blank document", "  \n "],
    ["no root element", "<!-- only a comment -->"],
    ["an unclosed root", "<r><t>x</t>"],
    ["a mismatched end tag", "<r><t>x</u></r>"],
    ["an unquoted attribute", "<r a=1/>"],
    ["text before the root", "x<r/>"],
    ["an undeclared entity", "<r>&foo;</r>"],
  ])("%s", async (_what, text) => {
    expect(viaBuilder(text)).toBe(await viaXml2js(text));
  });

  test("names xml2js's bookkeeping or an object's prototype would clash with fall back to xml2js", () => {
    for (const text of ["<r><_>x</_></r>", "<r><cdata/></r>", "<r><constructor/></r>", "<r><__proto__/></r>", '<r toString="1"/>']) {
      expect(buildXmlTree(text)).toBe(FALLBACK);
    }
  });

  test("chunks parse as their concatenation", async () => {
    const text = '<rss version="2.0"><channel><item><title>A &amp; B</title></item><item><title><![CDATA[x]]></title></item></channel></rss>';
    for (const cut of [5, 30, 44, 60, 90]) {
      const chunks = [text.slice(0, cut), text.slice(cut, cut + 17), text.slice(cut + 17)];
      expect(`ok ${JSON.stringify(buildXmlTreeFromChunks(chunks))}`).toBe(await viaXml2js(text));
    }
  });

  test("random documents, well-formed or not", async () => {
    const pieces = [
      "<a>",
      "</a>",
      '<b x="1">',
      "</b>",
      "<c/>",
      "<d y='2' z=\"3\"/>",
      "text",
      " ",
      "\n  ",
      "<![CDATA[ ]]>",
      "<![CDATA[x<y]]>",
      "&amp;",
      "&eacute;",
      "&bogus;",
      "<!-- c -->",
      "<?pi x?>",
      "<item>",
      "</item>",
      "\u00a0",
      "<",
      "&",
    ];
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let k = 0; k < 2000; k++) {
      let text = `<root${random() < 0.3 ? ' v="1"' : ""}>`;
      for (let n = Math.floor(random() * 12); n > 0; n--) text += pieces[Math.floor(random() * pieces.length)];
      text += "</root>";
      expect(viaBuilder(text)).toBe(await viaXml2js(text));
    }
  });
});
