// Staff withdraw an unanswered proposal through the assign page's action.
import { describe, expect, it } from "vitest";
import { proposeExperts, respondToAssignment } from "~/models/expert-assignment.server.ts";
import { action } from "~/routes/staff+/requests.$id_.assign.tsx";
import { getDb } from "~/utils/db.server.ts";
import { makeExpert } from "../db-utils.ts";
import { makeAcceptedRequestSetup, makeGuidanceRequest } from "../support/guidance-factory.ts";
import { postForm, sessionFor, settle } from "../support/requests.ts";

describe("withdraw a proposed assignment", () => {
  it("withdraws only a proposed assignment of this request, tells the expert, and allows proposing again", async () => {
    const db = await getDb();
    const { industry, company, exporter, staff, request } = await makeAcceptedRequestSetup(db);
    const other = await makeGuidanceRequest(db, { companyId: company.id, createdById: exporter.id, staffId: staff.id });
    const expert = await makeExpert(db, { name: "撤回 Withdraw", profile: { industries: [industry] } });
    const [p] = await proposeExperts(db, { requestId: request.id, expertIds: [expert.profile.id], staffId: staff.id });
    const s = await sessionFor(staff.id);
    const withdraw = (requestId: string, assignmentId: string, cookie = s.cookie, csrf = s.csrf) =>
      settle(() =>
        action({
          request: postForm(`/staff/requests/${requestId}/assign`, { csrf, intent: "withdraw", assignmentId }, { cookie }),
          params: { id: requestId },
          context: {},
        }),
      );

    // Another request's id in the URL: not found, nothing changes.
    expect((await withdraw(other.id, p!.id)).status).toBe(404);
    expect((await db.expertAssignment.findUniqueOrThrow({ where: { id: p!.id } })).status).toBe("proposed");
    // An expert cannot reach the staff action.
    const e = await sessionFor(expert.user.id);
    expect([403, 404]).toContain((await withdraw(request.id, p!.id, e.cookie, e.csrf)).status);

    expect((await withdraw(request.id, p!.id)).status).toBe(200);
    expect((await db.expertAssignment.findUniqueOrThrow({ where: { id: p!.id } })).status).toBe("withdrawn");
    expect(await db.notification.count({ where: { userId: expert.user.id, kind: "assignment.withdrawn" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "expert-assignment.withdraw", entityId: request.id } })).toBe(1);
    // Twice is refused with a message; the expert can no longer accept it.
    const again = await withdraw(request.id, p!.id);
    expect(again.status).toBe(400);
    expect((await again.json()).formError).toBe("experts.error.not-open");
    await expect(respondToAssignment(db, { assignmentId: p!.id, expertUserId: expert.user.id, accept: true, noConflict: true })).rejects.toThrow();
    // The same expert can be proposed anew.
    const [p2] = await proposeExperts(db, { requestId: request.id, expertIds: [expert.profile.id], staffId: staff.id });
    expect(p2!.status).toBe("proposed");
  });
});
