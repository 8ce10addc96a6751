// Demo data of the expert pool, assignments and escalation (the integrator may merge these
// requests with the intake branch's demo requests). Called from seedDemo after the companies.
import { escalateRequest } from "~/models/escalation.server.ts";
import { proposeExperts, respondToAssignment } from "~/models/expert-match.server.ts";
import type { Db } from "~/utils/db.server.ts";
import { makeGuidanceRequest } from "./guidance-builder.ts";

export async function seedExpertDemo(db: Db) {
  const staff = await db.user.findFirstOrThrow({
    where: { email: "staff1@demo.radar" },
  });
  const exporter = (email: string) => db.user.findFirstOrThrow({ where: { email } });
  const expert = (email: string) =>
    db.expertProfile.findFirstOrThrow({
      where: { user: { email } },
      include: { user: true },
    });

  // Professor Sun advised the complainant of the demo 337 case: excluded with the reason shown.
  const sun = await expert("expert.scholar@demo.radar");
  await db.expertProfile.update({
    where: { id: sun.id },
    data: {
      conflictCompanies: JSON.stringify(["SunCoast Energy, LLC (demo)"]),
      conflictFirms: JSON.stringify(["Example Hill & Partners LLP"]),
      feeNote: "按小时计费，公益案件减免（演示）",
    },
  });
  const zhao = await expert("expert.ecommerce@demo.radar");
  await db.expertProfile.update({
    where: { id: zhao.id },
    data: {
      unavailable: JSON.stringify([{ from: "2026-12-20", to: "2027-01-05" }]),
    },
  });

  const solar = await exporter("exporter.solar@demo.radar");
  const accepted = await makeGuidanceRequest(db, {
    companyId: solar.companyId!,
    createdById: solar.id,
    staffId: staff.id,
    data: {
      disputeType: "us-itc-337",
      country: "US",
      forum: "USITC",
      opposingParty: "SunCoast Energy LLC (demo)",
      opposingCounsel: "Example Hill & Partners LLP",
      caseNumber: "337-TA-DEMO-1",
      whatHappened: "演示：收到美国国际贸易委员会337调查通知，涉及光伏组件。",
      helpWanted: "评估应诉与和解方案",
      amountAtStake: 8_000_000,
      currency: "USD",
    },
  });

  const battery = await exporter("exporter.battery@demo.radar");
  const assigned = await makeGuidanceRequest(db, {
    companyId: battery.companyId!,
    createdById: battery.id,
    staffId: staff.id,
    data: {
      disputeType: "us-district-court",
      country: "US",
      forum: "D. Del.",
      opposingParty: "VoltCell Inc. (demo)",
      opposingCounsel: null,
      caseNumber: "1:26-cv-DEMO",
      whatHappened: "演示：美国特拉华州地区法院专利侵权诉讼，涉及锂电池电芯。",
      helpWanted: "答辩期限与策略",
      amountAtStake: 2_000_000,
      currency: "USD",
    },
  });
  const chen = await expert("expert.patent@demo.radar");
  const [proposal] = await proposeExperts(db, {
    requestId: assigned.id,
    expertIds: [chen.id],
    staffId: staff.id,
  });
  await respondToAssignment(db, {
    assignmentId: proposal.id,
    expertUserId: chen.userId,
    accept: true,
    noConflict: true,
  });

  const toys = await exporter("exporter.toys@demo.radar");
  const escalated = await makeGuidanceRequest(db, {
    companyId: toys.companyId!,
    createdById: toys.id,
    staffId: staff.id,
    data: {
      disputeType: "schedule-a-tro",
      country: "US",
      forum: "N.D. Ill.",
      opposingParty: "BrandCo Holdings (demo)",
      opposingCounsel: "Example Schedule A Law Group",
      caseNumber: "1:26-cv-DEMO-A",
      whatHappened: "演示：Schedule A 诉讼，临时限制令冻结了约40家本地卖家的店铺账户。",
      helpWanted: "账户解冻与联合应诉",
      amountAtStake: 300_000,
      currency: "USD",
    },
  });
  await escalateRequest(db, {
    requestId: escalated.id,
    staffId: staff.id,
    criteria: ["many-co-respondents", "industry-wide"],
    note: "演示：本地多家玩具企业被列为共同被告，建议省分中心统筹应对。",
  });
  return {
    accepted: accepted.id,
    assigned: assigned.id,
    escalated: escalated.id,
  };
}
