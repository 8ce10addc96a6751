// Every route of the expert pool, portal, advice review and escalation pages, called as Remix
// calls them (real Requests with session cookies and CSRF tokens, the real database): who may
// see what, and the forms' per-field errors.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { proposeExperts, respondToAssignment } from "~/models/expert-assignment.server.ts";
import { escalateRequest } from "~/models/escalation.server.ts";
import { action as assignAction, loader as assignLoader } from "~/routes/staff+/requests.$id_.assign.tsx";
import { action as reviewAction, loader as reviewLoader } from "~/routes/staff+/requests.$id_.advice.tsx";
import { action as escalateAction, loader as escalateLoader } from "~/routes/staff+/requests.$id_.escalate.tsx";
import { action as escListAction, loader as escListLoader } from "~/routes/staff+/escalations._index.tsx";
import { loader as dossierLoader } from "~/routes/staff+/escalations.$id.dossier.tsx";
import { loader as dossierJsonLoader } from "~/routes/staff+/escalations.$id.dossier[.]json.tsx";
import { loader as expertsLoader } from "~/routes/staff+/experts._index.tsx";
import { action as expertNewAction, loader as expertNewLoader } from "~/routes/staff+/experts.new.tsx";
import { action as expertEditAction, loader as expertEditLoader } from "~/routes/staff+/experts.$id.tsx";
import { action as profileAction, loader as profileLoader } from "~/routes/expert+/profile.tsx";
import { loader as myListLoader } from "~/routes/expert+/assignments._index.tsx";
import { action as myAssignmentAction, loader as myAssignmentLoader } from "~/routes/expert+/assignments.$id.tsx";
import { action as adviceAction, loader as adviceLoader } from "~/routes/expert+/requests.$id.advice.tsx";
import { loader as exporterAdviceLoader } from "~/routes/exporter+/requests.$id_.advice.tsx";
import { getDb } from "~/utils/db.server.ts";
import { makeCompany, makeExpert, makeUser } from "../db-utils.ts";
import { makeGuidanceRequest } from "../support/guidance-factory.ts";
import { getRequest, postForm, sessionFor, settle } from "../support/requests.ts";

type Fn = (args: LoaderFunctionArgs) => Promise<unknown>;
const call = (fn: Fn, request: Request, params: Record<string, string> = {}) => settle(() => fn({ request, params, context: {} }));

async function setup() {
  const db = await getDb();
  const industry = `ind-${Math.random().toString(36).slice(2, 8)}`;
  const companyA = await makeCompany(db, { rawIndustries: [industry] });
  const exporterA = await makeUser(db, {
    role: "exporter",
    companyId: companyA.id,
  });
  const exporterB = await makeUser(db, { role: "exporter" });
  const staff = await makeUser(db, { role: "staff" });
  const admin = await makeUser(db, { role: "admin" });
  const assigned = await makeExpert(db, {
    name: "指派专家",
    profile: { industries: [industry] },
  });
  const other = await makeExpert(db, {
    name: "其他专家",
    profile: { industries: [industry] },
  });
  const request = await makeGuidanceRequest(db, {
    companyId: companyA.id,
    createdById: exporterA.id,
    staffId: staff.id,
  });
  const [assignment] = await proposeExperts(db, {
    requestId: request.id,
    expertIds: [assigned.profile.id],
    staffId: staff.id,
  });
  const s = {
    exporterA: await sessionFor(exporterA.id),
    exporterB: await sessionFor(exporterB.id),
    staff: await sessionFor(staff.id),
    admin: await sessionFor(admin.id),
    assigned: await sessionFor(assigned.user.id),
    other: await sessionFor(other.user.id),
  };
  return { db, request, assignment, assigned, other, staff, s, companyA };
}

