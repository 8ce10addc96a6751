// Issue 18: an audited change and its audit entry are one transaction. A SQLite trigger makes the
// audit insert of one action fail, as a crash between the two writes would: the change must not
// be kept without its entry (before this, the change was committed first and stayed).
import { afterEach, describe, expect, it } from "vitest";
import { rotateFeedToken } from "~/models/alert-feed.server.ts";
import { upsertCalendarDay } from "~/models/calendar.server.ts";
import { escalateRequest } from "~/models/escalation.server.ts";
import { proposeExperts, respondToAssignment } from "~/models/expert-assignment.server.ts";
import { createDraft, overrideDeadline, RequestInputSchema } from "~/models/guidance-intake.server.ts";
import { transitionRequest } from "~/models/guidance-request.server.ts";
import { createReport, regenerateReport, updateSections } from "~/models/report.server.ts";
import { unsubscribeByToken } from "~/models/unsubscribe.server.ts";
import { EMPTY_SECTIONS } from "~/reports/report-view.ts";
import { createSource, setSourceEnabled, updateSource } from "~/models/source.server.ts";
import { setRequestOwner } from "~/models/request-owner.server.ts";
import { setUserDisabled, setUserRole } from "~/models/user.server.ts";
import { createWebhook } from "~/models/webhook.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { makeCompany, makeExpert, makeUser } from "../db-utils.ts";
import { makeAcceptedRequestSetup } from "../support/guidance-factory.ts";

/** Makes every insert of an audit entry with this action fail, until the test ends. */
async function failAuditOf(action: string) {
  const db = await getDb();
  // (Prisma reports the abort under another name, so the tests check only that the call failed.)
  // The action is one of ours (no quotes), so it can be inlined into the trigger's text.
  await db.$executeRawUnsafe(
    `CREATE TRIGGER fail_audit BEFORE INSERT ON AuditEvent WHEN NEW.action = '${action}' BEGIN SELECT RAISE(ABORT, 'audit refused by the test'); END`,
  );
}

afterEach(async () => {
  const db = await getDb();
  await db.$executeRawUnsafe("DROP TRIGGER IF EXISTS fail_audit");
});

async function acceptedRequest() {
  const db = await getDb();
  return { db, ...(await makeAcceptedRequestSetup(db)) };
}

