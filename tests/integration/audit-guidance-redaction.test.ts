// Issue 19: admin has no access to guidance requests, so the audit log shows admin only the
// transition, the actor and the time of guidance events — no attachment names, no notes.
import { describe, expect, it } from "vitest";
import { recordAudit } from "~/models/audit.server.ts";
import { loader as auditLoader } from "~/routes/staff+/audit.tsx";
import { getDb } from "~/utils/db.server.ts";
import { makeUser } from "../db-utils.ts";
import { getRequest, sessionFor, settle } from "../support/requests.ts";

const args = (request: Request) => ({ request, params: {}, context: {} });

async function auditPage(userId: string) {
  const { cookie } = await sessionFor(userId);
  const res = await settle(() => auditLoader(args(getRequest("/staff/audit?entity=guidance-request", cookie))));
  expect(res.status).toBe(200);
  return JSON.stringify(await res.json());
}

describe("the audit log of guidance requests", () => {
  it("shows admin the transition, actor and time only, and staff everything", async () => {
    const db = await getDb();
    const staff = await makeUser(db, { role: "staff" });
    const admin = await makeUser(db, { role: "admin" });
    await recordAudit(db, {
      actorId: staff.id,
      action: "guidance-request.needs-supplement",
      entity: "guidance-request",
      entityId: "req-redaction-1",
      before: { state: "under-review" },
      after: { state: "needs-supplement", note: "SECRET-NOTE: the licence with Acme expires" },
    });
    await recordAudit(db, {
      actorId: staff.id,
      action: "guidance-attachment.add",
      entity: "guidance-request",
      entityId: "req-redaction-1",
      after: { attachmentId: "att1", name: "SECRET-NAME-settlement.pdf", mimeType: "application/pdf", size: 10 },
    });

    const forAdmin = await auditPage(admin.id);
    expect(forAdmin).not.toContain("SECRET-NOTE");
    expect(forAdmin).not.toContain("SECRET-NAME");
    expect(forAdmin).toContain("needs-supplement");
    expect(forAdmin).toContain(staff.email);

    const forStaff = await auditPage(staff.id);
    expect(forStaff).toContain("SECRET-NOTE");
    expect(forStaff).toContain("SECRET-NAME");
  });
});
