// Matching, assignments, advice and escalation against the real database and a real SMTP server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AdviceError,
  adviceFormToInput,
  AdviceInputSchema,
  canExpertSeeAttachment,
  deliveredAdviceForExporter,
  expertRequestView,
  requireAdviceWorkspace,
  reviewAdvice,
  saveAdvice,
} from "~/models/advice.server.ts";
import { buildDossier, escalateRequest, EscalationError, updateEscalationStatus } from "~/models/escalation.server.ts";
import { AssignmentError, proposeExperts, respondToAssignment, shortlistForRequest, sweepAssignments } from "~/models/expert-assignment.server.ts";
import { allJobs } from "#jobs/registry.ts";
import { newOwnerId, runJobOccurrence } from "#jobs/run-job.ts";
import { getDb } from "~/utils/db.server.ts";
import { getEnv } from "~/utils/env.server.ts";
import { createLogger } from "~/utils/logger.server.ts";
import { resetEnvCache } from "~/utils/env.server.ts";
import { closeMail } from "~/utils/mail.server.ts";
import { makeCompany, makeExpert, makeUser } from "../db-utils.ts";
import { makeGuidanceRequest } from "../support/guidance-factory.ts";
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

async function world() {
  const db = await getDb();
  // Experts from other tests in this file stay in the pool; each test uses its own industry.
  const industry = `ind-${Math.random().toString(36).slice(2, 8)}`;
  const company = await makeCompany(db, {
    nameZh: "示例光能科技有限公司",
    rawIndustries: [industry],
  });
  const exporter = await makeUser(db, {
    role: "exporter",
    companyId: company.id,
    locale: "en",
  });
  const staff = await makeUser(db, { role: "staff" });
  const request = await makeGuidanceRequest(db, {
    companyId: company.id,
    createdById: exporter.id,
    staffId: staff.id,
  });
  const exp = (name: string, profile: Parameters<typeof makeExpert>[1] extends infer O ? (O extends { profile?: infer P } ? P : never) : never) =>
    makeExpert(db, { name, profile: { industries: [industry], ...profile } });
  return { db, company, exporter, staff, request, exp, industry };
}

