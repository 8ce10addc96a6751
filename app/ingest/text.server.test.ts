import { readdirSync, readFileSync } from "node:fs";
import sanitizeHtml from "sanitize-html";
import { describe, expect, test } from "vitest";
import { decodeFeedBytes } from "./decode.server.ts";
import { collapseWhitespace, htmlToLines, htmlToText, normaliseSpace } from "./text.server.ts";

// The reduction text.server.ts did with sanitize-html before it drove htmlparser2
// itself: the reference the faster code must agree with, character for character.
const reference = (() => {
  const NO_TAGS: sanitizeHtml.IOptions = {
    allowedTags: [],
    allowedAttributes: {},
    nonTextTags: ["script", "style", "textarea", "option", "xmp", "noscript", "template", "iframe", "object", "head", "title"],
    disallowedTagsMode: "discard",
  };
  const BLOCK_BOUNDARY_RE =
    /<(?=\/?(?:br|p|div|li|ul|ol|tr|td|th|table|h[1-6]|blockquote|section|article|header|footer|dd|dt|dl|pre|hr|figcaption|caption)\b)/gi;
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
  const collapse = (s: string) =>
    s
      .replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, "")
      .replace(/\s+/g, " ")
      .trim();
  const lines = (html: string | null | undefined) => {
    if (!html) return "";
    const text = /[<&]/.test(html) ? unescape(sanitizeHtml(html.replace(BLOCK_BOUNDARY_RE, "\n<"), NO_TAGS)) : html;
    return text
      .replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, "")
      .replace(/[^\S\n]+/g, " ")
      .replace(/ ?\n[\s]*/g, "\n")
      .trim();
  };
  return {
    htmlToLines: lines,
    htmlToText: (html: string | null | undefined) => (!html ? "" : /[<&]/.test(html) ? collapse(lines(html)) : collapse(html)),
    collapseWhitespace: collapse,
  };
})();

function expectSameAsReference(html: string) {
  expect([htmlToLines(html), htmlToText(html), collapseWhitespace(html)]).toEqual([
    reference.htmlToLines(html),
    reference.htmlToText(html),
    reference.collapseWhitespace(html),
  ]);
}

describe("htmlToLines / htmlToText agree with the sanitize-html reduction", () => {
  test("on every description, title and content of the fixtures, raw and unescaped", () => {
    const dir = new URL("../../tests/fixtures/feeds/", import.meta.url);
    for (const name of readdirSync(dir).filter((f) => /\.(xml|rdf)$/.test(f))) {
      const text = decodeFeedBytes(readFileSync(new URL(name, dir))).text;
      for (const m of text.matchAll(/<(description|content:encoded|summary|content|title)[^>]*>([\s\S]*?)<\/\1>/g)) {
        expectSameAsReference(m[2]);
        expectSameAsReference(
          m[2]
            .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1")
            .replace(/&lt;/g, "<")
            .replace(/&gt;/g, ">")
            .replace(/&amp;/g, "&"),
        );
      }
    }
  });

  test("on random fragments of hostile, odd and ordinary markup", () => {
    const pieces = [
      "<p>",
      "</p>",
      "<p >",
      "<p/>",
      "<P>",
      "<br>",
      "<br/>",
      "<br />",
      "</br>",
      "<hr>",
      "<div>",
      "</div>",
      '<div class="x">',
      "<script>",
      "</script>",
      "<style>",
      "</style>",
      "<option>",
      "</option>",
      "<title>",
      "</title>",
      "<textarea>",
      "<xmp>",
      "</xmp>",
      "<iframe src=x>",
      "</iframe>",
      "<object>",
      "</object>",
      "<noscript>",
      "<template>",
      "<head>",
      "<b>",
      "</b>",
      "<strong>",
      "<em>",
      "<span>",
      "</span>",
      "<q>",
      "<s>",
      "<li>",
      "<ul>",
      "</ul>",
      "<svg><text>",
      "</svg>",
      "<math>",
      "<img onerror=alert(1) src=x>",
      "<a href='x'>",
      "</a>",
      "&amp;",
      "&lt;",
      "&gt;",
      "&quot;",
      "&apos;",
      "&nbsp;",
      "&#160;",
      "&#39;",
      "&#x27;",
      "&eacute;",
      "&bogus;",
      "&amp",
      "&",
      "&#",
      "<",
      ">",
      "< p>",
      "<p\n>",
      " ",
      "  ",
      "\n",
      "\t",
      "\r\n",
      "\u00a0",
      "\u200b",
      "\ufeff",
      "\u2028",
      "\u3000",
      "\0",
      "x",
      "word",
      "中文",
      "<!-- c <p> -->",
      "<![CDATA[ <p> ]]>",
      "<?pi?>",
      '<a title="<p>">',
      "&amp;lt;",
      "<p-x>",
      "<h1>",
      "</h2>",
      "<table><tr><td>",
      "</td></tr></table>",
      "<pre>",
    ];
    let seed = 5;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let k = 0; k < 20000; k++) {
      let html = "";
      for (let n = 1 + Math.floor(random() * 12); n > 0; n--) html += pieces[Math.floor(random() * pieces.length)];
      expectSameAsReference(html);
    }
  });

  test("script, style and iframe content and event handlers never reach the text", () => {
    const html =
      '<p onclick="steal()">Hello <script>alert("x")</script><style>p{}</style><iframe src="//evil.example">frame</iframe>' +
      '<img src=x onerror="document.cookie">world</p><noscript>ns</noscript><template>tpl</template><textarea>ta</textarea>';
    expect(htmlToText(html)).toBe("Hello world");
    expect(htmlToLines("<p>a</p><p>b<br>c</p>")).toBe("a\nb\nc");
  });
});

describe("normaliseSpace", () => {
  test.each([
    ["  a \t b\u00a0\u3000c  ", false, "a b c"],
    ["a \n\n  b\r\nc", true, "a\nb\nc"],
    ["a\u200bb \u200b c", false, "ab c"],
    ["\ufeff x", true, "x"],
    ["", true, ""],
  ])("%j (lines: %s) is %j", (input, keepLines, expected) => {
    expect(normaliseSpace(input, keepLines)).toBe(expected);
  });
});
