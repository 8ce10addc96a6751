// Route input goes through zod (app/utils/forms.server.ts): a value that does not fit is a 400
// with a per-field message or a 404, never a 500 and never a silent fallback to another action.
import { describe, expect, it } from "vitest";
import { proposeTypicalCase, TypicalCaseSchema } from "~/models/typical-case.server.ts";
import { action as editTypicalCase } from "~/routes/staff+/typical-cases.$id.tsx";
import { action as proposeAction } from "~/routes/staff+/typical-cases._index.tsx";
import { getDb } from "~/utils/db.server.ts";
import { makeCompany, makeGuidanceRequest, makeUser } from "../db-utils.ts";
import { postForm, sessionFor, settle } from "../support/requests.ts";

const FIELDS = {
  title: "某企业应对美国337调查",
  summary: "某企业被列为337调查被申请人。",
  facts: "A company was named a respondent.",
  response: "在 20 日内提交答辩。",
  outcome: "Settled.",
  lessons: "尽早进行 FTO 分析。",
  industry: "led-lighting",
  jurisdiction: "US",
  disputeType: "us-itc-337",
  tags: "337",
  maskTerms: "",
};

async function staffWithClosedRequest() {
  const db = await getDb();
  const staff = await makeUser(db, { role: "staff" });
  const company = await makeCompany(db, {});
  const exporter = await makeUser(db, { role: "exporter", companyId: company.id });
  const req = await makeGuidanceRequest(db, { companyId: company.id, exporterId: exporter.id, staffId: staff.id, state: "delivered" });
  await db.guidanceRequest.update({ where: { id: req.id }, data: { state: "closed", closedAt: new Date() } });
  return { db, staff, req, ...(await sessionFor(staff.id)) };
}

describe("route input is parsed with zod", () => {
  it("a typical-case proposal naming an oversized request id is a 400 on that field, not a 500", async () => {
    const { db, cookie, csrf } = await staffWithClosedRequest();
    const before = await db.typicalCase.count();
    const res = await settle(() =>
      proposeAction({ request: postForm("/staff/typical-cases", { csrf, ...FIELDS, requestId: "r".repeat(41) }, { cookie }), params: {}, context: {} }),
    );
    expect(res.status).toBe(400);
    expect((await res.json()).fieldErrors).toMatchObject({ requestId: expect.any(String) });
    expect(await db.typicalCase.count()).toBe(before);
  });

  it("an unknown intent on a typical case is refused with 400 instead of being saved as an edit", async () => {
    const { db, staff, req, cookie, csrf } = await staffWithClosedRequest();
    const tc = await proposeTypicalCase(db, { requestId: req.id }, TypicalCaseSchema.parse(FIELDS), staff.id);
    const res = await settle(() =>
      editTypicalCase({
        request: postForm(`/staff/typical-cases/${tc.id}`, { csrf, intent: "delete-everything", ...FIELDS, title: "改过的标题" }, { cookie }),
        params: { id: tc.id },
        context: {},
      }),
    );
    expect(res.status).toBe(400);
    expect((await res.json()).fieldErrors).toEqual({ intent: "guidance.err.unknownAction" });
    expect((await db.typicalCase.findUniqueOrThrow({ where: { id: tc.id } })).title).toBe(FIELDS.title);
  });
});
