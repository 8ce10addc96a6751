// The request page's owner (issue 13): staff see who owns a request and assign it to another
// active staff member; the change and its audit row are one transaction; exporters and experts
// cannot assign, and a non-staff or disabled user is refused with 400.
import { describe, expect, it } from "vitest";
import { ensureGuidanceReferenceData } from "~/models/guidance-intake.server.ts";
import { action, loader } from "~/routes/staff+/requests.$id.tsx";
import { getDb } from "~/utils/db.server.ts";
import { makeCompany, makeUser } from "../db-utils.ts";
import { makeGuidanceRequest } from "../support/guidance-factory.ts";
import { getRequest, postForm, sessionFor, settle } from "../support/requests.ts";

async function world(tag: string) {
  const db = await getDb();
  await ensureGuidanceReferenceData(db);
  const company = await makeCompany(db, { nameZh: `指派测试${tag}公司` });
  const exporter = await makeUser(db, { role: "exporter", companyId: company.id });
  const staff = await makeUser(db, { role: "staff", name: `指派人${tag}` });
  const colleague = await makeUser(db, { role: "staff", name: `同事${tag}` });
  const request = await makeGuidanceRequest(db, { companyId: company.id, createdById: exporter.id, staffId: staff.id, state: "accepted" });
  return { db, exporter, staff, colleague, request, session: await sessionFor(staff.id) };
}

const assign = (id: string, fields: Record<string, string>, cookie: string) =>
  settle(() => action({ request: postForm(`/staff/requests/${id}`, { intent: "assign", ...fields }, { cookie }), params: { id }, context: {} }));

async function ownerShown(id: string, cookie: string) {
  const res = await settle(() => loader({ request: getRequest(`/staff/requests/${id}`, cookie), params: { id }, context: {} }));
  expect(res.status).toBe(200);
  const body = (await res.json()) as { owner: { id: string; name: string } | null; possibleOwners: { id: string }[] };
  return body;
}

describe("assigning a request from its page", () => {
  it("assigns the request to another staff member, shows the new owner and writes one audit row", async () => {
    const { db, staff, colleague, request, session } = await world("A");
    expect((await ownerShown(request.id, session.cookie)).owner).toBeNull();
    const res = await assign(request.id, { ownerId: colleague.id, csrf: session.csrf }, session.cookie);
    expect(res.status).toBe(302);
    const shown = await ownerShown(request.id, session.cookie);
    expect(shown.owner).toEqual({ id: colleague.id, name: colleague.name });
    expect(shown.possibleOwners.map((u) => u.id)).toContain(colleague.id);
    const audit = await db.auditEvent.findMany({ where: { entityId: request.id, action: "guidance-request.owner" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorId).toBe(staff.id);
    expect(JSON.parse(audit[0]!.after ?? "{}")).toEqual({ ownerId: colleague.id });
  });

  it("refuses with 400 an exporter or a disabled staff member as the new owner, and changes nothing", async () => {
    const { db, exporter, colleague, request, session } = await world("B");
    const asExporter = await assign(request.id, { ownerId: exporter.id, csrf: session.csrf }, session.cookie);
    expect(asExporter.status).toBe(400);
    expect(((await asExporter.json()) as { fieldErrors: Record<string, string> }).fieldErrors.ownerId).toBe("owner.err.notStaff");
    await db.user.update({ where: { id: colleague.id }, data: { disabled: true } });
    const disabled = await assign(request.id, { ownerId: colleague.id, csrf: session.csrf }, session.cookie);
    expect(disabled.status).toBe(400);
    const empty = await assign(request.id, { ownerId: "", csrf: session.csrf }, session.cookie);
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { fieldErrors: Record<string, string> }).fieldErrors.ownerId).toBe("owner.err.pick");
    expect(await db.guidanceRequestOwner.count({ where: { requestId: request.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: request.id, action: "guidance-request.owner" } })).toBe(0);
  });

  it("does not let an exporter or an expert assign a request, nor a post without the CSRF token", async () => {
    const { db, exporter, colleague, request, session } = await world("C");
    const expert = await makeUser(db, { role: "expert" });
    for (const user of [exporter, expert]) {
      const s = await sessionFor(user.id);
      const res = await assign(request.id, { ownerId: colleague.id, csrf: s.csrf }, s.cookie);
      // Other roles do not learn that staff pages exist: the same 404 as an unknown page.
      expect(res.status).toBe(404);
    }
    const forged = await assign(request.id, { ownerId: colleague.id }, session.cookie);
    expect(forged.status).toBe(403);
    expect(await db.guidanceRequestOwner.count({ where: { requestId: request.id } })).toBe(0);
  });
});
