// Route input goes through zod (app/utils/forms.server.ts): a value that does not fit is a 400
// with a per-field message or a 404, never a 500 and never a silent fallback to another action.
import { describe, expect, it } from "vitest";
import { proposeTypicalCase, TypicalCaseSchema } from "~/models/typical-case.server.ts";
import { action as editTypicalCase } from "~/routes/staff+/typical-cases.$id.tsx";
import { action as proposeAction } from "~/routes/staff+/typical-cases._index.tsx";
import { action as assignAction } from "~/routes/staff+/requests.$id_.assign.tsx";
import { action as staffRequestAction } from "~/routes/staff+/requests.$id.tsx";
import { transitionRequest } from "~/models/guidance-request.server.ts";
import { createApplication } from "~/models/subsidy-application.server.ts";
import { action as subsidyUploadAction } from "~/routes/exporter+/subsidies.$id.attachments.tsx";
import { getDb } from "~/utils/db.server.ts";
import { ensureSupportReferenceData } from "../../prisma/seed-support.ts";
import { makeCompany, makeExpert, makeGuidanceRequest, makeUser } from "../db-utils.ts";
import { makeAcceptedRequestSetup } from "../support/guidance-factory.ts";
import { BASE, postForm, sessionFor, settle } from "../support/requests.ts";

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

  it("an intent that is no staff action (an Object property name) is a 400 on the intent, and the request keeps its state", async () => {
    const db = await getDb();
    const { staff, request } = await makeAcceptedRequestSetup(db);
    const { cookie, csrf } = await sessionFor(staff.id);
    const res = await settle(() =>
      staffRequestAction({
        request: postForm(`/staff/requests/${request.id}`, { csrf, intent: "constructor" }, { cookie }),
        params: { id: request.id },
        context: {},
      }),
    );
    expect(res.status).toBe(400);
    expect((await res.json()).fieldErrors).toEqual({ intent: "guidance.err.unknownAction" });
    expect((await db.guidanceRequest.findUniqueOrThrow({ where: { id: request.id } })).state).toBe("accepted");
  });

  it("a staff decision whose note is longer than 2,000 characters is a 400 on the note and is not taken", async () => {
    const db = await getDb();
    const { staff, request } = await makeAcceptedRequestSetup(db);
    const { cookie, csrf } = await sessionFor(staff.id);
    const res = await settle(() =>
      staffRequestAction({
        request: postForm(`/staff/requests/${request.id}`, { csrf, intent: "terminate", note: "理".repeat(2001) }, { cookie }),
        params: { id: request.id },
        context: {},
      }),
    );
    expect(res.status).toBe(400);
    expect((await res.json()).fieldErrors).toEqual({ note: "support.err.tooLong" });
    expect((await db.guidanceRequest.findUniqueOrThrow({ where: { id: request.id } })).state).toBe("accepted");
  });

  it("an unknown intent on the expert shortlist is refused with 400 instead of proposing the ticked experts", async () => {
    const db = await getDb();
    const { industry, staff, request } = await makeAcceptedRequestSetup(db);
    const expert = await makeExpert(db, { profile: { industries: [industry] } });
    const { cookie, csrf } = await sessionFor(staff.id);
    const res = await settle(() =>
      assignAction({
        request: postForm(`/staff/requests/${request.id}/assign`, { csrf, intent: "withdraw-all", expertId: expert.profile.id }, { cookie }),
        params: { id: request.id },
        context: {},
      }),
    );
    expect(res.status).toBe(400);
    expect((await res.json()).fieldErrors).toEqual({ intent: "guidance.err.unknownAction" });
    expect(await db.expertAssignment.count({ where: { requestId: request.id } })).toBe(0);
  });

  it("a request id in the path that could not be an id is a 404 before any query", async () => {
    const db = await getDb();
    const staff = await makeUser(db, { role: "staff" });
    const { cookie, csrf } = await sessionFor(staff.id);
    const id = "x".repeat(65);
    const res = await settle(() =>
      staffRequestAction({ request: postForm(`/staff/requests/${id}`, { csrf, intent: "accept" }, { cookie }), params: { id }, context: {} }),
    );
    expect(res.status).toBe(404);
  });

  it("a subsidy document posted with a kind that is none of the kinds is a 400 on that field, not filed as another kind", async () => {
    const db = await getDb();
    await ensureSupportReferenceData(db);
    const exporter = await makeUser(db, { role: "exporter" });
    const staff = await makeUser(db, { role: "staff" });
    const r = await makeGuidanceRequest(db, { companyId: exporter.companyId!, exporterId: exporter.id, staffId: staff.id, state: "delivered" });
    await transitionRequest(db, { requestId: r.id, to: "closed", actor: { id: exporter.id, kind: "exporter" } });
    const created = await createApplication(db, {
      companyId: exporter.companyId!,
      userId: exporter.id,
      data: {
        policyId: "won-case-overseas",
        subject: `request:${r.id}`,
        caseScope: "overseas",
        won: true,
        decidedOn: "2026-10-01",
        costs: 500_000,
        premium: null,
        statement: "胜诉",
      },
    });
    const id = (created as { id: string }).id;
    const s = await sessionFor(exporter.id);
    const form = new FormData();
    form.set("csrf", s.csrf);
    form.set("docKind", "judgement-of-the-moon");
    form.set(
      "file",
      new File([new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")], "判决书.pdf", {
        type: "application/pdf",
      }),
    );
    const request = new Request(`${BASE}/exporter/subsidies/${id}/attachments`, { method: "POST", headers: { Cookie: s.cookie, Origin: BASE }, body: form });
    const res = await settle(() => subsidyUploadAction({ request, params: { id }, context: {} }));
    expect(res.status).toBe(400);
    expect((await res.json()).fieldErrors).toEqual({ docKind: "support.err.choice" });
    expect(await db.supportAttachment.count({ where: { ownerId: id } })).toBe(0);
  });
});
