// One notifier for every guidance step: experts hear about proposals and approved advice, the
// staff member who escalated hears about status changes, and the nav shows the unread count.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adviceFormToInput, AdviceInputSchema, reviewAdvice, saveAdvice } from "~/models/advice.server.ts";
import { escalateRequest, updateEscalationStatus } from "~/models/escalation.server.ts";
import { proposeExperts, respondToAssignment } from "~/models/expert-assignment.server.ts";
import { renderNotification } from "~/models/notification.server.ts";
import { loader as rootLoader } from "~/root.tsx";
import { getDb } from "~/utils/db.server.ts";
import { resetEnvCache } from "~/utils/env.server.ts";
import { closeMail } from "~/utils/mail.server.ts";
import { makeCompany, makeExpert, makeUser } from "../db-utils.ts";
import { makeAcceptedRequestSetup, makeGuidanceRequest } from "../support/guidance-factory.ts";
import { getRequest, sessionFor } from "../support/requests.ts";
import { startTestSmtp, type TestSmtp } from "../support/smtp.ts";

let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startTestSmtp();
  process.env.SMTP_URL = smtp.url;
  resetEnvCache();
});
afterAll(async () => {
  closeMail();
  delete process.env.SMTP_URL;
  resetEnvCache();
  await smtp.close();
});

const ADVICE_FORM = {
  assessment: "专利有效性存疑。",
  "opt.respond.include": "on",
  "opt.respond.pros": "保留市场",
  "opt.respond.cons": "费用高",
  "opt.respond.recommended": "on",
  "step.0.text": "委托美国律师",
  "step.0.due": "2026-07-01",
  costMin: "1000",
  costMax: "2000",
  currency: "usd",
  references: "19 U.S.C. § 1337",
};

describe("guidance notifications", () => {
  it("notifies the expert when proposed and when advice is approved, by mail in the expert's language", async () => {
    const db = await getDb();
    const { industry, staff, request } = await makeAcceptedRequestSetup(db);
    const expert = await makeExpert(db, { name: "通知 Notify", profile: { industries: [industry] } });
    await db.user.update({ where: { id: expert.user.id }, data: { locale: "en" } });

    const [p] = await proposeExperts(db, { requestId: request.id, expertIds: [expert.profile.id], staffId: staff.id });
    const proposed = await db.notification.findMany({ where: { userId: expert.user.id } });
    expect(proposed.map((n) => [n.kind, n.link])).toEqual([["assignment.proposed", `/expert/assignments/${p!.id}`]]);
    await smtp.waitFor(1);
    expect(smtp.messages.some((m) => m.to.includes(expert.user.email))).toBe(true);

    await respondToAssignment(db, { assignmentId: p!.id, expertUserId: expert.user.id, accept: true, noConflict: true });
    const submitted = await saveAdvice(db, {
      requestId: request.id,
      expertUserId: expert.user.id,
      advice: AdviceInputSchema.parse(adviceFormToInput(ADVICE_FORM)),
      submit: true,
    });
    await reviewAdvice(db, { adviceId: submitted.id, requestId: request.id, staffId: staff.id, decision: "approve" });
    const approved = await db.notification.findFirstOrThrow({ where: { userId: expert.user.id, kind: "advice.approved" } });
    expect(renderNotification("en", approved.messageKey, JSON.parse(approved.params))).toBe("Your advice was approved");
    expect(approved.emailedAt).not.toBeNull();

    // The unread count reaches every page through the root loader.
    const s = await sessionFor(expert.user.id);
    const data = await (await rootLoader({ request: getRequest("/expert", s.cookie), params: {}, context: {} })).json();
    expect(data.unread).toBe(await db.notification.count({ where: { userId: expert.user.id, readAt: null } }));
    expect(data.unread).toBeGreaterThanOrEqual(2);
  });

  it("tells the staff member who escalated when someone else moves the escalation on, in their language", async () => {
    const db = await getDb();
    const company = await makeCompany(db, {});
    const exporter = await makeUser(db, { role: "exporter", companyId: company.id });
    const escalator = await makeUser(db, { role: "staff" });
    const colleague = await makeUser(db, { role: "staff" });
    const request = await makeGuidanceRequest(db, { companyId: company.id, createdById: exporter.id, staffId: escalator.id });
    const e = await escalateRequest(db, { requestId: request.id, staffId: escalator.id, criteria: ["novel-law"], note: "新型法律问题" });
    await updateEscalationStatus(db, { escalationId: e.id, staffId: colleague.id, status: "acknowledged", subCentreRef: "粤知-2026-1" });
    const rows = await db.notification.findMany({ where: { kind: "escalation.status", userId: { in: [escalator.id, colleague.id] } } });
    expect(rows.map((r) => r.userId)).toEqual([escalator.id]);
    expect(renderNotification("zh", rows[0]!.messageKey, JSON.parse(rows[0]!.params))).toBe("报送省分中心的事项状态更新为：已确认收到");
    // Moving one's own escalation on is not news to oneself.
    await updateEscalationStatus(db, { escalationId: e.id, staffId: escalator.id, status: "guidance-received" });
    expect(await db.notification.count({ where: { kind: "escalation.status", userId: escalator.id } })).toBe(1);
  });
});
