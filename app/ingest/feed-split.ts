/** A document as parseInBatches reads it. */
export interface FeedText {
  readonly length: number;
  /**
   * The document's markup at the document's offsets, for splitFeedText: the repaired
   * text, or UTF-8 bytes read as Latin-1. Given up (see release) once split.
   */
  view: string;
  /** The repaired document text from `start` to `end` (offsets of the view). */
  piece(start: number, end: number): string;
  /** The whole repaired document. */
  whole(): string;
  release(): void;
}

// ---------------------------------------------------------------------------------------
// Cutting a large document into runs of entries

/** Where a document's entries are, found by scanning its markup (see splitFeedText). */
export type FeedSplit = {
  /** Element names from the root to the element holding the entries, e.g. ["rss", "channel"]. */
  path: string[];
  itemName: "item" | "entry";
  /** Where the start tags of `path` are in the document: [start, end, start, end...]. */
  openRanges: number[];
  /** The end tags of `path`. */
  close: string;
  /** [starts[k], ends[k]) is the markup of the k-th entry element. */
  starts: number[];
  ends: number[];
};

/**
 * Finds the entry elements of a feed where rss-parser reads them (RSS 2.0: the first
 * <channel>'s <item>s, else the <item>s directly under <rss>; RSS 1.0: the <item>s under
 * the root; Atom: the <entry>s under <feed>), skipping comments, CDATA sections and
 * processing instructions, and checking that every end tag closes the element open at
 * that point. Null when the document is not that simple: no recognised root, a DTD
 * with an internal subset, unbalanced or stray markup, content after the root. The
 * check is not a full XML parse; whatever it lets through is parsed by the real parser.
 */
export function splitFeedText(s: string): FeedSplit | null {
  const n = s.length;
  let i = 0;
  // Prolog: whitespace, the declaration, comments, processing instructions, a DOCTYPE
  // without an internal subset.
  for (;;) {
    i = skipSpace(s, i);
    if (s.startsWith("<?", i)) i = after(s, "?>", i + 2);
    else if (s.startsWith("<!--", i)) i = after(s, "-->", i + 4);
    else if (s.startsWith("<!DOCTYPE", i)) {
      const end = tagEnd(s, i + 9);
      if (end < 0 || s.slice(i, end).includes("[")) return null;
      i = end + 1;
    } else break;
    if (i < 0) return null;
  }
  if (s.charCodeAt(i) !== 0x3c /* < */) return null;

  const rootTag = readStartTag(s, i);
  if (!rootTag || rootTag.selfClosing) return null;
  const rootName = rootTag.name;
  const isRss = rootName === "rss";
  const isAtom = rootName === "feed";
  if (!isRss && !isAtom && rootName !== "channel" && !/(^|:)RDF$/.test(rootName)) return null;
  const itemName = isAtom ? "entry" : "item";

  // Entries directly under the root, and (RSS 2.0) under the root's first <channel>.
  const direct = { starts: [] as number[], ends: [] as number[] };
  const inChannel = { starts: [] as number[], ends: [] as number[] };
  let channelRange: number[] = [];
  let channelSeen = false;
  // Depth 1 is the root's children. -1: not inside the first channel; else its depth.
  let inFirstChannel = false;
  const stack: string[] = [rootName];
  let itemStart = -1;
  let itemDepth = -1;
  let itemList: typeof direct | null = null;
  i = rootTag.end;

  while (stack.length) {
    const lt = s.indexOf("<", i);
    if (lt < 0) return null;
    i = lt;
    const c1 = s.charCodeAt(i + 1);
    if (c1 === 0x21 /* ! */) {
      if (s.startsWith("<!--", i)) i = after(s, "-->", i + 4);
      else if (s.startsWith("<![CDATA[", i)) i = after(s, "]]>", i + 9);
      else return null;
      if (i < 0) return null;
      continue;
    }
    if (c1 === 0x3f /* ? */) {
      i = after(s, "?>", i + 2);
      if (i < 0) return null;
      continue;
    }
    if (c1 === 0x2f /* / */) {
      const nameEnd = nameEndAt(s, i + 2);
      const name = s.slice(i + 2, nameEnd);
      const close = skipSpace(s, nameEnd);
      if (!name || s.charCodeAt(close) !== 0x3e /* > */ || stack[stack.length - 1] !== name) return null;
      stack.pop();
      i = close + 1;
      if (itemStart >= 0 && stack.length === itemDepth) {
        itemList!.starts.push(itemStart);
        itemList!.ends.push(i);
        itemStart = -1;
      }
      if (inFirstChannel && stack.length === 1) inFirstChannel = false;
      continue;
    }
    const tag = readStartTag(s, i);
    if (!tag) return null;
    const depth = stack.length;
    if (itemStart < 0 && tag.name === itemName && depth <= 2) {
      const list = depth === 1 ? direct : inFirstChannel ? inChannel : null;
      if (list) {
        if (tag.selfClosing) {
          list.starts.push(i);
          list.ends.push(tag.end);
        } else {
          itemStart = i;
          itemDepth = depth;
          itemList = list;
        }
      }
    } else if (isRss && depth === 1 && tag.name === "channel" && !channelSeen) {
      channelSeen = true;
      if (!tag.selfClosing) {
        inFirstChannel = true;
        channelRange = [i, tag.end];
      }
    }
    if (!tag.selfClosing) stack.push(tag.name);
    i = tag.end;
  }
  // Only what XML allows after the root.
  for (;;) {
    i = skipSpace(s, i);
    if (i >= n) break;
    if (s.startsWith("<!--", i)) i = after(s, "-->", i + 4);
    else if (s.startsWith("<?", i)) i = after(s, "?>", i + 2);
    else return null;
    if (i < 0) return null;
  }

  if (isRss && inChannel.starts.length) {
    return {
      path: ["rss", "channel"],
      itemName,
      openRanges: [rootTag.start, rootTag.end, ...channelRange],
      close: "</channel></rss>",
      ...inChannel,
    };
  }
  return {
    path: [rootName],
    itemName,
    close: `</${rootName}>`,
    openRanges: [rootTag.start, rootTag.end],
    ...direct,
  };
}