describe("authorisation of the expert, advice and escalation routes", () => {
  it("lets staff and admin manage the pool, and nobody else", async () => {
    const { s, assigned } = await setup();
    for (const who of [s.staff, s.admin]) {
      expect((await call(expertsLoader, getRequest("/staff/experts?ipType=patent", who.cookie))).status).toBe(200);
      expect((await call(expertNewLoader, getRequest("/staff/experts/new", who.cookie))).status).toBe(200);
      expect((await call(expertEditLoader, getRequest(`/staff/experts/${assigned.profile.id}`, who.cookie), { id: assigned.profile.id })).status).toBe(200);
    }
    for (const who of [s.exporterA, s.assigned]) {
      expect((await call(expertsLoader, getRequest("/staff/experts", who.cookie))).status).toBe(404);
      expect(
        (
          await call(
            expertEditAction,
            postForm(`/staff/experts/${assigned.profile.id}`, { csrf: who.csrf, displayNameZh: "x", capacity: "1" }, { cookie: who.cookie }),
            { id: assigned.profile.id },
          )
        ).status,
      ).toBe(404);
    }
    expect((await call(expertEditLoader, getRequest("/staff/experts/nope", s.staff.cookie), { id: "nope" })).status).toBe(404);
  });

  it("shows an expert only their own assignments: another expert gets 404, and so does a declined one", async () => {
    const { db, s, assignment, request, other, staff } = await setup();
    expect((await call(myAssignmentLoader, getRequest(`/expert/assignments/${assignment.id}`, s.assigned.cookie), { id: assignment.id })).status).toBe(200);
    expect((await call(myAssignmentLoader, getRequest(`/expert/assignments/${assignment.id}`, s.other.cookie), { id: assignment.id })).status).toBe(404);
    expect(
      (
        await call(
          myAssignmentAction,
          postForm(`/expert/assignments/${assignment.id}`, { csrf: s.other.csrf, intent: "accept", noConflict: "on" }, { cookie: s.other.cookie }),
          { id: assignment.id },
        )
      ).status,
    ).toBe(404);
    expect((await call(myAssignmentLoader, getRequest(`/expert/assignments/${assignment.id}`, s.staff.cookie), { id: assignment.id })).status).toBe(404);
    const list = await (await call(myListLoader, getRequest("/expert/assignments", s.other.cookie))).json();
    expect(list.assignments).toEqual([]);
    // The advice page needs an accepted assignment.
    expect((await call(adviceLoader, getRequest(`/expert/requests/${request.id}/advice`, s.assigned.cookie), { id: request.id })).status).toBe(404);
    const [p2] = await proposeExperts(db, {
      requestId: request.id,
      expertIds: [other.profile.id],
      staffId: staff.id,
    });
    await respondToAssignment(db, {
      assignmentId: p2.id,
      expertUserId: other.user.id,
      accept: false,
      reason: "忙",
    });
    expect((await call(myAssignmentLoader, getRequest(`/expert/assignments/${p2.id}`, s.other.cookie), { id: p2.id })).status).toBe(404);
  });

  it("needs the no-conflict declaration to accept and a reason to decline, then opens the advice form", async () => {
    const { db, s, assignment, request } = await setup();
    const path = `/expert/assignments/${assignment.id}`;
    const noDecl = await call(myAssignmentAction, postForm(path, { csrf: s.assigned.csrf, intent: "accept" }, { cookie: s.assigned.cookie }), {
      id: assignment.id,
    });
    expect(noDecl.status).toBe(400);
    expect((await noDecl.json()).fieldErrors).toEqual({
      noConflict: "experts.noConflictRequired",
    });
    const noReason = await call(myAssignmentAction, postForm(path, { csrf: s.assigned.csrf, intent: "decline", reason: "" }, { cookie: s.assigned.cookie }), {
      id: assignment.id,
    });
    expect((await noReason.json()).fieldErrors).toEqual({
      reason: "experts.declineReasonRequired",
    });
    const noCsrf = await call(myAssignmentAction, postForm(path, { intent: "accept", noConflict: "on" }, { cookie: s.assigned.cookie }), { id: assignment.id });
    expect(noCsrf.status).toBe(403);
    const ok = await call(myAssignmentAction, postForm(path, { csrf: s.assigned.csrf, intent: "accept", noConflict: "on" }, { cookie: s.assigned.cookie }), {
      id: assignment.id,
    });
    expect(ok.status).toBe(302);
    expect(
      (
        await db.guidanceRequest.findUniqueOrThrow({
          where: { id: request.id },
        })
      ).state,
    ).toBe("expert-assigned");
    const advicePath = `/expert/requests/${request.id}/advice`;
    expect(
      (
        await call(adviceLoader, getRequest(advicePath, s.assigned.cookie), {
          id: request.id,
        })
      ).status,
    ).toBe(200);
    const bad = await call(
      adviceAction,
      postForm(
        advicePath,
        {
          csrf: s.assigned.csrf,
          intent: "submit",
          assessment: "",
          costMin: "5",
          costMax: "1",
          currency: "US",
        },
        { cookie: s.assigned.cookie },
      ),
      { id: request.id },
    );
    expect(bad.status).toBe(400);
    expect((await bad.json()).fieldErrors).toMatchObject({
      costMax: "experts.costRange",
      currency: "experts.invalidCurrency",
    });
    const incomplete = await call(
      adviceAction,
      postForm(advicePath, { csrf: s.assigned.csrf, intent: "submit", assessment: "" }, { cookie: s.assigned.cookie }),
      { id: request.id },
    );
    expect((await incomplete.json()).fieldErrors).toEqual({
      assessment: "form.required",
      options: "experts.optionRequired",
    });
    const submitted = await call(
      adviceAction,
      postForm(
        advicePath,
        {
          csrf: s.assigned.csrf,
          intent: "submit",
          assessment: "可应诉",
          "opt.respond.include": "on",
          "opt.respond.recommended": "on",
        },
        { cookie: s.assigned.cookie },
      ),
      { id: request.id },
    );
    expect(submitted.status).toBe(200);
    expect(
      (
        await db.guidanceRequest.findUniqueOrThrow({
          where: { id: request.id },
        })
      ).state,
    ).toBe("advice-drafted");
  });

  it("keeps request actions to staff (admin, experts and exporters get 404), unknown requests answer 404", async () => {
    const { s, request } = await setup();
    const routes: [Fn, string][] = [
      [assignLoader, `/staff/requests/${request.id}/assign`],
      [reviewLoader, `/staff/requests/${request.id}/advice`],
      [escalateLoader, `/staff/requests/${request.id}/escalate`],
    ];
    for (const [fn, path] of routes) {
      expect((await call(fn, getRequest(path, s.staff.cookie), { id: request.id })).status).toBe(200);
      for (const who of [s.admin, s.assigned, s.exporterA]) expect((await call(fn, getRequest(path, who.cookie), { id: request.id })).status).toBe(404);
      expect((await call(fn, getRequest(path.replace(request.id, "missing"), s.staff.cookie), { id: "missing" })).status).toBe(404);
    }
    expect((await call(escListLoader, getRequest("/staff/escalations", s.admin.cookie))).status).toBe(404);
    expect(
      (
        await call(assignAction, postForm(`/staff/requests/missing/assign`, { csrf: s.staff.csrf, expertId: "x" }, { cookie: s.staff.cookie }), {
          id: "missing",
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call(
          reviewAction,
          postForm(`/staff/requests/${request.id}/advice`, { csrf: s.assigned.csrf, adviceId: "x", decision: "approve" }, { cookie: s.assigned.cookie }),
          { id: request.id },
        )
      ).status,
    ).toBe(404);
  });

  it("shows the shortlist with excluded experts' reasons and proposes the picked experts", async () => {
    const { db, s, request, other, assigned } = await setup();
    await db.expertProfile.update({
      where: { id: other.profile.id },
      data: { conflictCompanies: JSON.stringify(["ACME SOLAR, INC."]) },
    });
    const page = await (await call(assignLoader, getRequest(`/staff/requests/${request.id}/assign`, s.staff.cookie), { id: request.id })).json();
    expect(page.list.excluded.find((e: { expertId: string }) => e.expertId === other.profile.id).excluded[0]).toMatchObject({
      kind: "conflict",
      role: "opposing-party",
    });
    expect(page.assignments).toEqual([expect.objectContaining({ status: "proposed" })]);
    // Already proposed: not offered again.
    expect(page.list.ranked.map((r: { expertId: string }) => r.expertId)).not.toContain(assigned.profile.id);
    const none = await call(assignAction, postForm(`/staff/requests/${request.id}/assign`, { csrf: s.staff.csrf }, { cookie: s.staff.cookie }), {
      id: request.id,
    });
    expect((await none.json()).fieldErrors).toEqual({
      expertId: "experts.pickOne",
    });
    const excluded = await call(
      assignAction,
      postForm(`/staff/requests/${request.id}/assign`, { csrf: s.staff.csrf, expertId: other.profile.id }, { cookie: s.staff.cookie }),
      { id: request.id },
    );
    expect((await excluded.json()).formError).toBe("experts.error.excluded");
  });

  it("lets the exporter read delivered advice of its own request only", async () => {
    const { s, request } = await setup();
    expect((await call(exporterAdviceLoader, getRequest(`/exporter/requests/${request.id}/advice`, s.exporterA.cookie), { id: request.id })).status).toBe(200);
    expect((await call(exporterAdviceLoader, getRequest(`/exporter/requests/${request.id}/advice`, s.exporterB.cookie), { id: request.id })).status).toBe(404);
    expect((await call(exporterAdviceLoader, getRequest(`/exporter/requests/${request.id}/advice`, s.staff.cookie), { id: request.id })).status).toBe(404);
    const body = await (await call(exporterAdviceLoader, getRequest(`/exporter/requests/${request.id}/advice`, s.exporterA.cookie), { id: request.id })).json();
    expect(body.advice).toEqual([]);
  });

  it("requires escalation criteria and a note, then tracks the status and serves the dossier to staff only", async () => {
    const { db, s, request } = await setup();
    const path = `/staff/requests/${request.id}/escalate`;
    const bad = await call(escalateAction, postForm(path, { csrf: s.staff.csrf, note: "" }, { cookie: s.staff.cookie }), { id: request.id });
    expect(bad.status).toBe(400);
    expect((await bad.json()).fieldErrors).toEqual({
      criteria: "experts.criteriaRequired",
      note: "form.required",
    });
    const body = new URLSearchParams([
      ["csrf", s.staff.csrf],
      ["criteria", "novel-law"],
      ["criteria", "no-local-expert"],
      ["note", "无合适本地专家"],
    ]);
    const ok = await call(
      escalateAction,
      new Request(`http://localhost:3000${path}`, {
        method: "POST",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          Cookie: s.staff.cookie,
          Origin: "http://localhost:3000",
        },
        body,
      }),
      { id: request.id },
    );
    expect(ok.status).toBe(302);
    const esc = await db.escalation.findFirstOrThrow({
      where: { requestId: request.id },
    });
    expect(JSON.parse(esc.criteria)).toEqual(["novel-law", "no-local-expert"]);
    const skip = await call(
      escListAction,
      postForm("/staff/escalations", { csrf: s.staff.csrf, escalationId: esc.id, status: "closed" }, { cookie: s.staff.cookie }),
    );
    expect((await skip.json()).formError).toBe("experts.error.illegal-status");
    const ack = await call(
      escListAction,
      postForm(
        "/staff/escalations",
        {
          csrf: s.staff.csrf,
          escalationId: esc.id,
          status: "acknowledged",
          subCentreRef: "ZJ-2026-7",
        },
        { cookie: s.staff.cookie },
      ),
    );
    expect(ack.status).toBe(200);
    const json = await call(dossierJsonLoader, getRequest(`/staff/escalations/${esc.id}/dossier.json`, s.staff.cookie), { id: esc.id });
    expect(json.headers.get("Content-Disposition")).toContain("attachment");
    const dossier = await json.json();
    expect(dossier.escalations[0]).toMatchObject({
      status: "acknowledged",
      subCentreRef: "ZJ-2026-7",
    });
    expect(dossier.parties.opposingParty).toBe("Acme Solar Inc.");
    expect((await call(dossierLoader, getRequest(`/staff/escalations/${esc.id}/dossier`, s.staff.cookie), { id: esc.id })).status).toBe(200);
    expect((await call(dossierJsonLoader, getRequest(`/staff/escalations/${esc.id}/dossier.json`, s.assigned.cookie), { id: esc.id })).status).toBe(404);
    expect((await call(dossierLoader, getRequest(`/staff/escalations/missing/dossier`, s.staff.cookie), { id: "missing" })).status).toBe(404);
    void escalateRequest;
  });

  it("validates expert profiles per field, for staff and for the expert's own page", async () => {
    const { s, assigned, db } = await setup();
    const bad = await call(
      expertNewAction,
      postForm(
        "/staff/experts/new",
        {
          csrf: s.staff.csrf,
          email: "not-an-email",
          password: "short",
          displayNameZh: "",
          capacity: "-1",
          unavailable: "2026-09-10..2026-09-01",
        },
        { cookie: s.staff.cookie },
      ),
    );
    expect(bad.status).toBe(400);
    expect((await bad.json()).fieldErrors).toMatchObject({
      email: "form.invalidEmail",
      password: "form.tooShort|min=10",
      displayNameZh: "form.required",
      capacity: "experts.invalidCapacity",
      unavailable: "experts.invalidWindow",
    });
    const created = await call(
      expertNewAction,
      postForm(
        "/staff/experts/new",
        {
          csrf: s.staff.csrf,
          email: `new-${Date.now()}@example.test`,
          password: "long-enough-pw",
          displayNameZh: "新专家",
          capacity: "2",
          jurisdictions: "us, de",
          languages: "zh, en",
          conflictFirms: "Smith & Jones LLP",
        },
        { cookie: s.staff.cookie },
      ),
    );
    expect(created.status).toBe(302);
    const ownBad = await call(
      profileAction,
      postForm("/expert/profile", { csrf: s.assigned.csrf, capacity: "abc", unavailable: "" }, { cookie: s.assigned.cookie }),
    );
    expect((await ownBad.json()).fieldErrors).toEqual({
      capacity: "experts.invalidCapacity",
    });
    const own = await call(
      profileAction,
      postForm(
        "/expert/profile",
        {
          csrf: s.assigned.csrf,
          capacity: "1",
          unavailable: "2026-12-01..2026-12-24",
          conflictCompanies: "Acme Solar Inc.\nRival Energy",
        },
        { cookie: s.assigned.cookie },
      ),
    );
    expect(own.status).toBe(200);
    const row = await db.expertProfile.findUniqueOrThrow({
      where: { id: assigned.profile.id },
    });
    expect(row).toMatchObject({
      capacity: 1,
      unavailable: JSON.stringify([{ from: "2026-12-01", to: "2026-12-24" }]),
      conflictCompanies: JSON.stringify(["Acme Solar Inc.", "Rival Energy"]),
    });
    expect((await call(profileLoader, getRequest("/expert/profile", s.staff.cookie))).status).toBe(404);
  });
});
