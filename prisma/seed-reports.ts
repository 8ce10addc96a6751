// Demo data for the statistics and reports (issue 14): a year of dated activity — cases and law
// changes by jurisdiction and industry, 337 stages, guidance requests in every outcome,
// escalations, alerts naming local companies — plus a published typical case, a frozen
// monthly report and a published risk-warning report, so every chart shows something on a
// fresh `npm start`. Deterministic (no randomness): the same database every time.
import { createReport, freezeReport, publishReport } from "~/models/report.server.ts";
import { proposeTypicalCase, publishTypicalCase, submitTypicalCase, TypicalCaseSchema } from "~/models/typical-case.server.ts";
import { shanghaiIso } from "~/reports/period.ts";
import type { Db } from "~/utils/db.server.ts";

const DAY_MS = 86_400_000;
const JURISDICTIONS = ["US", "US", "US", "EU", "DE", "GB", "JP"];
const INDUSTRIES = ["photovoltaic", "lithium-battery", "led-lighting", "toys", "consumer-electronics", "furniture", "auto-parts"];
const STAGES = ["complaint-received", "instituted", "initial-determination", "final-determination", "exclusion-order", "terminated"];
const CASE_TYPES: Record<string, string> = {
  US: "us-itc-337",
  EU: "eu-customs-detention",
  DE: "trade-fair-injunction",
  GB: "us-district-court",
  JP: "trademark-opposition",
};