/** Consecutive runs of entries, each within both limits (a run has at least one entry). */
export function planBatches(split: FeedSplit, maxEntries: number, maxChars: number): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  const count = split.starts.length;
  let start = 0;
  let chars = 0;
  for (let k = 0; k < count; k++) {
    const size = split.ends[k] - split.starts[k];
    if (k > start && (k - start >= maxEntries || chars + size > maxChars)) {
      runs.push({ start, end: k });
      start = k;
      chars = 0;
    }
    chars += size;
  }
  if (count > start) runs.push({ start, end: count });
  return runs;
}

/** The document without the entries from `firstRunEnd` on (everything between them stays). */
export function shellWithFirstRun(feed: FeedText, split: FeedSplit, firstRunEnd: number): string {
  const parts: string[] = [];
  let from = 0;
  for (let k = firstRunEnd; k < split.starts.length; k++) {
    parts.push(feed.piece(from, split.starts[k]));
    from = split.ends[k];
  }
  parts.push(feed.piece(from, feed.length));
  return parts.join("");
}

type StartTag = { name: string; start: number; end: number; selfClosing: boolean };

/** The start tag at `at` ("<name ...>" or "<name .../>"); null when it is not one. */
function readStartTag(s: string, at: number): StartTag | null {
  const nameEnd = nameEndAt(s, at + 1);
  if (nameEnd === at + 1) return null;
  const end = tagEnd(s, nameEnd);
  if (end < 0) return null;
  return {
    name: s.slice(at + 1, nameEnd),
    start: at,
    end: end + 1,
    selfClosing: s.charCodeAt(end - 1) === 0x2f /* / */,
  };
}

/** Index of the ">" ending a tag whose attributes start at `from` (quotes respected); -1 if none. */
function tagEnd(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3e /* > */) return i;
    if (c === 0x3c /* < */) return -1;
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
      const close = s.indexOf(c === 0x22 ? '"' : "'", i + 1);
      if (close < 0) return -1;
      i = close;
    }
  }
  return -1;
}

/** End of an XML name starting at `from`: it runs to whitespace, "/", ">" or markup. */
function nameEndAt(s: string, from: number): number {
  let i = from;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c === 0x2f || c === 0x3e || c === 0x3c || c === 0x3d || c === 0x22 || c === 0x27) break;
  }
  return i;
}

function skipSpace(s: string, i: number): number {
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
    i++;
  }
  return i;
}

/** Index just after the next `marker` at or after `from`; -1 if there is none. */
function after(s: string, marker: string, from: number): number {
  const at = s.indexOf(marker, from);
  return at < 0 ? -1 : at + marker.length;
}
