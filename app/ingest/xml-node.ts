// Reading the xml2js-shaped tree (see xml-tree.server.ts) that rss-parser's builders and
// ours walk, and resolving URLs against xml:base.
import { collapseWhitespace } from "./text.server.ts";

// ---------------------------------------------------------------------------------------
// xml2js tree shapes (explicitArray: true, attributes under "$", text under "_")

export type XmlAttrs = Record<string, string>;
export type XmlNode = string | XmlObject;
export interface XmlObject {
  $?: XmlAttrs;
  _?: string;
  [child: string]: XmlNode[] | XmlAttrs | string | undefined;
}

// ---------------------------------------------------------------------------------------
// xml2js tree access

export function asObject(node: XmlNode | undefined): XmlObject {
  if (node && typeof node === "object") return node;
  // <channel/> or <item>text</item> come back as strings.
  return typeof node === "string" && node.trim() ? { _: node } : {};
}

export function first(node: XmlNode | undefined, key: string): XmlNode | undefined {
  if (!node || typeof node !== "object") return undefined;
  const children = node[key];
  return Array.isArray(children) ? children[0] : undefined;
}

export function attrOf(node: XmlNode | undefined, name: string): string | undefined {
  return node && typeof node === "object" ? node.$?.[name] : undefined;
}

export function hasAttr(node: XmlNode | undefined, name: string): boolean {
  return attrOf(node, name) !== undefined;
}

// Unescaped markup inside an RSS element arrives as child elements; the text of these
// is code, never prose, and must not leak into a title as words.
const NON_TEXT_CHILDREN = new Set(["script", "style", "iframe", "noscript", "object", "embed", "template"]);

/** The text of an element; for elements with child elements, their text in tree order. */
export function textOf(node: XmlNode | undefined): string | null {
  if (node === undefined || node === null) return null;
  if (typeof node === "string") return node;
  if (typeof node._ === "string" && Object.keys(node).every((k) => k === "_" || k === "$")) return node._;
  const parts: string[] = [];
  if (typeof node._ === "string") parts.push(node._);
  for (const [key, value] of Object.entries(node)) {
    if (key === "$" || key === "_" || !Array.isArray(value) || NON_TEXT_CHILDREN.has(key.toLowerCase())) continue;
    for (const child of value) parts.push(textOf(child) ?? "");
  }
  return parts.join(" ");
}

export function stringOr(value: unknown, fallback: string | null): string | null {
  return typeof value === "string" ? value : fallback;
}

export function nonEmpty(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  const t = s.trim();
  return t ? t : null;
}

export function uniqueStrings(values: (string | null | undefined)[]): string[] {
  const out = new Set<string>();
  for (const v of values) {
    const t = v ? collapseWhitespace(v) : "";
    if (t) out.add(t);
  }
  return [...out];
}

// ---------------------------------------------------------------------------------------
// URLs and xml:base

export function resolveBase(base: string, node: XmlNode | undefined): string {
  const xmlBase = attrOf(node, "xml:base");
  return (xmlBase && resolveUrl(base, xmlBase.trim())) || base;
}

export function resolveUrl(base: string, href: string | null | undefined): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  if (!trimmed) return null;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return null;
  }
}

export function httpUrlOrNull(s: string | null | undefined): string | null {
  if (!s || !/^https?:\/\//i.test(s.trim())) return null;
  return resolveUrl(s.trim(), s.trim());
}