export async function seedReportsDemo(db: Db, now: Date = new Date()) {
  const at = (daysAgo: number, hour = 10) => new Date(now.getTime() - daysAgo * DAY_MS - ((now.getUTCHours() - hour + 24) % 24) * 3_600_000);
  const source = await db.source.create({
    data: {
      name: "演示：历史案件与法规（一年）",
      url: "https://demo.invalid/history-year",
      kind: "case",
      jurisdiction: "US",
      enabled: false,
      alertable: false,
    },
  });
  const companies = await db.company.findMany({
    where: { isDemo: true },
    select: { id: true, nameZh: true, users: { select: { id: true }, take: 1 } },
    orderBy: { createdAt: "asc" },
  });
  const staff = await db.user.findFirstOrThrow({ where: { email: "staff1@demo.radar" } });
  const expert = await db.expertProfile.findFirst({ orderBy: { createdAt: "asc" } });

  // Cases and items: about 10 a month over 12 months, across jurisdictions and industries.
  let n = 0;
  const items: { id: string; caseId: string | null; publishedAt: Date }[] = [];
  for (let month = 11; month >= 0; month--) {
    const perMonth = 6 + ((month * 7) % 6);
    for (let k = 0; k < perMonth; k++) {
      n += 1;
      const daysAgo = month * 30 + ((k * 5) % 28) + 1;
      const jurisdiction = JURISDICTIONS[n % JURISDICTIONS.length]!;
      const industry = INDUSTRIES[n % INDUSTRIES.length]!;
      const caseType = CASE_TYPES[jurisdiction] ?? "other";
      const stage = caseType === "us-itc-337" ? STAGES[(n + month) % STAGES.length]! : null;
      const created = at(daysAgo);
      const kase = await db.case.create({
        data: {
          otherNumber: caseType === "us-itc-337" ? null : `DEMO-${jurisdiction}-${n}`,
          investigationNumber: caseType === "us-itc-337" ? `337-TA-${3000 + n}` : null,
          caseType,
          jurisdiction,
          title: `演示案件 ${n}：${industry} products`,
          stage,
          complainants: JSON.stringify([`Demo Complainant ${n} Inc.`]),
          respondents: JSON.stringify([{ name: `Demo Respondent ${n} Co., Ltd.`, location: "China" }]),
          products: JSON.stringify([industry]),
          firstSeenAt: created,
        },
      });
      const item = await db.riskItem.create({
        data: {
          sourceId: source.id,
          guid: `demo-history-${n}`,
          title: kase.title,
          summary: `Demo history item ${n}`,
          publishedAt: new Date(created.getTime() - 6 * 3_600_000),
          fetchedAt: created,
          createdAt: created,
          language: "en",
          jurisdiction,
          kind: "case",
          caseType,
          stage,
          caseId: kase.id,
          industries: JSON.stringify([industry]),
          ipTypes: JSON.stringify([n % 3 === 0 ? "trademark" : "patent"]),
          fingerprint: `demo-history-${n}`,
          alertable: false,
          matchedAt: created,
        },
      });
      items.push({ id: item.id, caseId: kase.id, publishedAt: item.publishedAt });
    }
    for (let k = 0; k < 2; k++) {
      n += 1;
      const created = at(month * 30 + 10 + k * 7);
      await db.riskItem.create({
        data: {
          sourceId: source.id,
          guid: `demo-history-law-${n}`,
          title: k ? `演示：欧盟外观设计法规修订（第 ${n} 号通告）` : `演示：美国海关执法程序更新（第 ${n} 号）`,
          summary: "Demo law change",
          publishedAt: created,
          fetchedAt: created,
          createdAt: created,
          language: "en",
          jurisdiction: k ? "EU" : "US",
          kind: "law",
          caseType: "law-rule-change",
          fingerprint: `demo-history-law-${n}`,
          alertable: false,
          matchedAt: created,
        },
      });
    }
  }

  // Alerts: every fifth case names a demo company (critical); others are high/medium/low.
  for (const [i, item] of items.entries()) {
    const company = companies[i % Math.max(1, companies.length)];
    if (!company) break;
    const named = i % 5 === 0;
    const created = new Date(item.publishedAt.getTime() + (named ? 4 : 20) * 3_600_000);
    await db.alert.create({
      data: {
        companyId: company.id,
        riskItemId: item.id,
        caseId: item.caseId,
        severity: named ? "critical" : (["high", "medium", "low"][i % 3] ?? "low"),
        reasons: JSON.stringify(
          named ? [{ kind: "party", role: "respondent", name: company.nameZh, score: 0.97, evidence: ["demo"] }] : [{ kind: "industry", industries: ["demo"] }],
        ),
        readAt: i % 2 === 0 ? new Date(created.getTime() + DAY_MS) : null,
        createdAt: created,
      },
    });
  }

  // Guidance requests over the year in every outcome.
  const outcomes = ["closed", "closed", "closed", "rejected", "delivered", "terminated", "accepted", "closed"] as const;
  for (let i = 0; i < 40; i++) {
    const company = companies[i % Math.max(1, companies.length)];
    const userId = company?.users[0]?.id ?? staff.id;
    if (!company) break;
    const outcome = outcomes[i % outcomes.length]!;
    const submitted = at(360 - i * 9, 9);
    const accepted = outcome === "rejected" ? null : new Date(submitted.getTime() + (1 + (i % 4)) * DAY_MS);
    const delivered = accepted && ["closed", "delivered"].includes(outcome) ? new Date(accepted.getTime() + (5 + (i % 9)) * DAY_MS) : null;
    const closed = outcome === "closed" && delivered ? new Date(delivered.getTime() + 2 * DAY_MS) : null;
    const decided =
      outcome === "rejected" ? new Date(submitted.getTime() + 2 * DAY_MS) : outcome === "terminated" ? new Date(submitted.getTime() + 12 * DAY_MS) : null;
    const req = await db.guidanceRequest.create({
      data: {
        companyId: company.id,
        createdById: userId,
        state: outcome,
        disputeType: ["us-itc-337", "schedule-a-tro", "eu-customs", "trademark-opposition"][i % 4]!,
        country: ["US", "US", "DE", "EU"][i % 4]!,
        caseId: items[i * 2]?.caseId ?? null,
        whatHappened: `演示：历史申请 ${i + 1}`,
        helpWanted: "应对建议",
        submittedAt: submitted,
        firstResponseAt: new Date(submitted.getTime() + (i % 5) * DAY_MS),
        acceptedAt: accepted,
        deliveredAt: delivered,
        closedAt: closed,
        rating: closed && i % 3 !== 2 ? 3 + (i % 3) : null,
        rejectionReason: outcome === "rejected" ? "不属于受理范围（演示）" : null,
        terminationReason: outcome === "terminated" ? "企业撤回（演示）" : null,
        createdAt: submitted,
      },
    });
    if (decided) await db.guidanceEvent.create({ data: { requestId: req.id, fromState: "under-review", toState: outcome, actorId: staff.id, at: decided } });
    if (accepted && expert && outcome !== "accepted")
      await db.expertAssignment.create({
        data: {
          requestId: req.id,
          expertId: expert.id,
          status: delivered ? "completed" : "withdrawn",
          assignedById: staff.id,
          respondedAt: accepted,
          createdAt: accepted,
        },
      });
    if (i % 7 === 3 && accepted)
      await db.escalation.create({
        data: {
          requestId: req.id,
          criteria: JSON.stringify(["major-amount"]),
          note: "演示：涉案金额重大",
          status: ["sent", "acknowledged", "guidance-received", "closed"][i % 4]!,
          createdById: staff.id,
          sentAt: new Date(accepted.getTime() + DAY_MS),
        },
      });
    if (i === 8 && closed) {
      const tc = await proposeTypicalCase(
        db,
        { requestId: req.id },
        TypicalCaseSchema.parse({
          title: "光伏企业应对美国337调查典型案例（演示） Solar module Section 337 case",
          summary: `${company.nameZh}被列为美国337调查被申请人，在中心指导下及时应诉并达成和解。`,
          facts: "申请人指控涉案光伏组件侵犯其两项美国专利，请求普遍排除令。",
          response: "中心在 2 个工作日内受理，匹配熟悉337程序的专家，协助企业评估不侵权抗辩并联系行业协会。",
          outcome: "双方和解，企业保住美国市场。 The parties settled.",
          lessons: "尽早开展 FTO 分析，关注答辩期限（送达后 20 日）。",
          industry: "photovoltaic",
          jurisdiction: "US",
          disputeType: "us-itc-337",
          tags: "337; 光伏; solar",
          anonymise: "on",
          maskTerms: "",
        }),
        staff.id,
      );
      await submitTypicalCase(db, tc.id, staff.id);
      await publishTypicalCase(db, tc.id, staff.id);
    }
  }

  // A frozen monthly report for last month, a published risk-warning report for it, and an English draft.
  const lastMonth = shanghaiIso(new Date(now.getTime() - 30 * DAY_MS));
  const year = Number(lastMonth.slice(0, 4));
  const month = Number(lastMonth.slice(5, 7));
  const monthly = await createReport(db, { kind: "monthly", year, n: month }, staff.id);
  await freezeReport(db, monthly.id, staff.id);
  const warning = await createReport(db, { kind: "risk-warning", year, n: month }, staff.id);
  await db.report.update({
    where: { id: warning.id },
    data: {
      sections: JSON.stringify({
        summary: JSON.parse(warning.sections).summary,
        commentary: "美国337调查仍集中于光伏、锂电池等行业（演示）。",
        recommendations: "建议相关企业开展专利排查，关注答辩期限（演示）。",
        internal: "",
      }),
    },
  });
  await freezeReport(db, warning.id, staff.id);
  await publishReport(db, warning.id, staff.id);
  // The same month's work report written in English (a report's language is chosen when it is generated).
  await createReport(db, { kind: "monthly", year, n: month, language: "en" }, staff.id);
}
