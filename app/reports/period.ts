// Reporting periods (month, quarter, year, custom) on the Shanghai calendar, as half-open
// instants [start, end). Pure and browser-safe.
export const PERIOD_KINDS = ["month", "quarter", "year", "custom"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  kind: PeriodKind;
  /** inclusive */
  start: Date;
  /** exclusive */
  end: Date;
  /** "2026-03", "2026-Q1", "2026", "2026-01-05~2026-02-10" */
  label: string;
}

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** Midnight in Shanghai of a calendar date, as an instant. */
export function shanghaiMidnight(year: number, month0: number, day: number): Date {
  return new Date(Date.UTC(year, month0, day) - SHANGHAI_OFFSET_MS);
}

export function shanghaiIso(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

export function monthPeriod(year: number, month: number): Period {
  return {
    kind: "month",
    start: shanghaiMidnight(year, month - 1, 1),
    end: shanghaiMidnight(year, month, 1),
    label: `${year}-${String(month).padStart(2, "0")}`,
  };
}

export function quarterPeriod(year: number, quarter: number): Period {
  return { kind: "quarter", start: shanghaiMidnight(year, (quarter - 1) * 3, 1), end: shanghaiMidnight(year, quarter * 3, 1), label: `${year}-Q${quarter}` };
}

export function yearPeriod(year: number): Period {
  return { kind: "year", start: shanghaiMidnight(year, 0, 1), end: shanghaiMidnight(year + 1, 0, 1), label: String(year) };
}

/** Custom period from two dates (YYYY-MM-DD), both inclusive. */
export function customPeriod(from: string, to: string): Period {
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = to.split("-").map(Number) as [number, number, number];
  return { kind: "custom", start: shanghaiMidnight(fy, fm - 1, fd), end: shanghaiMidnight(ty, tm - 1, td + 1), label: `${from}~${to}` };
}

/** The same period one year earlier (29 Feb maps to 1 Mar through Date arithmetic). */
export function samePeriodLastYear(p: Period): Period {
  const shift = (d: Date) => {
    const iso = shanghaiIso(d);
    const [y, m, day] = iso.split("-").map(Number) as [number, number, number];
    return shanghaiMidnight(y - 1, m - 1, day);
  };
  const start = shift(p.start);
  const end = shift(p.end);
  const label =
    p.kind === "custom" ? `${shanghaiIso(start)}~${shanghaiIso(new Date(end.getTime() - 1))}` : p.label.replace(/^\d{4}/, (y) => String(Number(y) - 1));
  return { kind: p.kind, start, end, label };
}

export function inPeriod(at: Date | null | undefined, p: Pick<Period, "start" | "end">): boolean {
  return !!at && at.getTime() >= p.start.getTime() && at.getTime() < p.end.getTime();
}

/** Parses the query-string form of a period; falls back to the current month. */
export function parsePeriod(
  q: { period?: string | null; year?: string | null; n?: string | null; from?: string | null; to?: string | null },
  now: Date = new Date(),
): Period {
  const today = shanghaiIso(now);
  const thisYear = Number(today.slice(0, 4));
  const year = Number(q.year) >= 2000 && Number(q.year) <= 2100 ? Number(q.year) : thisYear;
  const n = Number(q.n);
  const isDate = (s: string | null | undefined): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));
  switch (q.period) {
    case "year":
      return yearPeriod(year);
    case "quarter":
      return quarterPeriod(year, n >= 1 && n <= 4 ? n : Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1);
    case "custom":
      if (isDate(q.from) && isDate(q.to) && q.from <= q.to) return customPeriod(q.from, q.to);
      return monthPeriod(thisYear, Number(today.slice(5, 7)));
    default:
      return monthPeriod(year, n >= 1 && n <= 12 ? n : Number(today.slice(5, 7)));
  }
}

/** The query string that selects a period (inverse of parsePeriod). */
export function periodQuery(p: Period): string {
  if (p.kind === "custom") return `period=custom&from=${shanghaiIso(p.start)}&to=${shanghaiIso(new Date(p.end.getTime() - 1))}`;
  const year = shanghaiIso(p.start).slice(0, 4);
  if (p.kind === "year") return `period=year&year=${year}`;
  const month = Number(shanghaiIso(p.start).slice(5, 7));
  if (p.kind === "quarter") return `period=quarter&year=${year}&n=${Math.floor((month - 1) / 3) + 1}`;
  return `period=month&year=${year}&n=${month}`;
}

/** The 12 calendar months ending with the month that contains the period's last instant. */
export function trailingMonths(p: Period, count = 12): Period[] {
  const last = shanghaiIso(new Date(p.end.getTime() - 1));
  let y = Number(last.slice(0, 4));
  let m = Number(last.slice(5, 7));
  const out: Period[] = [];
  for (let i = 0; i < count; i++) {
    out.unshift(monthPeriod(y, m));
    m -= 1;
    if (m === 0) {
      m = 12;
      y -= 1;
    }
  }
  return out;
}

export interface StatsQuery {
  period: Period;
  filters: { industry?: string; region?: string; jurisdiction?: string; disputeType?: string; ipType?: string };
}
const FILTER_KEYS = ["industry", "region", "jurisdiction", "disputeType", "ipType"] as const;

/** Period and filters from a URL's query string (unknown or overlong values are dropped). */
export function parseStatsQuery(params: URLSearchParams, now: Date = new Date()): StatsQuery {
  const filters: StatsQuery["filters"] = {};
  for (const key of FILTER_KEYS) {
    const v = params.get(key)?.trim();
    if (v && v.length <= 60) filters[key] = v;
  }
  return { period: parsePeriod(Object.fromEntries(params), now), filters };
}

export function statsQueryString(q: StatsQuery): string {
  const extra = FILTER_KEYS.filter((k) => q.filters[k]).map((k) => `&${k}=${encodeURIComponent(q.filters[k]!)}`);
  return periodQuery(q.period) + extra.join("");
}
