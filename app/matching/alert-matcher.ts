// Which companies a new risk item concerns, and how much (DESIGN.md §2.2). Pure: the
// subscriptions are compiled once per run into one keyword automaton (KeywordIndex: English
// as whole words, plural-tolerant; Chinese as substrings with Traditional folded) plus maps
// from HS headings and industries to subscriptions, so an item costs one scan of its text
// and a few map lookups whatever the number of subscriptions — never a query per
// subscription. Party names are matched separately (party-names.ts) and take precedence.
import { severityRank, type Severity } from "~/domain/severity.ts";
import { KeywordIndex } from "~/ingest/keyword-index.ts";

export interface MatchSubscription {
  id: string;
  companyId: string;
  industries: string[];
  /** Product terms, Chinese or English. */
  keywords: string[];
  /** 4 to 10 digits. */
  hsCodes: string[];
  /** Country or region codes (US, DE, EU …); empty = every market. */
  markets: string[];
  /** Restrictions: empty = any. */
  ipTypes: string[];
  caseTypes: string[];
  minSeverity: Severity;
  /**
   * Opt-in: an industry-only match (no product term, HS code, name or complainant) is a
   * medium alert in the inbox. Without it, industry alone is too weak a signal for an alert
   * of its own: it is low and delivered in the digest only (SubscriptionHit.digestOnly).
   */
  industryAlerts?: boolean;
}

export interface MatchItem {
  id: string;
  title: string;
  summary: string;
  kind: string;
  jurisdiction: string;
  caseType: string;
  ipTypes: string[];
  industries: string[];
  products: string[];
  htsCodes: string[];
}

/** Why an item matched; stored on the alert as JSON and rendered in the reader's language. */
export type MatchReason =
  | { kind: "party"; role: "respondent" | "complainant"; name: string; score: number; evidence: string[] }
  | { kind: "keyword"; subscriptionId: string; terms: string[] }
  | { kind: "hs-code"; subscriptionId: string; codes: string[] }
  | { kind: "industry"; subscriptionId: string; industries: string[] }
  | { kind: "market"; subscriptionId: string; market: string }
  | { kind: "law-change"; subscriptionId: string; market: string };

export interface SubscriptionHit {
  subscriptionId: string;
  companyId: string;
  severity: Severity;
  reasons: MatchReason[];
  /** Weak evidence (industry alone, not opted in): digest only, not listed in the inbox. */
  digestOnly?: boolean;
}

// EU-wide measures reach every member state's market, and a national one is part of the EU market.
const EU_MEMBERS = new Set("AT BE BG HR CY CZ DK EE FI FR DE GR IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split(" "));

export function marketMatches(markets: readonly string[], jurisdiction: string): string | null {
  const j = jurisdiction.toUpperCase();
  for (const m of markets) {
    const market = m.toUpperCase();
    if (market === j) return market;
    if (j === "EU" && EU_MEMBERS.has(market)) return market;
    if (market === "EU" && EU_MEMBERS.has(j)) return market;
  }
  return null;
}

function marketSet(markets: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const m of markets) {
    const market = m.toUpperCase();
    set.add(market);
    if (market === "EU") for (const member of EU_MEMBERS) set.add(member);
    if (EU_MEMBERS.has(market)) set.add("EU");
  }
  return set;
}

/** HS headings an item's HTS codes fall under: the 6-digit subheading and the 4-digit heading. */
function itemHeadings(codes: readonly string[]): string[] {
  const out = new Set<string>();
  for (const code of codes) {
    const digits = code.replace(/\D/g, "");
    if (digits.length >= 6) out.add(`6:${digits.slice(0, 6)}`);
    if (digits.length >= 4) out.add(`4:${digits.slice(0, 4)}`);
  }
  return [...out];
}

