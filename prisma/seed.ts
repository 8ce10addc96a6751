// Demo data for the embedded default (`npm start` on an empty database, or
// `npm run cli -- seed --demo`). Every demo row is flagged isDemo and the UI shows a banner.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { processFeedBytes } from "~/ingest/pipeline.server.ts";
import type { SourceKind } from "~/domain/taxonomy.ts";
import { storeRiskItems } from "~/models/risk-item.server.ts";
import { createSource } from "~/models/source.server.ts";
import type { Db } from "~/utils/db.server.ts";
import { makeCompany, makeExpert, makeGuidanceRequest, makeUser } from "./builders.ts";
import { seedExpertDemo } from "./seed-experts.ts";
import { seedSupportDemo } from "./seed-support.ts";
import { seedDemoWarn } from "./seed-warn.ts";
import { seedReportsDemo } from "./seed-reports.ts";
import { ensureGuidanceReferenceData } from "~/models/guidance-intake.server.ts";

export const DEMO_PASSWORD = "radar-demo-2026";

export interface DemoLogin {
  role: string;
  email: string;
  password: string;
  note: string;
}

export async function hasDemoData(db: Db): Promise<boolean> {
  return (await db.user.count({ where: { isDemo: true } })) > 0;
}

export async function seedDemo(db: Db): Promise<DemoLogin[]> {
  const logins: DemoLogin[] = [];
  const add = (role: string, email: string, note: string) => logins.push({ role, email, password: DEMO_PASSWORD, note });
  const base = { password: DEMO_PASSWORD, isDemo: true } as const;

  await makeUser(db, { ...base, role: "admin", email: "admin@demo.radar", name: "系统管理员 Admin" });
  add("admin", "admin@demo.radar", "系统管理员");
  await makeUser(db, { ...base, role: "staff", email: "staff1@demo.radar", name: "王静 Wang Jing" });
  add("staff", "staff1@demo.radar", "维权援助中心 工作人员");
  await makeUser(db, { ...base, role: "staff", email: "staff2@demo.radar", name: "李强 Li Qiang", locale: "en" });
  add("staff", "staff2@demo.radar", "Staff officer (English UI)");

  const experts: { email: string; name: string; profile: NonNullable<NonNullable<Parameters<typeof makeExpert>[1]>["profile"]> }[] = [
    {
      email: "expert.patent@demo.radar",
      name: "陈律师 Chen Wei",
      profile: {
        organisation: "示例知识产权律师事务所",
        title: "合伙人 / 美国专利律师",
        ipTypes: ["patent"],
        jurisdictions: ["US"],
        industries: ["photovoltaic", "lithium-battery", "semiconductors"],
        languages: ["zh", "en"],
        capacity: 4,
      },
    },
    {
      email: "expert.trademark@demo.radar",
      name: "刘代理人 Liu Fang",
      profile: {
        organisation: "示例商标代理有限公司",
        title: "商标代理人",
        ipTypes: ["trademark"],
        jurisdictions: ["EU", "DE", "GB"],
        industries: ["textiles-apparel", "toys", "furniture"],
        languages: ["zh", "en", "de"],
        capacity: 5,
      },
    },
    {
      email: "expert.ecommerce@demo.radar",
      name: "赵律师 Zhao Min",
      profile: {
        organisation: "示例跨境电商法律服务中心",
        title: "律师",
        ipTypes: ["trademark", "copyright", "design"],
        jurisdictions: ["US"],
        industries: ["ecommerce-goods", "consumer-electronics", "toys"],
        languages: ["zh", "en"],
        capacity: 6,
      },
    },
    {
      email: "expert.scholar@demo.radar",
      name: "孙教授 Sun Hao",
      profile: {
        organisation: "示例大学知识产权学院",
        title: "教授",
        ipTypes: ["patent", "trade-secret"],
        jurisdictions: ["US", "EU", "JP"],
        industries: ["machinery", "auto-parts", "medical-devices"],
        languages: ["zh", "en", "ja"],
        capacity: 2,
      },
    },
    {
      email: "expert.customs@demo.radar",
      name: "Anna Schmidt",
      profile: {
        displayNameEn: "Anna Schmidt",
        organisation: "Example Rechtsanwälte (demo)",
        title: "Rechtsanwältin",
        ipTypes: ["design", "trademark", "patent"],
        jurisdictions: ["DE", "EU"],
        industries: ["led-lighting", "home-appliances"],
        languages: ["en", "de"],
        capacity: 3,
      },
    },
  ];
  for (const e of experts) {
    await makeExpert(db, { ...base, email: e.email, name: e.name, profile: e.profile });
    add("expert", e.email, e.name);
  }

  const companies = [
    {
      email: "exporter.solar@demo.radar",
      company: {
        nameZh: "示例光能科技有限公司",
        nameEn: "Demo Sunpower Technology Co., Ltd.",
        aliases: "Demo Sunpower, Shili Guangneng",
        city: "宁波",
        industries: "photovoltaic",
        products: "光伏组件, solar panels, photovoltaic modules, inverters",
        hsCodes: "854143, 850440",
        markets: "US, DE, NL",
      },
    },
    {
      email: "exporter.battery@demo.radar",
      company: {
        nameZh: "示例锂电新能源股份有限公司",
        nameEn: "Demo Lithium Energy Co., Ltd.",
        aliases: "DemoLi, Shili Lidian",
        city: "深圳",
        industries: "lithium-battery, consumer-electronics",
        products: "锂电池, lithium-ion battery cells, power banks, 移动电源",
        hsCodes: "850760, 850650",
        markets: "US, EU, JP",
      },
    },
    {
      email: "exporter.toys@demo.radar",
      company: {
        nameZh: "示例玩具制品有限公司",
        nameEn: "Demo Happy Toys Manufacturing Co., Ltd.",
        aliases: "Happy Toys",
        city: "汕头",
        industries: "toys, ecommerce-goods",
        products: "毛绒玩具, plush toys, building blocks, 积木",
        hsCodes: "950300",
        markets: "US, GB, FR",
      },
    },
  ];
  const demoExporters: { companyId: string; exporterId: string }[] = [];
  for (const c of companies) {
    const company = await makeCompany(db, { ...c.company, isDemo: true });
    const exporter = await makeUser(db, { ...base, role: "exporter", email: c.email, name: `${c.company.nameZh} 联络人`, companyId: company.id });
    demoExporters.push({ companyId: company.id, exporterId: exporter.id });
    add("exporter", c.email, c.company.nameZh);
  }
  await seedExpertDemo(db);
  await seedDemoItems(db);
  await seedDemoWarn(db);
  await seedDemoGuidanceRequests(db, demoExporters);
  await seedSupportDemo(db, demoExporters);
  await seedReportsDemo(db);
  return logins;
}

