// The XML tree rss-parser's builders read, built straight from sax events.
//
// rss-parser parses with xml2js (over sax, strict mode) and then reads the tree xml2js
// makes. xml2js builds every element as a null-prototype object, adds and deletes
// bookkeeping keys on it, and tests and copies it several times on the way out; on a
// large feed that costs about as much as sax's own tokenizing, and the null-prototype,
// deleted-from objects stay in V8's slow dictionary mode for everyone reading them
// after. This builder drives the same sax parser with the same options and produces the
// same tree (same keys in the same order, same arrays, same strings; only the objects
// are ordinary ones), and the same result or first error as xml2js's parseString:
//
// - an element is its text when it has neither attributes nor child elements, else an
//   object: "_" (its text, unless only whitespace outside CDATA), "$" (its attributes,
//   if any), then one array per child element name, in order of first appearance;
// - an element without attributes or children whose text is only whitespace is that
//   whitespace (xml2js's `emptyTag` default);
// - the result is { [rootName]: root }, complete as soon as the root element closes
//   (anything after it is not looked at); null for a blank document;
// - the first sax error before that is thrown.
//
// One deliberate difference: element names are canonicalised (see canonicalName), so a
// prefixed or oddly cased RSS document reads like a plain one.
//
// Element names that xml2js's bookkeeping collides with ("_", "$", "cdata") or that an
// ordinary object already has ("constructor", "__proto__", ...) make `buildXmlTree`
// return FALLBACK, and the caller uses xml2js itself for that document.
import { createRequire } from "node:module";

export type XmlTree = Record<string, unknown>;

/** Returned for documents this builder does not reproduce exactly; parse them with xml2js. */
export const FALLBACK: unique symbol = Symbol("xml-tree fallback");

type SaxParser = {
  onopentag: (node: { name: string; attributes: Record<string, string> }) => void;
  onclosetag: () => void;
  ontext: (text: string) => void;
  oncdata: (text: string) => void;
  onerror: (error: Error) => void;
  write(chunk: string): SaxParser;
  close(): SaxParser;
};

// The sax that xml2js (under rss-parser) uses, so tokenizing, entities and error
// messages are exactly xml2js's.
const sax = (() => {
  const fromHere = createRequire(import.meta.url);
  const fromRssParser = createRequire(fromHere.resolve("rss-parser"));
  const fromXml2js = createRequire(fromRssParser.resolve("xml2js"));
  return fromXml2js("sax") as { parser(strict: boolean, options: object): SaxParser };
})();

const RESERVED_NAMES = new Set<string>(["_", "$", "cdata", ...Object.getOwnPropertyNames(Object.prototype)]);

// Element names as feeds write them, when they are not the names rss-parser and our builders
// look for: RSS elements in a prefixed RSS namespace (`<rss:item>`, `<r:channel>`), a whole
// Atom document in a prefixed namespace (`<atom:feed>`), and core elements in another case
// (`<TITLE>`, `<pubdate>`, Microsoft CDF's `<CHANNEL>`/`<ITEM>`/`<ABSTRACT>`). Extension
// elements (dc:, content:, media:, atom:link inside RSS …) keep their names.
const RSS_NAMESPACES = new Set([
  "http://backend.userland.com/rss2",
  "http://blogs.law.harvard.edu/tech/rss",
  "http://purl.org/rss/1.0/",
  "http://purl.org/net/rss1.1#",
  "http://my.netscape.com/rdf/simple/0.9/",
  "http://channel.netscape.com/rdf/simple/0.9/",
]);
const ATOM_NAMESPACES = new Set(["http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#"]);
const CANONICAL_NAMES = new Map(
  [
    "rss",
    "channel",
    "item",
    "items",
    "title",
    "link",
    "description",
    "guid",
    "pubDate",
    "author",
    "category",
    "comments",
    "enclosure",
    "source",
    "language",
    "copyright",
    "lastBuildDate",
    "image",
    "url",
    "feed",
    "entry",
    "summary",
    "content",
    "id",
    "updated",
    "published",
    "subtitle",
    "rights",
    "name",
  ].map((n) => [n.toLowerCase(), n]),
);
CANONICAL_NAMES.set("abstract", "description"); // CDF
const CANONICAL_VALUES = new Set(CANONICAL_NAMES.values());

