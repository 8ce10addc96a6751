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

  const parser = sax.parser(true, { trim: false, normalize: false, xmlns: false });
  parser.onopentag = (node) => {
    const name = node.name;
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
