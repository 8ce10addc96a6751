import { describe, expect, it } from "vitest";
import { readTriageQuery, TRIAGE_PAGE_SIZE, triageView, type TriageViewRow } from "./triage-view.ts";

const row = (over: Partial<TriageViewRow> & { id: string }) => ({
  companyName: "甲公司",
  caseNumber: null,
  opposingParty: null,
  daysLeft: null,
  submittedAt: null,
  sla: { level: "ok", left: 5 },
  owner: null,
  ...over,
});

describe("the triage queue's view", () => {
  it("reads an unknown sort, a bad page and a missing owner as the defaults", () => {
    expect(readTriageQuery(new URLSearchParams("sort=drop&page=-3"))).toEqual({ owner: "", q: "", sort: "deadline", dir: "asc", page: 1 });
  });

  it("shows only the current user's requests under mine and only unowned ones under unassigned", () => {
    const rows = [row({ id: "a", owner: { id: "me" } }), row({ id: "b", owner: { id: "other" } }), row({ id: "c" })];
    const ids = (owner: string) => triageView(rows, { ...readTriageQuery(new URLSearchParams()), owner }, "me").rows.map((r) => r.id);
    expect(ids("mine")).toEqual(["a"]);
    expect(ids("none")).toEqual(["c"]);
    expect(ids("other")).toEqual(["b"]);
    expect(ids("")).toEqual(["a", "b", "c"]);
  });

  it("finds a request by case number, company or opposing party, ignoring case", () => {
    const rows = [row({ id: "a", caseNumber: "337-TA-1234" }), row({ id: "b", companyName: "宁波光伏" }), row({ id: "c", opposingParty: "Acme Solar" })];
    const find = (q: string) => triageView(rows, { ...readTriageQuery(new URLSearchParams()), q }, "me").rows.map((r) => r.id);
    expect(find("ta-1234")).toEqual(["a"]);
    expect(find("光伏")).toEqual(["b"]);
    expect(find("acme")).toEqual(["c"]);
  });

  it("sorts breached SLAs before due-soon ones, and reverses on desc", () => {
    const rows = [
      row({ id: "ok", sla: { level: "ok", left: 9 } }),
      row({ id: "late", sla: { level: "breached", left: -2 } }),
      row({ id: "soon", sla: { level: "due-soon", left: 1 } }),
    ];
    const q = readTriageQuery(new URLSearchParams("sort=sla"));
    expect(triageView(rows, q, "me").rows.map((r) => r.id)).toEqual(["late", "soon", "ok"]);
    expect(triageView(rows, { ...q, dir: "desc" }, "me").rows.map((r) => r.id)).toEqual(["ok", "soon", "late"]);
  });

  it("pages the rows and clamps a page past the end to the last page", () => {
    const rows = Array.from({ length: TRIAGE_PAGE_SIZE + 3 }, (_, i) => row({ id: `r${i}`, daysLeft: i }));
    const view = triageView(rows, { ...readTriageQuery(new URLSearchParams()), page: 9 }, "me");
    expect(view).toMatchObject({ page: 2, pages: 2, total: TRIAGE_PAGE_SIZE + 3 });
    expect(view.rows.map((r) => r.id)).toEqual(["r25", "r26", "r27"]);
  });
});
