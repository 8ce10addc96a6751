// Issue 19: a form post that leaves a field out means "unchanged", not "empty" (the expert
// profile without capacity set it to 0 and cleared the conflicts; an advice draft was
// overwritten by whatever the next save posted).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { proposeExperts } from "~/models/expert-assignment.server.ts";
import { action as myAssignmentAction } from "~/routes/expert+/assignments.$id.tsx";
import { action as profileAction } from "~/routes/expert+/profile.tsx";
import { action as adviceAction } from "~/routes/expert+/requests.$id.advice.tsx";
import { getDb } from "~/utils/db.server.ts";
import { makeCompany, makeExpert, makeUser } from "../db-utils.ts";
import { makeGuidanceRequest } from "../support/guidance-factory.ts";
import { postForm, sessionFor, settle } from "../support/requests.ts";

type Fn = (args: LoaderFunctionArgs) => Promise<unknown>;
const call = (fn: Fn, request: Request, params: Record<string, string> = {}) => settle(() => fn({ request, params, context: {} }));

describe("partial form posts", () => {
  it("leave the expert's capacity and conflict lists alone when the post does not carry them", async () => {
    const db = await getDb();
    const expert = await makeExpert(db);
    const s = await sessionFor(expert.user.id);
    const full = { csrf: s.csrf, capacity: "4", unavailable: "", conflictCompanies: "Acme Solar Inc.", conflictFirms: "Smith & Jones LLP" };
    expect((await call(profileAction, postForm("/expert/profile", full, { cookie: s.cookie }))).status).toBe(200);
    const partial = await call(profileAction, postForm("/expert/profile", { csrf: s.csrf, unavailable: "2026-12-01..2026-12-24" }, { cookie: s.cookie }));
    expect(partial.status).toBe(200);
    const row = await db.expertProfile.findUniqueOrThrow({ where: { id: expert.profile.id } });
    expect(row).toMatchObject({ capacity: 4, unavailable: JSON.stringify([{ from: "2026-12-01", to: "2026-12-24" }]) });
    expect(row.conflictCompanies).toContain("Acme Solar Inc.");
    expect(row.conflictFirms).toContain("Smith & Jones LLP");
  });

  it("keep what an advice draft says when the next save posts only some fields", async () => {
    const db = await getDb();
    const company = await makeCompany(db);
    const exporter = await makeUser(db, { role: "exporter", companyId: company.id });
    const staff = await makeUser(db, { role: "staff" });
    const expert = await makeExpert(db);
    const request = await makeGuidanceRequest(db, { companyId: company.id, createdById: exporter.id, staffId: staff.id });
    const [assignment] = await proposeExperts(db, { requestId: request.id, expertIds: [expert.profile.id], staffId: staff.id });
    const s = await sessionFor(expert.user.id);
    const accepted = await call(
      myAssignmentAction,
      postForm(`/expert/assignments/${assignment!.id}`, { csrf: s.csrf, intent: "accept", noConflict: "on" }, { cookie: s.cookie }),
      { id: assignment!.id },
    );
    expect(accepted.status).toBe(302);
    const path = `/expert/requests/${request.id}/advice`;
    const first = {
      csrf: s.csrf,
      intent: "save",
      assessment: "应积极应诉",
      "opt.respond.include": "on",
      "opt.respond.pros": "保住市场",
      "step.0.text": "委托律师",
    };
    expect((await call(adviceAction, postForm(path, first, { cookie: s.cookie }), { id: request.id })).status).toBe(200);
    const second = { csrf: s.csrf, intent: "save", references: "19 U.S.C. § 1337" };
    expect((await call(adviceAction, postForm(path, second, { cookie: s.cookie }), { id: request.id })).status).toBe(200);
    const advice = await db.advice.findFirstOrThrow({ where: { requestId: request.id } });
    expect(advice.assessment).toBe("应积极应诉");
    expect(advice.options).toContain("respond");
    expect(advice.steps).toContain("委托律师");
    expect(advice.references).toContain("1337");
  });
});
