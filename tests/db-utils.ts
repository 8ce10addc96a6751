// Factories shared by the tests and the demo seed (prisma/seed.ts): one way to make a
// company, a user or an expert, going through app/models so audit rows are written too.
import crypto from "node:crypto";
import { createCompany, type CompanyProfileInput } from "~/models/company.server.ts";
import { createExpertProfile, type ExpertProfileInput } from "~/models/expert.server.ts";
import { createUser } from "~/models/user.server.ts";
import type { Db } from "~/utils/db.server.ts";
import type { Role } from "~/utils/permissions.server.ts";

export const TEST_PASSWORD = "correct-horse-battery-staple";

function unique(prefix: string) {
  return `${prefix}-${crypto.randomBytes(4).toString("hex")}`;
}

export async function makeCompany(db: Db, overrides: Partial<CompanyProfileInput> & { isDemo?: boolean } = {}) {
  return createCompany(
    db,
    {
      nameZh: overrides.nameZh ?? `测试企业${unique("")}有限公司`,
      nameEn: overrides.nameEn ?? `Test Export ${unique("co")} Co., Ltd.`,
      industries: "photovoltaic",
      products: "solar panels, 光伏组件",
      hsCodes: "854143",
      markets: "US, DE",
      ...overrides,
    },
    null,
  );
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
      password: opts.password ?? TEST_PASSWORD,
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
