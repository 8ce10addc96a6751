// Fetch errors are recorded on the source in the fetcher's words (English, for operators and
// logs). The page names the kind of failure in the reader's language and keeps the original
// one click away, so a Chinese-speaking operator is not left with English, and nothing is lost.
import { useT } from "~/i18n/use-t.ts";
import type { MessageKey } from "~/i18n/messages.ts";
import type { Translate } from "~/i18n/i18n.ts";

const PATTERNS: [RegExp, MessageKey, (m: RegExpExecArray) => Record<string, string>][] = [
  [/^HTTP (\d{3})/, "feedError.httpStatus", (m) => ({ status: m[1]! })],
  [/^Timed out after (\d+) ms/, "feedError.timeout", (m) => ({ ms: m[1]! })],
  [/^Could not connect to (\S+) within (\d+) ms/, "feedError.connectTimeout", (m) => ({ host: m[1]!, ms: m[2]! })],
  [/^More than \d+ redirects/, "feedError.tooManyRedirects", () => ({})],
  [/^(Not a valid URL|The URL has no host)/, "feedError.badUrl", () => ({})],
  [/ECONNREFUSED/, "feedError.refused", () => ({})],
  [/ENOTFOUND|EAI_AGAIN/, "feedError.dns", () => ({})],
  [/ECONNRESET|EPIPE|socket hang up/, "feedError.reset", () => ({})],
  [/CERT|SSL|TLS/, "feedError.tls", () => ({})],
  [/^Unsupported Content-Encoding/, "feedError.encoding", () => ({})],
  [/304 Not Modified/, "feedError.notModified", () => ({})],
  [/^Network error/, "feedError.network", () => ({})],
  [/^Not well-formed XML/, "feedError.notXml", () => ({})],
  [/^The document is empty/, "feedError.emptyDocument", () => ({})],
  [/^Not a feed/, "feedError.notFeed", () => ({})],
  [/^The feed's structure could not be read/, "feedError.structure", () => ({})],
  [/size cap/, "feedError.tooLarge", () => ({})],
  [/^Could not decompress/, "feedError.decompress", () => ({})],
];

/** A skipped entry's reason as the parser wrote it ("unparsable <updated> date …"), in words. */
const SKIP_PATTERNS: [RegExp, MessageKey][] = [
  [/^unparsable <[^>]+> date/, "feedWords.skip.date"],
  [/^entry has neither/, "feedWords.skip.empty"],
  [/^invalid /, "feedWords.skip.invalid"],
];

export function skipReasonText(t: Translate, raw: string): string {
  for (const [pattern, key] of SKIP_PATTERNS) if (pattern.test(raw)) return t(key);
  return t("feedWords.skip.other");
}

/** The reader's-language sentence for a recorded fetch error. */
export function feedErrorText(t: Translate, raw: string): string {
  for (const [pattern, key, params] of PATTERNS) {
    const m = pattern.exec(raw);
    if (m) return t(key, params(m));
  }
  return t("feedError.other");
}

/**
 * The translated sentence; the original message (English, for operators and logs) only on
 * hover and in a data attribute, never as the visible text (issue 13).
 */
export function FeedError({ raw }: { raw: string }) {
  const t = useT();
  return (
    <span className="feed-error" title={`${t("feedError.detail")}: ${raw}`} data-raw={raw}>
      {feedErrorText(t, raw)}
    </span>
  );
}
