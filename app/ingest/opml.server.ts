// Reading OPML (the feed readers' exchange format) into flat feed entries. Straight from sax
// events with an explicit stack: an uploaded file is untrusted, and a recursive walk of a
// tree nested thousands deep overflows the call stack (a 500) — here depth costs one array
// slot. The number of feeds is capped so one upload cannot turn into an unbounded write.
import { createRequire } from "node:module";

export const MAX_OPML_FEEDS = 1_000;

export type OpmlEntry = {
  attrs: Record<string, string>;
  /** The text of the nearest enclosing folder outline, if any. */
  category: string | null;
};

export type OpmlErrorCode = "unreadable" | "not-opml" | "too-many-feeds";

export class OpmlError extends Error {
  readonly code: OpmlErrorCode;
  readonly max: number | null;
  constructor(code: OpmlErrorCode, message: string, max: number | null = null) {
    super(message);
    this.name = "OpmlError";
    this.code = code;
    this.max = max;
  }
}

type SaxParser = {
  onopentag: (node: { name: string; attributes: Record<string, string> }) => void;
  onclosetag: (name: string) => void;
  onerror: (error: Error) => void;
  write(chunk: string): SaxParser;
  close(): SaxParser;
};

// The sax xml2js uses (as app/ingest/xml-tree.server.ts does), so no second XML tokenizer.
const sax = (() => {
  const fromHere = createRequire(import.meta.url);
  const fromRssParser = createRequire(fromHere.resolve("rss-parser"));
  const fromXml2js = createRequire(fromRssParser.resolve("xml2js"));
  return fromXml2js("sax") as { parser(strict: boolean, options: object): SaxParser };
})();

const STOP = Symbol("stop");

/** Every outline with an xmlUrl, in document order, with its folder. */
export function readOpml(xml: string, maxFeeds = MAX_OPML_FEEDS): OpmlEntry[] {
  const entries: OpmlEntry[] = [];
  // One frame per open element: the category its outline children inherit.
  const categories: (string | null)[] = [];
  const path: string[] = [];
  let sawBody = false;
  let firstError: Error | null = null;
  let tooMany = false;

  const parser = sax.parser(true, { trim: false, normalize: false, xmlns: false });
  parser.onopentag = (node) => {
    const parentCategory = categories.length ? categories[categories.length - 1] : null;
    const inBody = path.length >= 2 && path[0] === "opml" && path[1] === "body";
    if (node.name === "body" && path.length === 1 && path[0] === "opml") sawBody = true;
    let category = parentCategory;
    if (node.name === "outline" && inBody) {
      const attrs = node.attributes;
      if (attrs.xmlUrl) {
        if (entries.length >= maxFeeds) {
          tooMany = true;
          throw STOP;
        }
        entries.push({ attrs, category: parentCategory });
      }
      category = attrs.text ?? attrs.title ?? parentCategory;
    }
    path.push(node.name);
    categories.push(category);
  };
  parser.onclosetag = () => {
    path.pop();
    categories.pop();
  };
  parser.onerror = (error) => {
    firstError ??= error;
    throw STOP;
  };
  try {
    parser.write(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml).close();
  } catch (error) {
    if (error !== STOP) throw error;
  }
  if (tooMany) throw new OpmlError("too-many-feeds", `the file lists more than ${maxFeeds} feeds`, maxFeeds);
  if (firstError) {
    throw new OpmlError("unreadable", `not a readable OPML file: ${(firstError as Error).message.split("\n")[0]}`);
  }
  if (!sawBody) throw new OpmlError("not-opml", "not an OPML file: <opml><body> is missing");
  return entries;
}
