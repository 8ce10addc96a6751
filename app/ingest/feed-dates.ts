// ---------------------------------------------------------------------------------------
// Dates

/**
 * A feed date, read leniently: RFC 822 and ISO 8601 as JavaScript reads them, ISO-like
 * dates without a zone (read at `naiveOffset`), and Chinese "2026年11月3日 8:00".
 * Null when nothing sensible comes out.
 */
export function parseFeedDate(raw: string, naiveOffset = "Z"): Date | null {
  const s = raw.trim();
  if (!s) return null;
  const naive =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?$/.exec(s) ??
    /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:(\d{1,2})\s*[:：时]\s*(\d{2})\s*分?\s*(?:[:：]?\s*(\d{2})\s*秒?)?)?$/.exec(s);
  if (naive) {
    const [, y, mo, d, h = "0", mi = "0", sec = "0", frac = ""] = naive;
    const iso =
      `${y}-${mo.padStart(2, "0")}-${d.padStart(2, "0")}T${h.padStart(2, "0")}:${mi.padStart(2, "0")}:${sec.padStart(2, "0")}` +
      `${frac ? frac.slice(0, 4) : ""}${naiveOffset}`;
    return validDate(Date.parse(iso));
  }
  // Date.parse reads a string without a zone in the process's local zone; only strings
  // naming their zone are left to it (the naive forms were handled above).
  return validDate(Date.parse(s));
}

function validDate(ms: number): Date | null {
  if (!Number.isFinite(ms)) return null;
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  // Years like 0001 or 9999 are placeholders or typos, not dates worth sorting by.
  return year >= 1900 && year <= 2200 ? d : null;
}
