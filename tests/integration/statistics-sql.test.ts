// The statistics counted in the database (app/models/statistics-sql.server.ts) agree with the pure
// definitions (app/reports/indicators.ts) on a varied data set: several periods, every filter.
import { describe, expect, it } from "vitest";
import { computeStatistics, computeStatisticsInMemory, indicatorRecords, RECORDS_PAGE_SIZE } from "~/models/statistics.server.ts";
import { INDICATOR_IDS } from "~/reports/indicators.ts";
import { customPeriod, monthPeriod, quarterPeriod, yearPeriod, type Period } from "~/reports/period.ts";
import { getDb, type Db } from "~/utils/db.server.ts";
import { makeCompany, makeGuidanceRequest, makeUser } from "../db-utils.ts";
import { mulberry32 } from "../support/random.ts";

const random = mulberry32(14);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
const some = <T>(xs: readonly T[], max: number) => [...new Set(Array.from({ length: Math.floor(random() * (max + 1)) }, () => pick(xs)))];
const DAY = 86_400_000;
// Records from January 2025 to the end of 2026 (fixed instants: no dependence on today).
const START = Date.parse("2025-01-01T00:00:00+08:00");
const SPAN = 730 * DAY;
const when = () => new Date(START + Math.floor(random() * SPAN));

const INDUSTRIES = ["toys", "led-lighting", "photovoltaic"];
const PLACES = [
  ["浙江省", "宁波市"],
  ["江苏省", "苏州市"],
  ["广东省", "深圳市"],
];
const JURISDICTIONS = ["US", "EU", "DE", "JP"];
const CASE_TYPES = ["us-itc-337", "schedule-a-tro", "eu-customs-detention"];
const IP_TYPES = ["patent", "trademark", "design"];
const STAGES = ["complaint", "instituted", "final-determination", null];

async function fill(db: Db) {
  const companies = [];
  for (let c = 0; c < 12; c++) {
    const [province, city] = pick(PLACES);
    const company = await makeCompany(db, { nameZh: `统计测试公司${c}` });
    companies.push(
      await db.company.update({
        where: { id: company.id },
        data: { industries: JSON.stringify(some(INDUSTRIES, 2)), ipTypes: JSON.stringify(some(IP_TYPES, 2)), province, city },
      }),
    );
  }
  await db.source.create({ data: { id: "stats-src", name: "Stats source", url: "https://feeds.example/stats.xml", kind: "case", jurisdiction: "US" } });
  for (let k = 0; k < 25; k++)
    await db.case.create({
      data: { id: `stats-case${k}`, caseType: pick(CASE_TYPES), jurisdiction: pick(JURISDICTIONS), title: `Case ${k}`, otherNumber: `S-${k}` },
    });
  const items: { id: string; createdAt: Date }[] = [];
  for (let i = 0; i < 600; i++) {
    const kind = pick(["case", "case", "news", "law"]);
    const createdAt = when();
    const inCase = kind === "case" && random() < 0.7;
    // several items share an instant now and then: the first item of a case must not be ambiguous
    await db.riskItem.create({
      data: {
        id: `stats-ri${i}`,
        sourceId: "stats-src",
        guid: `g${i}`,
        title: `Notice ${i}`,
        summary: "",
        publishedAt: new Date(createdAt.getTime() - Math.floor(random() * 3 * DAY) + DAY),
        fetchedAt: createdAt,
        language: "en",
        jurisdiction: pick(JURISDICTIONS),
        kind,
        ipTypes: JSON.stringify(some(IP_TYPES, 2)),
        caseType: pick(CASE_TYPES),
        stage: inCase ? pick(STAGES) : null,
        caseId: inCase ? `stats-case${Math.floor(random() * 25)}` : null,
        industries: JSON.stringify(some(INDUSTRIES, 2)),
        fingerprint: `fp${i}`,
        duplicateOfId: i > 0 && random() < 0.05 ? `stats-ri${Math.floor(random() * i)}` : null,
        createdAt,
      },
    });
    items.push({ id: `stats-ri${i}`, createdAt });
  }
  const caseOf = new Map((await db.riskItem.findMany({ select: { id: true, caseId: true } })).map((i) => [i.id, i.caseId]));
  const seen = new Set<string>();
  for (let a = 0; a < 900; a++) {
    const item = pick(items);
    const company = pick(companies);
    if (seen.has(`${company.id}|${item.id}`)) continue;
    seen.add(`${company.id}|${item.id}`);
    const createdAt = new Date(item.createdAt.getTime() + Math.floor(random() * 40 * DAY));
    const party = random() < 0.35;
    await db.alert.create({
      data: {
        companyId: company.id,
        riskItemId: item.id,
        caseId: caseOf.get(item.id) ?? null,
        severity: pick(["critical", "high", "medium", "low"]),
        reasons: JSON.stringify(party ? [{ kind: "party", name: "x", score: 0.9 }] : [{ kind: "keyword", term: "x" }]),
        readAt: random() < 0.5 ? new Date(createdAt.getTime() + DAY) : null,
        createdAt,
      },
    });
  }
  for (let s = 0; s < 30; s++)
    await db.subscription.create({
      data: { companyId: pick(companies).id, name: `sub${s}`, active: random() < 0.8, unsubscribeToken: `stats-unsub-${s}`, createdAt: when() },
    });
  const staff = await makeUser(db, { role: "staff" });
  for (const [n, state] of ["submitted", "accepted", "rejected", "closed", "delivered"].entries()) {
    const company = companies[n]!;
    const exporter = await makeUser(db, { role: "exporter", companyId: company.id });
    await makeGuidanceRequest(db, { companyId: company.id, exporterId: exporter.id, staffId: staff.id, state });
  }
}

