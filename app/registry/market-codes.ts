// What a "market" is, for the company profile, the registry import and subscriptions alike
// (one rule, so a code one accepts never silently fails to match in another): an assigned
// ISO 3166-1 alpha-2 region, or EU for the Union's single market. Items carry these
// jurisdictions (US, DE, EU …); "USA" or an unassigned "XX" would be stored and never match.
// Pure: ICU's region names decide what is assigned.

const REGION_NAMES = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
// ICU names these too, but they are not markets an item can be in.
const NOT_MARKETS = new Set(["ZZ", "UN", "EZ", "QO", "XA", "XB"]);

/** The upper-cased code when it is a market, else null. */
export function marketCode(raw: string): string | null {
  const code = raw.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code) || NOT_MARKETS.has(code)) return null;
  if (code === "EU") return code;
  return REGION_NAMES.of(code) ? code : null;
}

/** The first code that is not a market, or null when all are. */
export function firstInvalidMarket(codes: readonly string[]): string | null {
  return codes.find((c) => marketCode(c) === null) ?? null;
}