describe("audit entries in the change's transaction", () => {
  it("a transition whose own work fails after the audit entry leaves neither the step nor the entry", async () => {
    const { db, staff, request } = await acceptedRequest();
    const auditBefore = await db.auditEvent.count({ where: { entityId: request.id } });
    await expect(
      transitionRequest(db, {
        requestId: request.id,
        to: "terminated",
        note: "撤回",
        actor: { id: staff.id, kind: "staff" },
        within: async () => {
          throw new Error("the caller's own write failed");
        },
      }),
    ).rejects.toThrow("the caller's own write failed");
    expect((await db.guidanceRequest.findUniqueOrThrow({ where: { id: request.id } })).state).toBe("accepted");
    expect(await db.auditEvent.count({ where: { entityId: request.id } })).toBe(auditBefore);
    expect(await db.guidanceEvent.count({ where: { requestId: request.id, toState: "terminated" } })).toBe(0);
  });

  it("an expert's acceptance whose audit entry fails leaves the proposal open and the request unassigned", async () => {
    const { db, industry, staff, request } = await acceptedRequest();
    const expert = await makeExpert(db, { profile: { industries: [industry] } });
    const [proposal] = await proposeExperts(db, { requestId: request.id, expertIds: [expert.profile.id], staffId: staff.id });
    await failAuditOf("expert-assignment.accept");
    await expect(respondToAssignment(db, { assignmentId: proposal!.id, expertUserId: expert.user.id, accept: true, noConflict: true })).rejects.toThrow();
    expect((await db.expertAssignment.findUniqueOrThrow({ where: { id: proposal!.id } })).status).toBe("proposed");
    expect((await db.guidanceRequest.findUniqueOrThrow({ where: { id: request.id } })).state).toBe("accepted");
  });

  it("an expert's decline whose audit entry fails leaves the proposal open", async () => {
    const { db, industry, staff, request } = await acceptedRequest();
    const expert = await makeExpert(db, { profile: { industries: [industry] } });
    const [proposal] = await proposeExperts(db, { requestId: request.id, expertIds: [expert.profile.id], staffId: staff.id });
    await failAuditOf("expert-assignment.decline");
    await expect(respondToAssignment(db, { assignmentId: proposal!.id, expertUserId: expert.user.id, accept: false, reason: "太忙" })).rejects.toThrow();
    expect((await db.expertAssignment.findUniqueOrThrow({ where: { id: proposal!.id } })).status).toBe("proposed");
  });

  it("a proposal whose audit entry fails is not kept", async () => {
    const { db, industry, staff, request } = await acceptedRequest();
    const expert = await makeExpert(db, { profile: { industries: [industry] } });
    await failAuditOf("expert-assignment.propose");
    await expect(proposeExperts(db, { requestId: request.id, expertIds: [expert.profile.id], staffId: staff.id })).rejects.toThrow();
    expect(await db.expertAssignment.count({ where: { requestId: request.id } })).toBe(0);
  });

  it("an escalation whose audit entry fails leaves no escalation and the request unflagged", async () => {
    const { db, staff, request } = await acceptedRequest();
    await failAuditOf("guidance-request.escalate");
    await expect(escalateRequest(db, { requestId: request.id, staffId: staff.id, criteria: ["major-amount"], note: "金额重大" })).rejects.toThrow();
    expect(await db.escalation.count({ where: { requestId: request.id } })).toBe(0);
    const after = await db.guidanceRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(after.escalated).toBe(false);
    expect(await db.guidanceEvent.count({ where: { requestId: request.id, note: { startsWith: "escalated" } } })).toBe(0);
  });

  it("source changes whose audit entries fail are not kept", async () => {
    const db = await getDb();
    const staff = await makeUser(db, { role: "staff" });
    const url = `https://feeds.example/${Math.random().toString(36).slice(2, 10)}.xml`;
    await failAuditOf("source.create");
    await expect(createSource(db, { name: "Refused", url, kind: "case", jurisdiction: "US" }, staff.id)).rejects.toThrow();
    expect(await db.source.count({ where: { url } })).toBe(0);
    await db.$executeRawUnsafe("DROP TRIGGER fail_audit");

    const source = await createSource(db, { name: "Kept", url, kind: "case", jurisdiction: "US" }, staff.id);
    await failAuditOf("source.update");
    await expect(updateSource(db, source.id, { name: "Renamed", url, kind: "case", jurisdiction: "US" }, staff.id)).rejects.toThrow();
    expect((await db.source.findUniqueOrThrow({ where: { id: source.id } })).name).toBe("Kept");
    await db.$executeRawUnsafe("DROP TRIGGER fail_audit");

    await failAuditOf("source.disable");
    await expect(setSourceEnabled(db, source.id, false, staff.id)).rejects.toThrow();
    expect((await db.source.findUniqueOrThrow({ where: { id: source.id } })).enabled).toBe(true);
  });

  it("user administration whose audit entries fail is not kept", async () => {
    const db = await getDb();
    const admin = await makeUser(db, { role: "admin" });
    const user = await makeUser(db, { role: "staff" });
    await db.session.create({ data: { id: `s-${user.id}`, userId: user.id, expiresAt: new Date(Date.now() + 86_400_000) } });
    await failAuditOf("user.disable");
    await expect(setUserDisabled(db, user.id, true, admin.id)).rejects.toThrow();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).disabled).toBe(false);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
    await db.$executeRawUnsafe("DROP TRIGGER fail_audit");

    await failAuditOf("user.role.change");
    await expect(setUserRole(db, user.id, { role: "expert" }, admin.id)).rejects.toThrow();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("staff");
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
  });

  it("taking a request in the triage queue whose audit entry fails leaves it without an owner", async () => {
    const { db, staff, request } = await acceptedRequest();
    await failAuditOf("guidance-request.owner");
    await expect(setRequestOwner(db, { requestId: request.id, ownerId: staff.id, actorId: staff.id })).rejects.toThrow();
    expect(await db.guidanceRequestOwner.count({ where: { requestId: request.id } })).toBe(0);
  });

  it("a calendar day whose audit entry fails is not saved", async () => {
    const db = await getDb();
    const staff = await makeUser(db, { role: "staff" });
    // A far year no other test edits; the day varies so reruns on one database do not meet.
    const date = `2197-0${1 + Math.floor(Math.random() * 9)}-1${Math.floor(Math.random() * 9)}`;
    await failAuditOf("calendar-day.create");
    await expect(upsertCalendarDay(db, { date, kind: "holiday", nameZh: "测试日", nameEn: null }, staff.id)).rejects.toThrow();
    expect(await db.calendarDay.count({ where: { date } })).toBe(0);
  });

  it("company, feed and webhook changes whose audit entries fail are not kept", async () => {
    const db = await getDb();
    const nameZh = `审计失败${Math.random().toString(36).slice(2, 8)}有限公司`;
    await failAuditOf("company.create");
    await expect(makeCompany(db, { nameZh })).rejects.toThrow();
    expect(await db.company.count({ where: { nameZh } })).toBe(0);
    await db.$executeRawUnsafe("DROP TRIGGER fail_audit");

    const company = await makeCompany(db);
    const exporter = await makeUser(db, { role: "exporter", companyId: company.id });
    await failAuditOf("alert-feed.rotate");
    await expect(rotateFeedToken(db, company.id, exporter.id)).rejects.toThrow();
    expect((await db.company.findUniqueOrThrow({ where: { id: company.id } })).feedToken).toBeNull();
    await db.$executeRawUnsafe("DROP TRIGGER fail_audit");

    await failAuditOf("webhook.create");
    await expect(createWebhook(db, company.id, "https://hooks.example/radar", exporter.id)).rejects.toThrow();
    expect(await db.webhookEndpoint.count({ where: { companyId: company.id } })).toBe(0);
  });

  it("report drafts whose audit entries fail are not created, edited or regenerated", async () => {
    const db = await getDb();
    const staff = await makeUser(db, { role: "staff" });
    // A far year no other test reports on, so the counts below are this test's own.
    const year = 2196;
    await failAuditOf("report.create");
    await expect(createReport(db, { kind: "monthly", year, n: 1 }, staff.id)).rejects.toThrow();
    expect(await db.report.count({ where: { createdById: staff.id } })).toBe(0);
    await db.$executeRawUnsafe("DROP TRIGGER fail_audit");

    const report = await createReport(db, { kind: "monthly", year, n: 1 }, staff.id);
    const before = await db.report.findUniqueOrThrow({ where: { id: report.id } });
    await failAuditOf("report.edit");
    await expect(updateSections(db, report.id, { ...EMPTY_SECTIONS, summary: "未留审计记录的修改" }, staff.id)).rejects.toThrow();
    expect((await db.report.findUniqueOrThrow({ where: { id: report.id } })).sections).toBe(before.sections);
    await db.$executeRawUnsafe("DROP TRIGGER fail_audit");

    // The stored content is replaced by a marker, so a regeneration that was kept would show.
    await db.report.update({ where: { id: report.id }, data: { content: JSON.stringify({ marker: true }) } });
    await failAuditOf("report.regenerate");
    await expect(regenerateReport(db, report.id, staff.id)).rejects.toThrow();
    expect(JSON.parse((await db.report.findUniqueOrThrow({ where: { id: report.id } })).content)).toEqual({ marker: true });
  });

  it("an unsubscribe whose audit entry fails leaves the mails on", async () => {
    const db = await getDb();
    const company = await makeCompany(db);
    const token = `t${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
    const sub = await db.subscription.create({ data: { companyId: company.id, name: "光伏组件", emailFrequency: "immediate", unsubscribeToken: token } });
    await failAuditOf("subscription.unsubscribe");
    await expect(unsubscribeByToken(db, token)).rejects.toThrow();
    expect((await db.subscription.findUniqueOrThrow({ where: { id: sub.id } })).emailFrequency).toBe("immediate");
  });

  it("a request draft whose audit entry fails is not created, and a deadline override whose entry fails is not kept", async () => {
    const { db, company, exporter, staff, request } = await acceptedRequest();
    await failAuditOf("guidance-request.draft");
    await expect(createDraft(db, company.id, exporter.id, RequestInputSchema.parse({ disputeType: "us-itc-337" }))).rejects.toThrow();
    expect(await db.guidanceRequest.count({ where: { companyId: company.id } })).toBe(1);
    await db.$executeRawUnsafe("DROP TRIGGER fail_audit");

    await failAuditOf("guidance-request.deadline-override");
    await expect(overrideDeadline(db, { requestId: request.id, deadline: "2027-03-01", reason: "法院延期", staffId: staff.id })).rejects.toThrow();
    const after = await db.guidanceRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(after.deadlineOverride).toBeNull();
    expect(after.deadlineOverrideReason).toBeNull();
  });
});
