// The expert's task list (issue 13): two 337 tasks used to read "us-itc-337 · US USITC" and look
// identical. Each row now names the case number, the company (only with the exporter's consent),
// the task's state, the response deadline and the state of the expert's opinion.
import { describe, expect, it } from "vitest";
import { proposeExperts, respondToAssignment } from "~/models/expert-assignment.server.ts";
import { loader } from "~/routes/expert+/assignments._index.tsx";
import { getDb } from "~/utils/db.server.ts";
import { makeCompany, makeExpert, makeUser } from "../db-utils.ts";
import { makeGuidanceRequest } from "../support/guidance-factory.ts";
import { getRequest, sessionFor, settle } from "../support/requests.ts";

describe("the expert's task list", () => {
  it("tells two 337 tasks apart by case number and hides the company without consent", async () => {
    const db = await getDb();
    const shared = await makeCompany(db, { nameZh: "同意披露的公司" });
    const secret = await makeCompany(db, { nameZh: "不披露的公司" });
    const staff = await makeUser(db, { role: "staff" });
    const expert = await makeExpert(db, { name: "任务专家" });
    const make = async (companyId: string, caseNumber: string, consentToShare: boolean) => {
      const exporter = await makeUser(db, { role: "exporter", companyId });
      return makeGuidanceRequest(db, {
        companyId,
        createdById: exporter.id,
        staffId: staff.id,
        data: { caseNumber, consentToShare, statedDeadline: new Date("2099-05-01T15:59:59Z") },
      });
    };
    const a = await make(shared.id, "337-TA-1001", true);
    const b = await make(secret.id, "337-TA-1002", false);
    const [pa] = await proposeExperts(db, { requestId: a.id, expertIds: [expert.profile.id], staffId: staff.id });
    await proposeExperts(db, { requestId: b.id, expertIds: [expert.profile.id], staffId: staff.id });
    await respondToAssignment(db, { assignmentId: pa!.id, expertUserId: expert.user.id, accept: true, noConflict: true });
    const session = await sessionFor(expert.user.id);
    const res = await settle(() => loader({ request: getRequest("/expert/assignments", session.cookie), params: {}, context: {} }));
    const { assignments } = (await res.json()) as {
      assignments: { caseNumber: string; company: string | null; status: string; due: string | null; adviceStatus: string | null }[];
    };
    const byCase = Object.fromEntries(assignments.map((x) => [x.caseNumber, x]));
    expect(byCase["337-TA-1001"]).toMatchObject({ company: "同意披露的公司", status: "accepted", due: "2099-05-01", adviceStatus: null });
    expect(byCase["337-TA-1002"]).toMatchObject({ company: null, status: "proposed", due: "2099-05-01" });
    // A proposal waiting for an answer comes before accepted work.
    expect(assignments.map((x) => x.caseNumber)).toEqual(["337-TA-1002", "337-TA-1001"]);
  });
});