/** A subscribed code as a heading key: 4 digits match a heading, 6+ digits a subheading. */
function subscriptionHeading(code: string): string | null {
  const digits = code.replace(/\D/g, "");
  if (digits.length >= 6) return `6:${digits.slice(0, 6)}`;
  if (digits.length >= 4) return `4:${digits.slice(0, 4)}`;
  return null;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export class AlertMatcher {
  private readonly subs: MatchSubscription[];
  private readonly keywords: KeywordIndex;
  /** Keyword tag → [subscription index, term as written]. */
  private readonly byTerm = new Map<string, [number, string][]>();
  private readonly byHeading = new Map<string, [number, string][]>();
  private readonly byIndustry = new Map<string, number[]>();
  /** Subscriptions that alert on law changes, by jurisdiction their markets cover. */
  private readonly lawWatchers = new Map<string, number[]>();
  /** Per subscription, every jurisdiction its markets cover (EU and member states both ways). */
  private readonly marketSets: Set<string>[] = [];

  constructor(subscriptions: MatchSubscription[]) {
    this.subs = subscriptions;
    const entries: { keyword: string; tag: string }[] = [];
    const termTags = new Map<string, string>();
    subscriptions.forEach((s, i) => {
      for (const term of s.keywords) {
        const t = term.trim();
        if (t.length < 2) continue;
        const key = t.toLowerCase();
        let tag = termTags.get(key);
        if (!tag) {
          tag = String(termTags.size);
          termTags.set(key, tag);
          entries.push({ keyword: t, tag });
        }
        push(this.byTerm, tag, [i, t] as [number, string]);
      }
      for (const code of s.hsCodes) {
        const h = subscriptionHeading(code);
        if (h) push(this.byHeading, h, [i, code] as [number, string]);
      }
      for (const ind of s.industries) push(this.byIndustry, ind, i);
      const covered = marketSet(s.markets);
      this.marketSets.push(covered);
      for (const j of covered) push(this.lawWatchers, j, i);
    });
    this.keywords = new KeywordIndex(entries);
  }

  get size() {
    return this.subs.length;
  }

  /** Every subscription the item concerns, with severity and reasons (best per subscription). */
  match(item: MatchItem): SubscriptionHit[] {
    const hits: SubscriptionHit[] = [];
    this.scan(item, (i, severity, found) => hits.push(this.hit(i, severity, found, item)));
    return hits;
  }

  /**
   * One hit per company: its most severe subscription hit (the first one on a tie), with that
   * hit's reasons. Same choice as `bestPerCompany(match(item))`, but reasons are built only for
   * the winning subscription of each company (issue 17: a law change reaches tens of thousands
   * of subscriptions; their reasons were built and then merged away).
   */
  matchBest(item: MatchItem): Map<string, SubscriptionHit> {
    // Company → position in the parallel arrays: no object per candidate hit.
    const slots = new Map<string, number>();
    const index: number[] = [];
    const rank: number[] = [];
    const severities: Severity[] = [];
    const founds: (Found | null)[] = [];
    this.scan(item, (i, severity, found) => {
      const companyId = this.subs[i].companyId;
      const r = severityRank(severity);
      const k = slots.get(companyId);
      if (k === undefined) {
        slots.set(companyId, index.length);
        index.push(i);
        rank.push(r);
        severities.push(severity);
        founds.push(found);
      } else if (r > rank[k]) {
        index[k] = i;
        rank[k] = r;
        severities[k] = severity;
        founds[k] = found;
      }
    });
    const out = new Map<string, SubscriptionHit>();
    for (const [companyId, k] of slots) out.set(companyId, this.hit(index[k], severities[k], founds[k], item));
    return out;
  }

  /** Calls `emit` for every subscription the item concerns; `found` is null for a law change. */
  private scan(item: MatchItem, emit: (i: number, severity: Severity, found: Found | null) => void): void {
    // One accumulator per candidate subscription, keyed by its index.
    const acc = new Map<number, Found>();
    const slot = (i: number) => {
      let a = acc.get(i);
      if (!a) acc.set(i, (a = {}));
      return a;
    };
    const text = `${item.title}\n${item.summary}\n${item.products.join("\n")}`;
    for (const tag of this.keywords.match(text)) {
      for (const [i, term] of this.byTerm.get(tag) ?? []) (slot(i).terms ??= []).push(term);
    }
    for (const h of itemHeadings(item.htsCodes)) {
      for (const [i, code] of this.byHeading.get(h) ?? []) (slot(i).codes ??= []).push(code);
    }
    for (const ind of item.industries) {
      for (const i of this.byIndustry.get(ind) ?? []) (slot(i).industries ??= []).push(ind);
    }
    const isLaw = item.kind === "law" || item.caseType === "law-rule-change";
    const jurisdiction = item.jurisdiction.toUpperCase();
    // A law change reaches every subscription watching its market: tens of thousands at
    // scale, so these skip the per-candidate bookkeeping.
    if (isLaw) {
      for (const i of this.lawWatchers.get(jurisdiction) ?? []) {
        if (acc.has(i)) continue;
        const s = this.subs[i];
        if (s.minSeverity !== "low") continue;
        if (s.ipTypes.length && !item.ipTypes.some((t) => s.ipTypes.includes(t))) continue;
        if (s.caseTypes.length && !s.caseTypes.includes(item.caseType)) continue;
        emit(i, "low", null);
      }
    }
    for (const [i, a] of acc) {
      const s = this.subs[i];
      // Cheap rejections first: most candidates of a common term fail on market.
      if (s.markets.length && !this.marketSets[i].has(jurisdiction)) continue;
      if (s.ipTypes.length && !item.ipTypes.some((t) => s.ipTypes.includes(t))) continue;
      if (s.caseTypes.length && !s.caseTypes.includes(item.caseType)) continue;
      const product = a.terms !== undefined || a.codes !== undefined;
      const industryOnly = !product && a.industries !== undefined;
      const severity: Severity | null = product ? "high" : industryOnly ? (s.industryAlerts ? "medium" : "low") : null;
      if (!severity || severityRank(severity) < severityRank(s.minSeverity)) continue;
      emit(i, severity, a);
    }
  }

  /** The hit of subscription `i`, with its reasons. */
  private hit(i: number, severity: Severity, found: Found | null, item: MatchItem): SubscriptionHit {
    const s = this.subs[i];
    const jurisdiction = item.jurisdiction.toUpperCase();
    if (!found)
      return { subscriptionId: s.id, companyId: s.companyId, severity, reasons: [{ kind: "law-change", subscriptionId: s.id, market: jurisdiction }] };
    const industryOnly = found.terms === undefined && found.codes === undefined;
    // The item's market, which the subscription's markets cover (checked in scan).
    const market = s.markets.length ? jurisdiction : null;
    const reasons: MatchReason[] = [];
    if (found.terms) reasons.push({ kind: "keyword", subscriptionId: s.id, terms: [...new Set(found.terms)] });
    if (found.codes) reasons.push({ kind: "hs-code", subscriptionId: s.id, codes: [...new Set(found.codes)] });
    if (found.industries) reasons.push({ kind: "industry", subscriptionId: s.id, industries: [...new Set(found.industries)] });
    if (market) reasons.push({ kind: "market", subscriptionId: s.id, market });
    return { subscriptionId: s.id, companyId: s.companyId, severity, reasons, ...(industryOnly && !s.industryAlerts ? { digestOnly: true } : {}) };
  }
}

/** What of one subscription an item contains. */
interface Found {
  terms?: string[];
  codes?: string[];
  industries?: string[];
}
