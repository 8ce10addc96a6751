import { describe, expect, it } from "vitest";
import { translator } from "~/i18n/i18n.ts";
import { feedErrorText, skipReasonText } from "./feed-error.tsx";

describe("fetch errors in the reader's language", () => {
  const zh = translator("zh");
  it("names the recorded failure in Chinese, with its numbers", () => {
    expect(feedErrorText(zh, "HTTP 404 Not Found from https://example.org/feed")).toBe("服务器返回 HTTP 404 错误");
    expect(feedErrorText(zh, "Could not connect to example.org within 5000 ms")).toBe("5000 毫秒内无法连接到 example.org");
    expect(feedErrorText(zh, "Network error fetching http://x.test/: connect ECONNREFUSED 127.0.0.1:9 (ECONNREFUSED)")).toBe(
      "连接被拒绝（对方服务未运行或端口未开放）",
    );
    expect(feedErrorText(zh, "the server answered 304 Not Modified to an unconditional request")).toBe("服务器对首次请求返回了 304（未修改）");
  });

  it("falls back to a general sentence for an error it does not know", () => {
    expect(feedErrorText(zh, "Something new went wrong")).toBe("采集失败");
    expect(feedErrorText(translator("en"), "Something new went wrong")).toBe("The fetch failed");
  });

  it("names parse failures and skipped entries in Chinese, not in the parser's English (issue 13)", () => {
    expect(feedErrorText(zh, "Not well-formed XML: unclosed tag at line 3")).toBe("不是格式正确的 XML 文件");
    expect(feedErrorText(zh, "Not a feed: the root element is <html>; expected <rss>, <rdf:RDF> or Atom <feed>")).toBe("不是 RSS 或 Atom 订阅源");
    expect(skipReasonText(zh, 'unparsable <updated> date "31/02/2026 25:61"')).toBe("日期无法识别");
    expect(skipReasonText(zh, "entry has neither a title, a summary nor a link")).toBe("条目没有标题、摘要或链接");
    expect(skipReasonText(zh, "invalid link: Invalid URL")).toBe("条目内容不合格");
    expect(skipReasonText(zh, "something else")).toBe("条目无法读取");
  });
});
