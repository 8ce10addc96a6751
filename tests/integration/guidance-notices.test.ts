// Notices with 文号: issued on the transitions that need them, numbered per year without gaps
// or clashes under concurrency, shown only to staff and the owning company.
import { describe, expect, it } from "vitest";
import { issueNotice } from "~/models/guidance-notice.server.ts";
import { loader as exporterNotice } from "~/routes/exporter+/requests.$id_.notices.$noticeId.tsx";
import { loader as staffNotice } from "~/routes/staff+/requests.$id_.notices.$noticeId.tsx";
import { getDb } from "~/utils/db.server.ts";
import { makeGuidanceRequest, makeUser } from "../db-utils.ts";
import { getRequest, sessionFor, settle } from "../support/requests.ts";

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });

describe("guidance notices", () => {
  it("issues the supplement and acceptance notices on those transitions, readable by the company and staff only", async () => {
    const db = await getDb();
    const a = await makeUser(db, { role: "exporter" });
    const b = await makeUser(db, { role: "exporter" });
    const staff = await makeUser(db, { role: "staff" });
    const request = await makeGuidanceRequest(db, {
      companyId: a.companyId!,
      exporterId: a.id,
      staffId: staff.id,
      state: "needs-supplement",
      fields: { caseNumber: "337-TA-9999" },
    });
    const notices = await db.noticeDocument.findMany({ where: { requestId: request.id } });
    expect(notices.map((n) => n.kind)).toEqual(["supplement"]);
    const body = JSON.parse(notices[0]!.body);
    expect(body.reason).toContain("请补充送达文件");
    expect(body.caseNumber).toBe("337-TA-9999");
    expect(notices[0]!.number).toMatch(new RegExp(`^〔${notices[0]!.year}〕.+第 ${notices[0]!.seq} 号$`));

    const params = { id: request.id, noticeId: notices[0]!.id };
    const sA = await sessionFor(a.id);
    const sB = await sessionFor(b.id);
    const sStaff = await sessionFor(staff.id);
    const own = await settle(() => exporterNotice(args(getRequest("/", sA.cookie), params)));
    expect(own.status).toBe(200);
    expect((await own.json()).notice.number).toBe(notices[0]!.number);
    expect((await settle(() => exporterNotice(args(getRequest("/", sB.cookie), params)))).status).toBe(404);
    expect((await settle(() => staffNotice(args(getRequest("/", sStaff.cookie), params)))).status).toBe(200);
    expect((await settle(() => staffNotice(args(getRequest("/", sA.cookie), params)))).status).toBe(404);
  });

  it("allocates distinct consecutive numbers under concurrency", async () => {
    const db = await getDb();
    const a = await makeUser(db, { role: "exporter" });
    const staff = await makeUser(db, { role: "staff" });
    const request = await makeGuidanceRequest(db, { companyId: a.companyId!, exporterId: a.id, staffId: staff.id, state: "accepted" });
    const issued = await Promise.all(Array.from({ length: 6 }, () => issueNotice(db, { requestId: request.id, kind: "acceptance", issuedById: staff.id })));
    const seqs = issued.map((n) => n.seq).sort((x, y) => x - y);
    expect(new Set(seqs).size).toBe(6);
    expect(new Set(issued.map((n) => n.number)).size).toBe(6);
  });
});
