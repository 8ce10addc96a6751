// Builders shared by the demo seed (prisma/seed.ts) and the tests (tests/db-utils.ts re-exports
// them): one way to make a company, a user, an expert or a guidance request, going through
// app/models so audit rows are written too. They live here, not in tests/, because the seed is
// bundled into the production CLI and production code never imports tests/.
import crypto from "node:crypto";
import { createCompany, type CompanyProfileInput } from "~/models/company.server.ts";
import { createExpertProfile, type ExpertProfileInput } from "~/models/expert.server.ts";
import { createUser } from "~/models/user.server.ts";
import type { Db } from "~/utils/db.server.ts";
import type { Role } from "~/domain/roles.ts";
import type { RequestState } from "~/domain/request-states.ts";
import { createDraft, type RequestInput, STAFF_ACTIONS, type StaffAction, staffTransition } from "~/models/guidance-intake.server.ts";
import { transitionRequest } from "~/models/guidance-request.server.ts";

/** The password of built users who are given none (the tests log in with it). */
export const DEFAULT_PASSWORD = "correct-horse-battery-staple";

function unique(prefix: string) {
  return `${prefix}-${crypto.randomBytes(4).toString("hex")}`;
}

/**
 * `rawIndustries` writes industry ids past the profile's taxonomy check: tests that need an
 * industry no other test shares (to keep experts of different tests apart) use made-up ids.
 */
export async function makeCompany(db: Db, overrides: Partial<CompanyProfileInput> & { isDemo?: boolean; rawIndustries?: string[] } = {}) {
  const { rawIndustries, ...profile } = overrides;
  const company = await createCompany(
    db,
    {
      nameZh: profile.nameZh ?? `测试企业${unique("")}有限公司`,
      nameEn: profile.nameEn ?? `Test Export ${unique("co")} Co., Ltd.`,
      industries: "photovoltaic",
      products: "solar panels, 光伏组件",
      hsCodes: "854143",
      markets: "US, DE",
      ...profile,
    },
    null,
  );
  if (!rawIndustries) return company;
  return db.company.update({ where: { id: company.id }, data: { industries: JSON.stringify(rawIndustries) } });
}

export async function makeUser(
  db: Db,
  opts: { role: Role; email?: string; name?: string; password?: string; companyId?: string; locale?: "zh" | "en"; isDemo?: boolean },
) {
  let companyId = opts.companyId;
  if (opts.role === "exporter" && !companyId) companyId = (await makeCompany(db, { isDemo: opts.isDemo })).id;
  return createUser(
    db,
    {
      email: opts.email ?? `${unique(opts.role)}@example.test`,
      name: opts.name ?? `Test ${opts.role}`,
      role: opts.role,
      password: opts.password ?? DEFAULT_PASSWORD,
      companyId,
      locale: opts.locale ?? "zh",
      isDemo: opts.isDemo,
    },
    null,
  );
}

export async function makeExpert(
  db: Db,
  opts: { email?: string; name?: string; password?: string; isDemo?: boolean; profile?: Partial<ExpertProfileInput> } = {},
) {
  const user = await makeUser(db, { role: "expert", email: opts.email, name: opts.name, password: opts.password, isDemo: opts.isDemo });
  const profile = await createExpertProfile(
    db,
    user.id,
    { displayNameZh: opts.name ?? user.name, ipTypes: ["patent"], jurisdictions: ["US"], industries: [], languages: ["zh", "en"], ...opts.profile },
    null,
  );
  return { user, profile };
}

/** Walk from draft to each state (staff/exporter steps through transitionRequest). */
const GUIDANCE_PATHS: Record<string, { to: RequestState; by: "exporter" | "staff" | "system"; note?: string }[]> = {
  draft: [],
  submitted: [{ to: "submitted", by: "exporter" }],
  "under-review": [
    { to: "submitted", by: "exporter" },
    { to: "under-review", by: "staff" },
  ],
  "needs-supplement": [
    { to: "submitted", by: "exporter" },
    { to: "under-review", by: "staff" },
    { to: "needs-supplement", by: "staff", note: "请补充送达文件（传票及起诉状）扫描件及送达日期证明。" },
  ],
  rejected: [
    { to: "submitted", by: "exporter" },
    { to: "under-review", by: "staff" },
    { to: "rejected", by: "staff", note: "不属于海外知识产权纠纷应对指导受理范围。" },
  ],
  accepted: [
    { to: "submitted", by: "exporter" },
    { to: "under-review", by: "staff" },
    { to: "accepted", by: "staff" },
  ],
  // Without expert rows (the expert branch adds assignments and advice): system steps stand in.
  delivered: [
    { to: "submitted", by: "exporter" },
    { to: "under-review", by: "staff" },
    { to: "accepted", by: "staff" },
    { to: "expert-assigned", by: "system" },
    { to: "advice-drafted", by: "system" },
    { to: "advice-reviewed", by: "staff" },
    { to: "delivered", by: "staff" },
  ],
};

/** A guidance request in a given state (draft, submitted, under-review, needs-supplement, rejected, accepted, delivered). */
export async function makeGuidanceRequest(
  db: Db,
  opts: { companyId: string; exporterId: string; staffId: string; state: keyof typeof GUIDANCE_PATHS; fields?: Partial<RequestInput> },
) {
  const fields: RequestInput = {
    disputeType: "us-itc-337",
    country: "US",
    forum: "USITC",
    opposingParty: null,
    opposingCounsel: null,
    caseNumber: null,
    servedAt: null,
    tempReliefMotion: false,
    statedDeadline: null,
    products: [],
    hsCodes: [],
    amountAtStake: null,
    currency: null,
    whatHappened: "收到美国国际贸易委员会的337调查通知。",
    helpWanted: "应诉策略与律师对接建议",
    contactName: "联络人",
    contactPhone: null,
    contactEmail: "contact@example.test",
    consentToShare: true,
    ...opts.fields,
  };
  const request = await createDraft(db, opts.companyId, opts.exporterId, fields);
  for (const step of GUIDANCE_PATHS[opts.state] ?? []) {
    const actor = { id: step.by === "exporter" ? opts.exporterId : step.by === "staff" ? opts.staffId : null, kind: step.by };
    if (step.by === "staff" && Object.values(STAFF_ACTIONS).includes(step.to as never)) {
      const action = (Object.entries(STAFF_ACTIONS) as [StaffAction, RequestState][]).find(([, to]) => to === step.to)![0];
      await staffTransition(db, { requestId: request.id, action, note: step.note ?? null, staffId: opts.staffId });
    } else await transitionRequest(db, { requestId: request.id, to: step.to, actor });
  }
  return db.guidanceRequest.findUniqueOrThrow({ where: { id: request.id } });
}