describe("expert matching and assignment", () => {
  it("runs the assignments sweep as a scheduled job under the lease, expiring an overdue proposal", async () => {
    const { db, staff, request, exp } = await world();
    const a = await exp("定时 Job", {});
    const [p] = await proposeExperts(db, {
      requestId: request.id,
      expertIds: [a.profile.id],
      staffId: staff.id,
      now: new Date(Date.now() - 80 * 3_600_000),
    });
    const job = allJobs(getEnv()).find((j) => j.id === "assignments")!;
    const outcome = await runJobOccurrence(job, {
      db,
      log: createLogger("test"),
      owner: newOwnerId("test"),
      slot: new Date(),
    });
    expect(outcome).toMatchObject({ status: "ok", result: { expired: 1 } });
    expect((await db.expertAssignment.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("expired");
  });

  it("ranks eligible experts and lists the excluded with reasons, including a conflict via the opposing counsel and a competing co-respondent", async () => {
    const { db, request, exp } = await world();
    const caseRow = await db.case.create({
      data: {
        caseType: "us-itc-337",
        jurisdiction: "US",
        title: "Certain Solar Cells",
        respondents: JSON.stringify(["Rival Energy Co., Ltd.", "示例光能科技有限公司"]),
      },
    });
    await db.guidanceRequest.update({
      where: { id: request.id },
      data: { caseId: caseRow.id },
    });
    const best = await exp("最佳 Best", {
      ipTypes: ["patent"],
      jurisdictions: ["US"],
    });
    const weaker = await exp("次优 Weaker", {
      ipTypes: ["trademark"],
      jurisdictions: ["US"],
    });
    const counsel = await exp("冲突律所 Counsel", {
      conflictFirms: ["SMITH & JONES L.L.P."],
    } as never);
    await db.expertProfile.update({
      where: { id: counsel.profile.id },
      data: { conflictFirms: JSON.stringify(["SMITH & JONES L.L.P."]) },
    });
    const rival = await exp("冲突对手 Rival", {});
    await db.expertProfile.update({
      where: { id: rival.profile.id },
      data: {
        conflictCompanies: JSON.stringify(["ＲＩＶＡＬ ENERGY Company Limited"]),
      },
    });
    const list = (await shortlistForRequest(db, request.id))!;
    const names = list.ranked.map((r) => r.name);
    expect(names.indexOf("最佳 Best")).toBeLessThan(names.indexOf("次优 Weaker"));
    expect(names).not.toContain("冲突律所 Counsel");
    const excluded = Object.fromEntries(list.excluded.map((r) => [r.name, r.excluded]));
    expect(excluded["冲突律所 Counsel"]).toEqual([
      expect.objectContaining({
        kind: "conflict",
        role: "opposing-counsel",
        name: "Smith & Jones LLP",
      }),
    ]);
    expect(excluded["冲突对手 Rival"]).toEqual([
      expect.objectContaining({
        kind: "conflict",
        role: "co-respondent",
        name: "Rival Energy Co., Ltd.",
      }),
    ]);
    const bestRow = list.ranked.find((r) => r.expertId === best.profile.id)!;
    expect(bestRow.breakdown.find((p) => p.criterion === "industry")!.points).toBe(15);
    // An excluded expert cannot be proposed.
    await expect(
      proposeExperts(db, {
        requestId: request.id,
        expertIds: [counsel.profile.id],
        staffId: list.requestId,
      }),
    ).rejects.toMatchObject({ code: "excluded" });
    void weaker;
  });

  it("counts open assignments against capacity and leaves out unavailable experts", async () => {
    const { db, company, exporter, staff, request, exp } = await world();
    const one = await exp("满额 Full", { capacity: 1 });
    const away = await exp("休假 Away", {});
    await db.expertProfile.update({
      where: { id: away.profile.id },
      data: {
        unavailable: JSON.stringify([{ from: "2000-01-01", to: "2999-12-31" }]),
      },
    });
    await proposeExperts(db, {
      requestId: request.id,
      expertIds: [one.profile.id],
      staffId: staff.id,
    });
    const other = await makeGuidanceRequest(db, {
      companyId: company.id,
      createdById: exporter.id,
      staffId: staff.id,
    });
    const list = (await shortlistForRequest(db, other.id))!;
    const reasons = Object.fromEntries(list.excluded.map((r) => [r.name, r.excluded.map((x) => x.kind)]));
    expect(reasons["满额 Full"]).toEqual(["no-capacity"]);
    expect(reasons["休假 Away"]).toEqual(["unavailable"]);
  });

  it("assigns on acceptance with a no-conflict declaration, and a decline with a reason sends the request back to matching", async () => {
    const { db, staff, request, exp } = await world();
    const a = await exp("甲 A", {});
    const b = await exp("乙 B", {});
    const sent = smtp.messages.length;
    const [pa] = await proposeExperts(db, {
      requestId: request.id,
      expertIds: [a.profile.id],
      staffId: staff.id,
    });
    await smtp.waitFor(sent + 1);
    expect(smtp.messages.at(-1)!.to).toContain(a.user.email);
    await expect(
      respondToAssignment(db, {
        assignmentId: pa.id,
        expertUserId: b.user.id,
        accept: true,
        noConflict: true,
      }),
    ).rejects.toMatchObject({ code: "not-found" });
    await expect(
      respondToAssignment(db, {
        assignmentId: pa.id,
        expertUserId: a.user.id,
        accept: true,
      }),
    ).rejects.toMatchObject({ code: "conflict-declaration-required" });
    await respondToAssignment(db, {
      assignmentId: pa.id,
      expertUserId: a.user.id,
      accept: true,
      noConflict: true,
    });
    expect(
      (
        await db.guidanceRequest.findUniqueOrThrow({
          where: { id: request.id },
        })
      ).state,
    ).toBe("expert-assigned");
    // Second request: the only proposed expert declines.
    const { request: r2, staff: s2 } = await world();
    const [pb] = await proposeExperts(db, {
      requestId: r2.id,
      expertIds: [b.profile.id],
      staffId: s2.id,
    });
    await expect(
      respondToAssignment(db, {
        assignmentId: pb.id,
        expertUserId: b.user.id,
        accept: false,
        reason: " ",
      }),
    ).rejects.toBeInstanceOf(AssignmentError);
    const declined = await respondToAssignment(db, {
      assignmentId: pb.id,
      expertUserId: b.user.id,
      accept: false,
      reason: "出差",
    });
    expect(declined).toMatchObject({
      status: "declined",
      declineReason: "出差",
    });
    expect((await db.guidanceRequest.findUniqueOrThrow({ where: { id: r2.id } })).state).toBe("accepted");
    // Back on the shortlist for another expert; a declined expert is not re-proposed automatically but may be again.
    expect((await shortlistForRequest(db, r2.id))!.ranked.map((r) => r.expertId)).toContain(b.profile.id);
  });

  it("reminds once before the deadline, then expires it, leaving the request open for matching and telling staff", async () => {
    const { db, staff, request, exp } = await world();
    const a = await exp("迟复 Late", {});
    const [p] = await proposeExperts(db, {
      requestId: request.id,
      expertIds: [a.profile.id],
      staffId: staff.id,
      now: new Date(Date.now() - 50 * 3_600_000),
    });
    const first = await sweepAssignments(db);
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    expect((await db.expertAssignment.findUniqueOrThrow({ where: { id: p.id } })).remindedAt).toBeInstanceOf(Date);
    const again = await sweepAssignments(db);
    expect(
      await db.notification.count({
        where: { userId: a.user.id, kind: "assignment.reminder" },
      }),
    ).toBe(1);
    void again;
    await sweepAssignments(db, new Date(Date.now() + 30 * 3_600_000));
    expect((await db.expertAssignment.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("expired");
    expect(
      (
        await db.guidanceRequest.findUniqueOrThrow({
          where: { id: request.id },
        })
      ).state,
    ).toBe("accepted");
    expect(
      await db.notification.count({
        where: { userId: staff.id, kind: "assignment.expired" },
      }),
    ).toBe(1);
  });
});

const ADVICE_FORM = {
  assessment: "专利有效性存疑，侵权比对不充分。",
  "opt.respond.include": "on",
  "opt.respond.pros": "保留美国市场",
  "opt.respond.cons": "费用高",
  "opt.respond.recommended": "on",
  "opt.settle.pros": "快速",
  "step.0.text": "委托美国律师",
  "step.0.due": "2026-07-01",
  costMin: "200000",
  costMax: "500000",
  currency: "usd",
  references: "19 U.S.C. § 1337",
};

describe("advice", () => {
  it("goes draft → submitted → returned → resubmitted → approved → delivered, and only then the exporter reads it", async () => {
    const { db, staff, request, exp, company } = await world();
    const a = await exp("撰写 Writer", {});
    const [p] = await proposeExperts(db, {
      requestId: request.id,
      expertIds: [a.profile.id],
      staffId: staff.id,
    });
    await expect(
      saveAdvice(db, {
        requestId: request.id,
        expertUserId: a.user.id,
        advice: AdviceInputSchema.parse({}),
        submit: false,
      }),
    ).rejects.toMatchObject({ code: "not-found" });
    await respondToAssignment(db, {
      assignmentId: p.id,
      expertUserId: a.user.id,
      accept: true,
      noConflict: true,
    });
    const input = AdviceInputSchema.parse(adviceFormToInput(ADVICE_FORM));
    expect(input.options.map((o) => o.option)).toEqual(["respond", "settle"]);
    expect(input.currency).toBe("USD");
    await expect(
      saveAdvice(db, {
        requestId: request.id,
        expertUserId: a.user.id,
        advice: AdviceInputSchema.parse({}),
        submit: true,
      }),
    ).rejects.toMatchObject({ code: "incomplete" });
    const draft = await saveAdvice(db, {
      requestId: request.id,
      expertUserId: a.user.id,
      advice: input,
      submit: false,
    });
    expect(draft.status).toBe("draft");
    expect((await deliveredAdviceForExporter(db, request.id, company.id))!.advice).toEqual([]);
    const submitted = await saveAdvice(db, {
      requestId: request.id,
      expertUserId: a.user.id,
      advice: input,
      submit: true,
    });
    expect(submitted.status).toBe("submitted");
    expect(
      (
        await db.guidanceRequest.findUniqueOrThrow({
          where: { id: request.id },
        })
      ).state,
    ).toBe("advice-drafted");
    await expect(
      reviewAdvice(db, {
        adviceId: submitted.id,
        requestId: request.id,
        staffId: staff.id,
        decision: "return",
      }),
    ).rejects.toMatchObject({ code: "reason-required" });
    await reviewAdvice(db, {
      adviceId: submitted.id,
      requestId: request.id,
      staffId: staff.id,
      decision: "return",
      comment: "请补充费用依据",
    });
    expect(
      (
        await db.guidanceRequest.findUniqueOrThrow({
          where: { id: request.id },
        })
      ).state,
    ).toBe("expert-assigned");
    expect(
      await db.notification.count({
        where: { userId: a.user.id, kind: "advice.returned" },
      }),
    ).toBe(1);
    const again = await saveAdvice(db, {
      requestId: request.id,
      expertUserId: a.user.id,
      advice: { ...input, references: "19 U.S.C. § 1337; 费用依据" },
      submit: true,
    });
    expect(again.id).toBe(submitted.id);
    await expect(
      reviewAdvice(db, {
        adviceId: again.id,
        requestId: request.id,
        staffId: staff.id,
        decision: "deliver",
      }),
    ).rejects.toBeInstanceOf(AdviceError);
    await reviewAdvice(db, {
      adviceId: again.id,
      requestId: request.id,
      staffId: staff.id,
      decision: "approve",
    });
    const sent = smtp.messages.length;
    await reviewAdvice(db, {
      adviceId: again.id,
      requestId: request.id,
      staffId: staff.id,
      decision: "deliver",
    });
    expect(
      (
        await db.guidanceRequest.findUniqueOrThrow({
          where: { id: request.id },
        })
      ).state,
    ).toBe("delivered");
    const mails = await smtp.waitFor(sent + 2);
    expect(mails.some((m) => m.subject.includes("The guidance opinion has been delivered"))).toBe(true);
    // Each reader is sent to a page of their own role: the exporter's would be a 404 for the expert.
    const deliveredNotes = await db.notification.findMany({
      where: { kind: "advice.delivered", link: { contains: request.id } },
      select: { userId: true, link: true },
    });
    expect(deliveredNotes.find((n) => n.userId === a.user.id)?.link).toBe(`/expert/requests/${request.id}/advice`);
    expect(deliveredNotes.filter((n) => n.userId !== a.user.id).map((n) => n.link)).toContain(`/exporter/requests/${request.id}/advice`);
    await expect(requireAdviceWorkspace(db, request.id, a.user.id)).resolves.toMatchObject({ request: { state: "delivered" } });
    const read = (await deliveredAdviceForExporter(db, request.id, company.id))!;
    expect(read.advice[0]).toMatchObject({
      references: "19 U.S.C. § 1337; 费用依据",
      costMin: 200000,
      currency: "USD",
    });
    expect(read.advice[0].options[0]).toMatchObject({
      option: "respond",
      recommended: true,
    });
    const other = await makeCompany(db);
    expect(await deliveredAdviceForExporter(db, request.id, other.id)).toBeNull();
    const events = await db.guidanceEvent.findMany({
      where: { requestId: request.id },
      orderBy: { at: "asc" },
    });
    expect(events.map((e) => e.toState).slice(-6)).toEqual([
      "expert-assigned",
      "advice-drafted",
      "expert-assigned",
      "advice-drafted",
      "advice-reviewed",
      "delivered",
    ]);
  });

  it("shows experts only consented facts and attachments", async () => {
    const { db, staff, exporter, company, exp } = await world();
    const a = await exp("查看 Viewer", {});
    const stranger = await exp("旁人 Stranger", {});
    const shared = await makeGuidanceRequest(db, {
      companyId: company.id,
      createdById: exporter.id,
      staffId: staff.id,
    });
    const secret = await makeGuidanceRequest(db, {
      companyId: company.id,
      createdById: exporter.id,
      staffId: staff.id,
      data: { consentToShare: false },
    });
    const att = (requestId: string, share: boolean) =>
      db.guidanceAttachment.create({
        data: {
          requestId,
          originalName: "complaint.pdf",
          storedName: `${requestId}-${share}-${Math.random()}`,
          mimeType: "application/pdf",
          size: 10,
          sha256: "x",
          uploadedById: exporter.id,
          shareWithExperts: share,
        },
      });
    const open = await att(shared.id, true);
    const closed = await att(shared.id, false);
    const withheld = await att(secret.id, true);
    await proposeExperts(db, {
      requestId: shared.id,
      expertIds: [a.profile.id],
      staffId: staff.id,
    });
    await proposeExperts(db, {
      requestId: secret.id,
      expertIds: [a.profile.id],
      staffId: staff.id,
    });
    expect(await canExpertSeeAttachment(db, a.user.id, open.id)).toBe(true);
    expect(await canExpertSeeAttachment(db, a.user.id, closed.id)).toBe(false);
    expect(await canExpertSeeAttachment(db, a.user.id, withheld.id)).toBe(false);
    expect(await canExpertSeeAttachment(db, stranger.user.id, open.id)).toBe(false);
    const v1 = await expertRequestView(db, shared.id);
    expect(v1).toMatchObject({
      contactEmail: "contact@example.test",
      amountAtStake: 1_200_000,
      attachments: [expect.objectContaining({ id: open.id })],
    });
    expect(v1.attachments).toHaveLength(1);
    const v2 = await expertRequestView(db, secret.id);
    expect(v2).toMatchObject({
      companyName: null,
      contactName: null,
      contactPhone: null,
      contactEmail: null,
      amountAtStake: null,
      currency: null,
      attachments: [],
    });
    expect(v2.opposingParty).toBe("Acme Solar Inc.");
  });
});

describe("escalation", () => {
  it("requires criteria and a note, records the branch, tracks status step by step, and builds the dossier", async () => {
    const { db, staff, exporter, company, request } = await world();
    const draft = await makeGuidanceRequest(db, {
      companyId: company.id,
      createdById: exporter.id,
      staffId: staff.id,
      state: "submitted",
    });
    await expect(
      escalateRequest(db, {
        requestId: request.id,
        staffId: staff.id,
        criteria: [],
        note: "x",
      }),
    ).rejects.toThrow();
    await expect(
      escalateRequest(db, {
        requestId: request.id,
        staffId: staff.id,
        criteria: ["novel-law"],
        note: " ",
      }),
    ).rejects.toThrow();
    await expect(
      escalateRequest(db, {
        requestId: draft.id,
        staffId: staff.id,
        criteria: ["novel-law"],
        note: "n",
      }),
    ).rejects.toMatchObject({ code: "wrong-state" });
    const e = await escalateRequest(db, {
      requestId: request.id,
      staffId: staff.id,
      criteria: ["novel-law", "several-forums"],
      note: "同时在地区法院起诉",
    });
    expect(
      (
        await db.guidanceRequest.findUniqueOrThrow({
          where: { id: request.id },
        })
      ).escalated,
    ).toBe(true);
    await expect(
      escalateRequest(db, {
        requestId: request.id,
        staffId: staff.id,
        criteria: ["novel-law"],
        note: "again",
      }),
    ).rejects.toBeInstanceOf(EscalationError);
    await expect(
      updateEscalationStatus(db, {
        escalationId: e.id,
        staffId: staff.id,
        status: "closed",
      }),
    ).rejects.toMatchObject({ code: "illegal-status" });
    const ack = await updateEscalationStatus(db, {
      escalationId: e.id,
      staffId: staff.id,
      status: "acknowledged",
      subCentreRef: "浙知援〔2026〕12号",
    });
    expect(ack).toMatchObject({
      status: "acknowledged",
      subCentreRef: "浙知援〔2026〕12号",
    });
    expect(ack.acknowledgedAt).toBeInstanceOf(Date);
    await db.guidanceAttachment.create({
      data: {
        requestId: request.id,
        originalName: "complaint.pdf",
        storedName: `s-${request.id}`,
        mimeType: "application/pdf",
        size: 2048,
        sha256: "abc",
        uploadedById: exporter.id,
      },
    });
    const dossier = (await buildDossier(db, request.id))!;
    expect(dossier.parties).toMatchObject({
      requester: { nameZh: "示例光能科技有限公司" },
      opposingParty: "Acme Solar Inc.",
      opposingCounsel: "Smith & Jones LLP",
    });
    expect(dossier.timeline.map((t) => t.to)).toEqual(["submitted", "under-review", "accepted", "accepted"]);
    expect(dossier.timeline[3].note).toContain("novel-law");
    expect(dossier.attachments).toEqual([expect.objectContaining({ name: "complaint.pdf", size: 2048 })]);
    expect(dossier.escalations[0]).toMatchObject({
      criteria: ["novel-law", "several-forums"],
      status: "acknowledged",
      subCentreRef: "浙知援〔2026〕12号",
    });
    expect(dossier.request).toMatchObject({
      amountAtStake: 1_200_000,
      caseNumber: "337-TA-9999",
    });
    expect(dossier).toHaveProperty("deadlines");
    expect(dossier).toHaveProperty("advice");
  });
});
