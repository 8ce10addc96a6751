// The triage queue's view of its rows: owner filter ("mine", unassigned, a person), text search,
// sorting and pagination, read from the page's query string. Pure, so the queue's rules are
// tested without a server; the loader only supplies the rows and the current user.

export const TRIAGE_SORTS = ["deadline", "sla", "submitted", "company", "case"] as const;
export type TriageSort = (typeof TRIAGE_SORTS)[number];
export const TRIAGE_PAGE_SIZE = 25;

export interface TriageQuery {
  /** "" = everyone, "mine", "none" (unassigned) or a staff user id */
  owner: string;
  q: string;
  sort: TriageSort;
  dir: "asc" | "desc";
  page: number;
}

export interface TriageViewRow {
  companyName: string;
  caseNumber: string | null;
  opposingParty: string | null;
  daysLeft: number | null;
  submittedAt: string | null;
  sla: { level: string; left: number | null };
  owner: { id: string } | null;
}

export function readTriageQuery(params: URLSearchParams): TriageQuery {
  const sort = params.get("sort");
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  return {
    owner: (params.get("owner") ?? "").trim().slice(0, 64),
    q: (params.get("q") ?? "").trim().slice(0, 200),
    sort: (TRIAGE_SORTS as readonly string[]).includes(sort ?? "") ? (sort as TriageSort) : "deadline",
    dir: params.get("dir") === "desc" ? "desc" : "asc",
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** Breached first, then due soon, on time, paused, none; within a level the fewest days left first. */
const SLA_RANK: Record<string, number> = { breached: 0, "due-soon": 1, ok: 2, paused: 3, none: 4 };

function compare<R extends TriageViewRow>(sort: TriageSort): (a: R, b: R) => number {
  const nullsLast = (a: number | null, b: number | null) => (a ?? Infinity) - (b ?? Infinity);
  switch (sort) {
    case "deadline":
      return (a, b) => nullsLast(a.daysLeft, b.daysLeft);
    case "sla":
      return (a, b) => (SLA_RANK[a.sla.level] ?? 9) - (SLA_RANK[b.sla.level] ?? 9) || nullsLast(a.sla.left, b.sla.left);
    case "submitted":
      return (a, b) => (a.submittedAt ?? "").localeCompare(b.submittedAt ?? "");
    case "company":
      return (a, b) => a.companyName.localeCompare(b.companyName, "zh-CN");
    case "case":
      return (a, b) => (a.caseNumber ?? "").localeCompare(b.caseNumber ?? "");
  }
}

export function matchesTriageText(row: TriageViewRow, q: string): boolean {
  if (!q) return true;
  const needle = q.toLowerCase();
  return [row.companyName, row.caseNumber, row.opposingParty].some((v) => v?.toLowerCase().includes(needle));
}

/** The rows of one page after the owner filter, the search and the sort; page is clamped to the last page. */
export function triageView<R extends TriageViewRow>(rows: R[], query: TriageQuery, userId: string) {
  const owned = rows.filter((r) => {
    if (query.owner === "") return true;
    if (query.owner === "none") return r.owner === null;
    const who = query.owner === "mine" ? userId : query.owner;
    return r.owner?.id === who;
  });
  const found = owned.filter((r) => matchesTriageText(r, query.q));
  const cmp = compare<R>(query.sort);
  // Stable sort: equal keys keep the model's order (most urgent deadline first).
  const sorted = [...found].sort((a, b) => (query.dir === "desc" ? cmp(b, a) : cmp(a, b)));
  const pages = Math.max(1, Math.ceil(sorted.length / TRIAGE_PAGE_SIZE));
  const page = Math.min(query.page, pages);
  return { rows: sorted.slice((page - 1) * TRIAGE_PAGE_SIZE, page * TRIAGE_PAGE_SIZE), total: sorted.length, page, pages };
}