const periods: Period[] = [monthPeriod(2026, 3), quarterPeriod(2025, 4), quarterPeriod(2026, 2), yearPeriod(2026), customPeriod("2025-11-15", "2026-02-10")];
const filterSets = [
  {},
  { industry: "toys" },
  { region: "浙江省" },
  { region: "苏州市", industry: "led-lighting" },
  { jurisdiction: "US" },
  { disputeType: "us-itc-337" },
  { ipType: "patent" },
  { jurisdiction: "EU", ipType: "design", industry: "photovoltaic" },
];

// one data set for the file's tests (the database lives as long as the file)
let filled: Promise<void> | undefined;
const ready = async () => {
  const db = await getDb();
  await (filled ??= fill(db));
  return db;
};

describe("statistics counted in the database", () => {
  it("every indicator, breakdown and chart equals the pure definition for several periods and filters", async () => {
    const db = await ready();
    let nonZero = 0;
    for (const period of periods)
      for (const filters of filterSets) {
        const where = `${period.label} ${JSON.stringify(filters)}`;
        const [sql, pure] = await Promise.all([computeStatistics(db, period, filters), computeStatisticsInMemory(db, period, filters)]);
        for (const side of ["current", "previous"] as const) {
          for (const id of INDICATOR_IDS) {
            expect(sql[side].indicators[id].value, `${where} ${side} ${id}`).toEqual(pure[side].indicators[id].value);
            if (pure[side].indicators[id].value) nonZero += 1;
          }
          expect(sql[side].breakdowns, `${where} ${side} breakdowns`).toEqual(pure[side].breakdowns);
          // the ids the report uses: the followed cases (Case rows) and the company-times alerts
          expect([...sql[side].indicators.casesFollowed.ids].sort(), where).toEqual(
            pure[side].indicators.casesFollowed.ids.filter((x) => !x.startsWith("item:")).sort(),
          );
          expect([...sql[side].indicators.companyTimes.ids].sort(), where).toEqual([...pure[side].indicators.companyTimes.ids].sort());
          expect([...sql[side].indicators.criticalNotices.ids].sort(), where).toEqual([...pure[side].indicators.criticalNotices.ids].sort());
        }
        expect(sql.charts, `${where} charts`).toEqual(pure.charts);
      }
    // the data set exercises the figures: most of them are not zero somewhere
    expect(nonZero).toBeGreaterThan(400);
  }, 300_000);

  it("the drill-down pages through exactly the records behind each figure, in time order, without repeats", async () => {
    const db = await ready();
    const ids = [
      "itemsIngested",
      "alertsSent",
      "alertsRead",
      "subscriptionsActive",
      "subscriptionsNew",
      "casesFollowed",
      "companyTimes",
      "criticalNotices",
      "received",
    ] as const;
    let multiPage = 0;
    for (const period of [yearPeriod(2026), quarterPeriod(2025, 4)])
      for (const filters of [{}, { region: "浙江省" }, { jurisdiction: "US", ipType: "patent" }]) {
        const pure = (await computeStatisticsInMemory(db, period, filters)).current.indicators;
        for (const id of ids) {
          const where = `${period.label} ${JSON.stringify(filters)} ${id}`;
          const expected = pure[id].ids.filter((x) => !x.startsWith("item:")).sort();
          const seen: string[] = [];
          let last = -Infinity;
          for (let page = 1; ; page++) {
            const res = await indicatorRecords(db, period, filters, id, page);
            expect(res.total, where).toBe(expected.length);
            expect(res.rows.length, where).toBeLessThanOrEqual(RECORDS_PAGE_SIZE);
            for (const r of res.rows) {
              expect(r.at!.getTime(), `${where} in time order`).toBeGreaterThanOrEqual(last);
              last = r.at!.getTime();
              seen.push(r.id);
            }
            if (res.rows.length < RECORDS_PAGE_SIZE) break;
            multiPage += 1;
          }
          expect(seen.length, `${where} no repeats`).toBe(new Set(seen).size);
          expect([...seen].sort(), where).toEqual(expected);
        }
      }
    // the data set is large enough for several pages somewhere
    expect(multiPage).toBeGreaterThan(3);
  }, 300_000);
});
