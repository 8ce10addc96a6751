/**
 * One party name as printed in a notice, with the registered exporter it names (or null when
 * it names none of them). `kind`: "real" is the name as printed in the published text at
 * `source` (the registration beside it was written for this corpus when the text gives no
 * Chinese name); "constructed" is a name written here in the printed forms of such texts
 * (spellings, abbreviations, pinyin variants, near misses) where the search turned up none.
 */
export type PartyCase = {
  id: string;
  kind: "real" | "constructed";
  source?: string;
  /** What the case exercises: "zh-only", "umlaut", "abbrev", "district", "city-end", "alias", "storefront", "near-…", "unknown" … */
  class: string;
  name: string;
  location?: string;
  /** Registry id of the company named, or null for a name that must match no one. */
  expect: string | null;
};
