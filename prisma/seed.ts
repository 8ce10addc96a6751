// Demo data for the embedded default (`npm start` on an empty database, or
// `npm run cli -- seed --demo`). Every demo row is flagged isDemo and the UI shows a banner.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { processFeedBytes } from "~/ingest/pipeline.server.ts";
import type { SourceKind } from "~/ingest/taxonomy.ts";
import { storeRiskItems } from "~/models/risk-item.server.ts";
import { createSource } from "~/models/source.server.ts";
import type { Db } from "~/utils/db.server.ts";
import { makeCompany, makeExpert, makeUser } from "../tests/db-utils.ts";
import { seedExpertDemo } from "./seed-experts.ts";

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
      profile: { organisation: "示例知识产权律师事务所", title: "合伙人 / 美国专利律师", ipTypes: ["patent"], jurisdictions: ["US"], industries: ["photovoltaic", "lithium-batteries", "semiconductors"], languages: ["zh", "en"], capacity: 4 },
    },
    {
      email: "expert.trademark@demo.radar",
      name: "刘代理人 Liu Fang",
      profile: { organisation: "示例商标代理有限公司", title: "商标代理人", ipTypes: ["trademark"], jurisdictions: ["EU", "DE", "GB"], industries: ["textiles-apparel", "toys", "furniture"], languages: ["zh", "en", "de"], capacity: 5 },
    },
    {
      email: "expert.ecommerce@demo.radar",
      name: "赵律师 Zhao Min",
      profile: { organisation: "示例跨境电商法律服务中心", title: "律师", ipTypes: ["trademark", "copyright", "design"], jurisdictions: ["US"], industries: ["e-commerce-goods", "consumer-electronics", "toys"], languages: ["zh", "en"], capacity: 6 },
    },
    {
      email: "expert.scholar@demo.radar",
      name: "孙教授 Sun Hao",
      profile: { organisation: "示例大学知识产权学院", title: "教授", ipTypes: ["patent", "trade-secret"], jurisdictions: ["US", "EU", "JP"], industries: ["machinery", "auto-parts", "medical-devices"], languages: ["zh", "en", "ja"], capacity: 2 },
    },
    {
      email: "expert.customs@demo.radar",
      name: "Anna Schmidt",
      profile: { displayNameEn: "Anna Schmidt", organisation: "Example Rechtsanwälte (demo)", title: "Rechtsanwältin", ipTypes: ["design", "trademark", "patent"], jurisdictions: ["DE", "EU"], industries: ["led-lighting", "home-appliances"], languages: ["en", "de"], capacity: 3 },
    },
  ];
  for (const e of experts) {
    await makeExpert(db, { ...base, email: e.email, name: e.name, profile: e.profile });
    add("expert", e.email, e.name);
  }

  const companies = [
    {
      email: "exporter.solar@demo.radar",
      company: { nameZh: "示例光能科技有限公司", nameEn: "Demo Sunpower Technology Co., Ltd.", aliases: "Demo Sunpower, Shili Guangneng", city: "宁波", industries: "photovoltaic", products: "光伏组件, solar panels, photovoltaic modules, inverters", hsCodes: "854143, 850440", markets: "US, DE, NL" },
    },
    {
      email: "exporter.battery@demo.radar",
      company: { nameZh: "示例锂电新能源股份有限公司", nameEn: "Demo Lithium Energy Co., Ltd.", aliases: "DemoLi, Shili Lidian", city: "深圳", industries: "lithium-batteries, consumer-electronics", products: "锂电池, lithium-ion battery cells, power banks, 移动电源", hsCodes: "850760, 850650", markets: "US, EU, JP" },
    },
    {
      email: "exporter.toys@demo.radar",
      company: { nameZh: "示例玩具制品有限公司", nameEn: "Demo Happy Toys Manufacturing Co., Ltd.", aliases: "Happy Toys", city: "汕头", industries: "toys, e-commerce-goods", products: "毛绒玩具, plush toys, building blocks, 积木", hsCodes: "950300", markets: "US, GB, FR" },
    },
  ];
  for (const c of companies) {
    const company = await makeCompany(db, { ...c.company, isDemo: true });
    await makeUser(db, { ...base, role: "exporter", email: c.email, name: `${c.company.nameZh} 联络人`, companyId: company.id });
    add("exporter", c.email, c.company.nameZh);
  }
  await seedExpertDemo(db);
  await seedDemoItems(db);
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
    const source =
      (await db.source.findUnique({ where: { url } })) ??
      (await createSource(db, { name: feed.name, url, kind: feed.kind, jurisdiction: feed.jurisdiction, language: feed.language, enabled: false, alertable: false }, null));
    const now = new Date();
    const processed = await processFeedBytes({ bytes: fs.readFileSync(file), feedUrl: url, source: { id: source.id, kind: feed.kind, jurisdiction: feed.jurisdiction, language: feed.language }, fetchedAt: now });
    const stored = await storeRiskItems(db, processed.items, { sourceId: source.id, alertable: false, fetchedAt: now, kind: feed.kind });
    await db.source.update({
      where: { id: source.id },
      data: { format: processed.format, backfilledAt: now, lastSuccessAt: now, lastAttemptAt: now, itemsTotal: { increment: stored.created }, itemsLastRun: stored.created },
    });
    created += stored.created;
  }
  return created;
}
