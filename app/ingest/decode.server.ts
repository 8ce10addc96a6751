// Turns the bytes of a feed into a JS string. rss-parser never reads the XML
// declaration's encoding, so legacy encodings (GBK, Big5, windows-1252) come out of it
// as silent mojibake and UTF-16 is rejected; we decode before it sees anything.
//
// Order of trust follows RFC 7303 §3: a byte order mark, then the charset parameter of
// the HTTP Content-Type, then the XML declaration (or the byte pattern of UTF-16/UTF-32
// without one), then UTF-8. A document that declares nothing and is not valid UTF-8 is in
// a legacy encoding nobody named: chardet (a maintained port of ICU's detector) guesses
// it, and the guess is reported, so staff see why a feed may read oddly rather than a
// page of U+FFFD. An unknown declared label is treated the same way, with a note.
import { isUtf8 } from "node:buffer";
import chardet from "chardet";
import iconv from "iconv-lite";

export type DecodeSource = "bom" | "http" | "xml-declaration" | "detected" | "default";

export type DecodedFeed = {
  text: string;
  /** The canonical name of the decoder actually used, e.g. "utf-8", "gbk", "big5". */
  encoding: string;
  source: DecodeSource;
  /** Set when the encoding was guessed or a declared one could not be used: why. */
  note?: string;
};

export class FeedDecodeError extends Error {
  readonly code = "unknown-charset";
  constructor(
    readonly charset: string,
    readonly declaredIn: Exclude<DecodeSource, "default" | "bom">,
  ) {
    super(
      `Unknown character encoding "${charset}" declared in the ${
        declaredIn === "http" ? "HTTP Content-Type header" : "XML declaration"
      }; cannot decode the feed`,
    );
    this.name = "FeedDecodeError";
  }
}

// Labels that mean something other than what iconv-lite would do with them. These follow
// the WHATWG Encoding Standard, which describes what real servers mean rather than what
// they say: "iso-8859-1" feeds routinely contain windows-1252 quotes in 0x80–0x9F, and
// "gb2312" pages routinely contain GBK-only characters, so the superset decoders are
// the faithful ones.
const LABEL_ALIASES: Record<string, string> = {
  utf8: "utf-8",
  "unicode-1-1-utf-8": "utf-8",
  utf8mb4: "utf-8",
  "x-unicode20utf8": "utf-8",
  "iso-8859-1": "windows-1252",
  "iso8859-1": "windows-1252",
  "iso_8859-1": "windows-1252",
  latin1: "windows-1252",
  l1: "windows-1252",
  cp1252: "windows-1252",
  "us-ascii": "windows-1252",
  ascii: "windows-1252",
  "ansi_x3.4-1968": "windows-1252",
  gb2312: "gbk",
  gb_2312: "gbk",
  "gb_2312-80": "gbk",
  chinese: "gbk",
  csgb2312: "gbk",
  "x-gbk": "gbk",
  cp936: "gbk",
  "euc-cn": "gbk",
  big5: "big5hkscs",
  "big5-hkscs": "big5hkscs",
  "cn-big5": "big5hkscs",
  "x-x-big5": "big5hkscs",
  csbig5: "big5hkscs",
  cp950: "big5hkscs",
  "ucs-2": "utf-16le",
  unicode: "utf-16le",
  "utf-16": "utf-16le",
  utf16: "utf-16le",
};

// Names we report for the decoders we pick, so callers see "big5" rather than an
// iconv-lite internal name.
const REPORTED_NAME: Record<string, string> = {
  big5hkscs: "big5",
};

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function decodeFeedBytes(bytes: Uint8Array, contentTypeHeader?: string | null): DecodedFeed {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { decoder, offset, source, note } = detectFeedEncoding(buf, contentTypeHeader);
  const decoded = finish(offset ? buf.subarray(offset) : buf, decoder, source);
  return note ? { ...decoded, note } : decoded;
}

