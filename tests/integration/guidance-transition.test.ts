import { describe, expect, it } from "vitest";
import { TransitionError, transitionRequest } from "~/models/guidance-request.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { makeUser } from "../db-utils.ts";

async function draft() {
  const db = await getDb();
  const exporter = await makeUser(db, { role: "exporter" });
  const staff = await makeUser(db, { role: "staff" });
  const request = await db.guidanceRequest.create({
    data: { companyId: exporter.companyId!, createdById: exporter.id, disputeType: "us-itc-337", whatHappened: "收到337调查投诉" },
  });
  return { db, exporter, staff, request };
}

describe("guidance request transitions", () => {
  it("records each step on the timeline and in the audit log, and stamps SLA times", async () => {
    const { db, exporter, staff, request } = await draft();
    await transitionRequest(db, { requestId: request.id, to: "submitted", actor: { id: exporter.id, kind: "exporter" } });
    const reviewed = await transitionRequest(db, { requestId: request.id, to: "under-review", actor: { id: staff.id, kind: "staff" } });
    expect(reviewed.state).toBe("under-review");
    expect(reviewed.submittedAt).toBeInstanceOf(Date);
    expect(reviewed.firstResponseAt).toBeInstanceOf(Date);
    const paused = await transitionRequest(db, {
      requestId: request.id,
      to: "needs-supplement",
      actor: { id: staff.id, kind: "staff" },
      note: "请补充送达日期",
    });
    expect(paused.slaPausedAt).toBeInstanceOf(Date);
    const events = await db.guidanceEvent.findMany({ where: { requestId: request.id }, orderBy: { at: "asc" } });
    expect(events.map((e) => e.toState)).toEqual(["submitted", "under-review", "needs-supplement"]);
    expect(events[2].note).toBe("请补充送达日期");
    const audit = await db.auditEvent.findMany({ where: { entity: "guidance-request", entityId: request.id } });
    expect(audit.map((a) => a.action).sort()).toEqual(["guidance-request.needs-supplement", "guidance-request.submitted", "guidance-request.under-review"]);
  });

  it("refuses an illegal step, a missing reason and a stale state without writing anything", async () => {
    const { db, exporter, staff, request } = await draft();
    await expect(transitionRequest(db, { requestId: request.id, to: "accepted", actor: { id: staff.id, kind: "staff" } })).rejects.toMatchObject({
      code: "illegal-transition",
    });
    await transitionRequest(db, { requestId: request.id, to: "submitted", actor: { id: exporter.id, kind: "exporter" } });
    await expect(transitionRequest(db, { requestId: request.id, to: "terminated", actor: { id: staff.id, kind: "staff" }, note: "  " })).rejects.toBeInstanceOf(
      TransitionError,
    );
    await expect(transitionRequest(db, { requestId: request.id, to: "under-review", actor: { id: exporter.id, kind: "exporter" } })).rejects.toMatchObject({
      code: "not-allowed-for-actor",
    });
    expect((await db.guidanceRequest.findUniqueOrThrow({ where: { id: request.id } })).state).toBe("submitted");
    expect(await db.guidanceEvent.count({ where: { requestId: request.id } })).toBe(1);
  });
});