export async function listDemoLogins(db: Db): Promise<DemoLogin[]> {
  const users = await db.user.findMany({ where: { isDemo: true }, orderBy: [{ role: "asc" }, { email: "asc" }] });
  return users.map((u) => ({ role: u.role, email: u.email, password: DEMO_PASSWORD, note: u.name }));
}

export function formatDemoLogins(logins: DemoLogin[]): string {
  const lines = logins.map((l) => `  ${l.role.padEnd(9)} ${l.email.padEnd(30)} ${l.password}   ${l.note}`);
  return ["Demo logins (演示账户, all demo data):", ...lines].join("\n");
}

/** The fixture feeds, found from this module whether it runs from prisma/ or bundled in build/proc/. */
function fixturesDir(): string | null {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, "tests/fixtures/feeds");
    if (fs.existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  return null;
}

/** Demo feeds: the test fixtures, registered as disabled demo sources (no network needed). */
const DEMO_FEEDS: { file: string; name: string; kind: SourceKind; jurisdiction: string; language: string }[] = [
  { file: "federal-register-itc.xml", name: "演示：Federal Register — ITC 337 notices", kind: "case", jurisdiction: "US", language: "en" },
  { file: "gbk-alerts.xml", name: "演示：海外维权预警快讯（GBK）", kind: "case", jurisdiction: "CN", language: "zh" },
  { file: "zh-law-changes.xml", name: "演示：海外知识产权法律动态", kind: "law", jurisdiction: "CN", language: "zh" },
  { file: "rss2.xml", name: "Demo: IP Trade Watch", kind: "news", jurisdiction: "US", language: "en" },
  { file: "big5-ipnews.xml", name: "演示：知識產權新聞（Big5）", kind: "news", jurisdiction: "TW", language: "zh" },
];

/**
 * Stores the demo feeds' items as if ingested (first pass: no alerts). The sources are
 * disabled and point at an unroutable host, so the scheduler never fetches them.
 */