export type DetectedEncoding = {
  /** The iconv-lite decoder to use ("utf-8", "gbk", "big5hkscs", "utf-16le", ...). */
  decoder: string;
  /** The name reported for it (DecodedFeed.encoding). */
  encoding: string;
  source: DecodeSource;
  /** Where the text starts: after the byte order mark, if any. */
  offset: number;
  /** See DecodedFeed.note. */
  note?: string;
};

/**
 * The encoding decodeFeedBytes decodes with, without decoding anything; for callers that
 * decode pieces of a large UTF-8 feed themselves. Throws FeedDecodeError as it does.
 */
export function detectFeedEncoding(bytes: Uint8Array, contentTypeHeader?: string | null): DetectedEncoding {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const detected = (decoder: string, source: DecodeSource, offset = 0): DetectedEncoding => ({
    decoder,
    encoding: REPORTED_NAME[decoder] ?? decoder,
    source,
    offset,
  });

  const bom = sniffBom(buf);
  if (bom) {
    return detected(bom.encoding, "bom", bom.length);
  }

  const unknown: string[] = [];
  const httpCharset = charsetFromContentType(contentTypeHeader);
  if (httpCharset) {
    const encoding = resolveEncoding(httpCharset);
    if (encoding) {
      // "utf-16" names no byte order; without a BOM the byte pattern of "<?" tells it.
      const byteOrder = encoding === "utf-16le" ? utf16ByteOrder(buf) : null;
      return detected(byteOrder ?? encoding, "http");
    }
    unknown.push(new FeedDecodeError(httpCharset, "http").message);
  }

  // UTF-32 without a BOM shows "<" as 00 00 00 3C or 3C 00 00 00 (XML 1.0 Appendix F).
  const utf32 = utf32ByteOrder(buf);
  if (utf32) return withNote(detected(utf32, "xml-declaration"), unknown);

  const declared = declaredEncoding(buf);
  if (declared) {
    const encoding = resolveEncoding(declared.label);
    if (encoding) {
      // A UTF-16 document without a BOM can only be recognised by its byte pattern; a
      // declaration saying "UTF-16" is then ambiguous about the byte order, so the pattern
      // decides.
      const effective = declared.utf16 && encoding.startsWith("utf-16") ? declared.utf16 : encoding;
      return withNote(detected(effective, "xml-declaration"), unknown);
    }
    unknown.push(new FeedDecodeError(declared.label, "xml-declaration").message);
  }
  const byteOrder = utf16ByteOrder(buf);
  if (byteOrder) return withNote(detected(byteOrder, "xml-declaration"), unknown);

  if (isUtf8(buf)) return withNote(detected("utf-8", "default"), unknown);
  const guess = guessLegacyEncoding(buf);
  if (guess) {
    return withNote(detected(guess.decoder, "detected"), [
      ...unknown,
      `No character encoding was declared and the feed is not UTF-8; decoded as ${guess.name} (detected, confidence ${guess.confidence}%)`,
    ]);
  }
  return withNote(detected("utf-8", "default"), [
    ...unknown,
    "The feed is not valid UTF-8 and its encoding could not be detected; invalid bytes became U+FFFD",
  ]);
}

function withNote(d: DetectedEncoding, notes: string[]): DetectedEncoding {
  if (notes.length === 0) return d;
  const used = d.source === "detected" ? "" : `; decoded as ${d.encoding}`;
  return { ...d, note: `${notes.join("; ")}${used}` };
}

/** chardet's best guess that iconv-lite can decode, as a decoder name. */
function guessLegacyEncoding(buf: Buffer): { decoder: string; name: string; confidence: number } | null {
  // The head is enough for a guess and keeps a 10 MB feed from being analysed whole.
  for (const match of chardet.analyse(buf.subarray(0, 64 * 1024))) {
    if (/^UTF-(16|32)/i.test(match.name)) continue;
    const decoder = resolveEncoding(match.name);
    if (decoder) return { decoder, name: REPORTED_NAME[decoder] ?? decoder, confidence: match.confidence };
  }
  return null;
}