function canonicalName(name: string, strip: Set<string>): string {
  if (CANONICAL_VALUES.has(name)) return name;
  const colon = name.indexOf(":");
  let local = name;
  if (colon > 0) {
    if (!strip.has(name.slice(0, colon))) return name;
    local = name.slice(colon + 1);
  }
  return CANONICAL_NAMES.get(local.toLowerCase()) ?? local;
}
const BLANK_RE = /^\s*$/;

// Thrown from inside sax's callbacks to stop it early; never escapes this module.
const STOP = Symbol("stop");

/**
 * The tree xml2js's parseString gives for `text` with xml2js's default options (the
 * ones rss-parser uses), or FALLBACK. Throws the first sax error, as xml2js rejects.
 */
export function buildXmlTree(text: string): XmlTree | null | typeof FALLBACK {
  if (text.trim() === "") return null;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return buildFromChunks([text]);
}

/**
 * Like buildXmlTree for the concatenation of `chunks` (which must not be blank or start
 * with a BOM), without making that concatenation: sax reads the chunks one after the
 * other, so slices of a large text are parsed without being copied.
 */
export function buildXmlTreeFromChunks(chunks: string[]): XmlTree | null | typeof FALLBACK {
  return buildFromChunks(chunks);
}

function buildFromChunks(chunks: string[]): XmlTree | null | typeof FALLBACK {
  // One frame per open element, in parallel stacks.
  const names: string[] = [];
  const texts: string[] = [];
  const cdata: boolean[] = [];
  const attrs: (Record<string, string> | null)[] = [];
  const kids: (Record<string, unknown[]> | null)[] = [];
  let depth = 0;
  let result: XmlTree | null = null;
  let firstError: Error | null = null;
  let fallback = false;

  // Prefixes to drop from element names (see canonicalName).
  const strip = new Set<string>();
  const parser = sax.parser(true, { trim: false, normalize: false, xmlns: false });
  parser.onopentag = (node) => {
    for (const key in node.attributes) {
      if (!key.startsWith("xmlns:")) continue;
      const uri = node.attributes[key].trim();
      // Atom elements are only unprefixed when the whole document is Atom in a prefix;
      // inside RSS, atom:link is an extension we read by that name.
      if (RSS_NAMESPACES.has(uri) || (depth === 0 && ATOM_NAMESPACES.has(uri) && node.name.startsWith(`${key.slice(6)}:`))) {
        strip.add(key.slice(6));
      }
    }
    const name = canonicalName(node.name, strip);
    if (RESERVED_NAMES.has(name)) {
      fallback = true;
      throw STOP;
    }
    let attributes: Record<string, string> | null = null;
    // sax makes a fresh attributes object per tag; it is used as is when it has any.
    for (const key in node.attributes) {
      if (RESERVED_NAMES.has(key)) {
        fallback = true;
        throw STOP;
      }
      attributes = node.attributes;
    }
    names[depth] = name;
    texts[depth] = "";
    cdata[depth] = false;
    attrs[depth] = attributes;
    kids[depth] = null;
    depth++;
  };
  parser.ontext = (t) => {
    if (depth) texts[depth - 1] += t;
  };
  parser.oncdata = (t) => {
    if (depth) {
      texts[depth - 1] += t;
      cdata[depth - 1] = true;
    }
  };
  parser.onclosetag = () => {
    depth--;
    const name = names[depth];
    const text = texts[depth];
    const attributes = attrs[depth];
    const children = kids[depth];
    kids[depth] = null;
    attrs[depth] = null;
    const keepText = cdata[depth] || !BLANK_RE.test(text);
    let node: unknown;
    if (!attributes && !children) node = text;
    else if (!keepText && !attributes) node = children;
    else {
      const obj: Record<string, unknown> = {};
      if (keepText) obj._ = text;
      if (attributes) obj.$ = attributes;
      if (children) for (const key in children) obj[key] = children[key];
      node = obj;
    }
    if (depth === 0) {
      result = { [name]: node };
      throw STOP;
    }
    const parentKids = kids[depth - 1] ?? (kids[depth - 1] = {});
    const list = parentKids[name];
    if (list === undefined) parentKids[name] = [node];
    else list.push(node);
  };
  parser.onerror = (error) => {
    firstError = error;
    throw STOP;
  };

  try {
    for (const chunk of chunks) parser.write(chunk);
    parser.close();
  } catch (error) {
    if (error !== STOP) throw error;
  }
  if (fallback) return FALLBACK;
  if (result) return result;
  if (firstError) throw firstError;
  return null;
}