export async function seedDemoItems(db: Db): Promise<number> {
  let created = 0;
  const fixtures = fixturesDir();
  if (!fixtures) {
    console.warn("demo feeds not found (tests/fixtures/feeds): demo data has no risk items");
    return 0;
  }
  for (const feed of DEMO_FEEDS) {
    const file = path.join(fixtures, feed.file);
    if (!fs.existsSync(file)) continue;
    const url = `https://demo.radar.invalid/${feed.file}`;
    // Published: the demo exists so exporters have something to search.
    const source =
      (await db.source.findUnique({ where: { url } })) ??
      (await createSource(
        db,
        { name: feed.name, url, kind: feed.kind, jurisdiction: feed.jurisdiction, language: feed.language, enabled: false, alertable: false },
        null,
        { visibleToExporters: true },
      ));
    const now = new Date();
    const processed = await processFeedBytes({
      bytes: fs.readFileSync(file),
      feedUrl: url,
      source: { id: source.id, kind: feed.kind, jurisdiction: feed.jurisdiction, language: feed.language },
      fetchedAt: now,
    });
    const stored = await storeRiskItems(db, processed.items, { sourceId: source.id, alertable: false, fetchedAt: now, kind: feed.kind });
    await db.source.update({
      where: { id: source.id },
      data: {
        format: processed.format,
        backfilledAt: now,
        lastSuccessAt: now,
        lastAttemptAt: now,
        itemsTotal: { increment: stored.created },
        itemsLastRun: stored.created,
      },
    });
    created += stored.created;
  }
  return created;
}

/** Guidance requests in several states for the demo companies (deadlines relative to today). */
async function seedDemoGuidanceRequests(db: Db, exporters: { companyId: string; exporterId: string }[]) {
  await ensureGuidanceReferenceData(db);
  const staff = await db.user.findFirstOrThrow({ where: { email: "staff1@demo.radar" } });
  const [solar, battery, toys] = exporters;
  if (!solar || !battery || !toys) return;
  const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
  const common = { staffId: staff.id };
  await makeGuidanceRequest(db, {
    ...common,
    ...solar,
    state: "submitted",
    fields: {
      disputeType: "us-itc-337",
      caseNumber: "337-TA-1452",
      opposingParty: "Demo Photon Holdings LLC",
      opposingCounsel: "Example & Partners LLP",
      servedAt: daysAgo(6),
      tempReliefMotion: true,
      products: ["光伏组件", "solar modules"],
      hsCodes: ["854143"],
      amountAtStake: 3_500_000,
      currency: "USD",
      whatHappened: "公司收到美国ITC 337调查的投诉书副本，对方同时提出临时排除令动议。",
      helpWanted: "答辩期限与应诉策略、美国律师推荐",
    },
  });
  await makeGuidanceRequest(db, {
    ...common,
    ...battery,
    state: "needs-supplement",
    fields: {
      disputeType: "eu-customs",
      country: "DE",
      forum: "Zoll Hamburg",
      opposingParty: "Demo Cell GmbH",
      servedAt: daysAgo(3),
      products: ["锂电池"],
      hsCodes: ["850760"],
      amountAtStake: 420_000,
      currency: "EUR",
      whatHappened: "一批锂电池在汉堡港被海关以涉嫌侵犯外观设计为由扣留。",
      helpWanted: "是否同意销毁或提出异议",
    },
  });
  await makeGuidanceRequest(db, {
    ...common,
    ...toys,
    state: "accepted",
    fields: {
      disputeType: "schedule-a-tro",
      country: "US",
      forum: "N.D. Ill.",
      caseNumber: "1:26-cv-04321",
      opposingParty: "Demo Brands Inc.",
      servedAt: daysAgo(4),
      products: ["毛绒玩具"],
      hsCodes: ["950300"],
      amountAtStake: 86_000,
      currency: "USD",
      whatHappened: "亚马逊店铺因 Schedule A 案件被临时限制令冻结账户资金。",
      helpWanted: "解冻资金与和解谈判建议",
    },
  });
  await makeGuidanceRequest(db, {
    ...common,
    ...battery,
    state: "delivered",
    fields: {
      disputeType: "platform-takedown",
      country: "US",
      forum: "Amazon",
      opposingParty: "Demo Charger Co.",
      products: ["移动电源"],
      hsCodes: ["850650"],
      whatHappened: "亚马逊以外观专利侵权为由下架我司移动电源链接。",
      helpWanted: "申诉材料与不侵权分析",
    },
  });
  await makeGuidanceRequest(db, {
    ...common,
    ...solar,
    state: "rejected",
    fields: { disputeType: "other", country: "CN", whatHappened: "国内供应商合同纠纷，咨询如何追讨货款。", helpWanted: "追讨货款" },
  });
  await makeGuidanceRequest(db, {
    ...common,
    ...toys,
    state: "draft",
    fields: {
      disputeType: "trademark-opposition",
      country: "EU",
      forum: "EUIPO",
      opposingParty: "Demo Toy Trading Ltd.",
      whatHappened: "发现他人在欧盟抢注我司商标，已公告。",
      helpWanted: "提出异议",
    },
  });
}