function utf32ByteOrder(buf: Buffer): "utf-32le" | "utf-32be" | null {
  if (buf.length < 8) return null;
  if (buf[0] === 0 && buf[1] === 0 && buf[2] === 0 && buf[3] === 0x3c && buf[4] === 0 && buf[5] === 0 && buf[6] === 0) return "utf-32be";
  if (buf[0] === 0x3c && buf[1] === 0 && buf[2] === 0 && buf[3] === 0 && buf[5] === 0 && buf[6] === 0 && buf[7] === 0) return "utf-32le";
  return null;
}

/** The charset parameter of a Content-Type header value, lower-cased, or null. */
export function charsetFromContentType(header?: string | null): string | null {
  if (!header) return null;
  const m = /;\s*charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;]+))/i.exec(header);
  const value = (m?.[1] ?? m?.[2] ?? m?.[3] ?? "").trim().toLowerCase();
  return value || null;
}

function resolveEncoding(label: string): string | null {
  const lower = label.trim().toLowerCase();
  const name = LABEL_ALIASES[lower] ?? lower;
  return iconv.encodingExists(name) ? name : null;
}

function sniffBom(buf: Buffer): { encoding: string; length: number } | null {
  if (buf.length >= 4 && buf[0] === 0x00 && buf[1] === 0x00 && buf[2] === 0xfe && buf[3] === 0xff) {
    return { encoding: "utf-32be", length: 4 };
  }
  if (buf.length >= 4 && buf[0] === 0xff && buf[1] === 0xfe && buf[2] === 0x00 && buf[3] === 0x00) {
    return { encoding: "utf-32le", length: 4 };
  }
  if (buf.length >= 3 && buf[0] === UTF8_BOM[0] && buf[1] === UTF8_BOM[1] && buf[2] === UTF8_BOM[2]) {
    return { encoding: "utf-8", length: 3 };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  return null;
}

// XML 1.0 Appendix F: without a BOM, "<?" in UTF-16 shows as 3C 00 3F 00 or 00 3C 00 3F.
function utf16ByteOrder(buf: Buffer): "utf-16le" | "utf-16be" | null {
  if (buf.length < 4) return null;
  if (buf[0] === 0x3c && buf[1] === 0x00 && buf[2] === 0x3f && buf[3] === 0x00) return "utf-16le";
  if (buf[0] === 0x00 && buf[1] === 0x3c && buf[2] === 0x00 && buf[3] === 0x3f) return "utf-16be";
  return null;
}

const DECLARATION_RE = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._:-]*)["']/;

function declaredEncoding(buf: Buffer): { label: string; utf16: "utf-16le" | "utf-16be" | null } | null {
  const utf16 = utf16ByteOrder(buf);
  // The declaration is ASCII in every ASCII-compatible encoding, so reading the head as
  // latin1 cannot misread it; UTF-16 needs its own decoder to see the ASCII.
  const head = utf16 ? iconv.decode(buf.subarray(0, 400), utf16) : buf.subarray(0, 200).toString("latin1");
  const m = DECLARATION_RE.exec(head);
  return m ? { label: m[1], utf16 } : null;
}

function finish(body: Buffer, encoding: string, source: DecodeSource): DecodedFeed {
  let text = encoding === "utf-8" ? body.toString("utf8") : iconv.decode(body, encoding);
  // A BOM can survive when the HTTP charset was trusted over it being absent, or when a
  // document carries one after a transfer-level re-encoding; the parser wants neither.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text: stripDeclaredEncoding(text), encoding: REPORTED_NAME[encoding] ?? encoding, source };
}

// Once decoded, the text is no longer in the declared encoding; a declaration that still
// says encoding="GBK" would be a lie to any later consumer that honours it.
function stripDeclaredEncoding(text: string): string {
  const end = text.indexOf("?>");
  if (!text.startsWith("<?xml") || end < 0 || end > 300) return text;
  const decl = text.slice(0, end);
  const rewritten = decl.replace(/\s+encoding\s*=\s*(?:"[^"]*"|'[^']*')/, "");
  return rewritten === decl ? text : rewritten + text.slice(end);
}
