// The warn half of the demo: new notices arrive after the demo sources' backfill and the real
// ingestion and matching code turns them into alerts (no alert row is written by hand). Every
// demo exporter gets a few alerts with reasons; together they cover every severity: a critical
// 337 alert naming a demo company (with its response deadline), high product matches, a medium
// industry match (a subscription that opted in), low law-change alerts, and one grey-zone name
// waiting in the staff review queue (the solar company's name printed with another city). Dates are relative to the seeding day, so the deadline lies ahead.
import crypto from "node:crypto";
import { processFeedBytes } from "~/ingest/pipeline.server.ts";
import type { SourceKind } from "~/domain/taxonomy.ts";
import { matchNewItems, type MatchRunResult } from "~/models/alert-matching.server.ts";
import { resetPartyIndexCache } from "~/models/party-match.server.ts";
import { storeRiskItems } from "~/models/risk-item.server.ts";
import { createSource } from "~/models/source.server.ts";
import type { Db } from "~/utils/db.server.ts";

const DAY_MS = 24 * 3600_000;

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function feed(title: string, entries: { title: string; link: string; daysAgo: number; text: string }[], now: Date) {
  const items = entries.map(
    (e) =>
      `<item><title>${escapeXml(e.title)}</title><link>${escapeXml(e.link)}</link><guid>${escapeXml(e.link)}</guid>` +
      `<pubDate>${new Date(now.getTime() - e.daysAgo * DAY_MS).toUTCString()}</pubDate><description>${escapeXml(e.text)}</description></item>`,
  );
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${escapeXml(title)}</title>${items.join("\n")}</channel></rss>`);
}

const CASE_CAPTION = "Certain Portable Power Banks, Lithium-Ion Battery Packs, and Components Thereof";

/** The new notices, as a case feed and a law feed would deliver them. */
export function demoWarnFeeds(now: Date): { name: string; url: string; kind: SourceKind; jurisdiction: string; language: string; bytes: Buffer }[] {
  const cases = feed(
    "Demo: new notices",
    [
      {
        title: `${CASE_CAPTION}; Notice of Receipt of Complaint; Solicitation of Comments Relating to the Public Interest`,
        link: "https://demo.radar.invalid/warn/dn-3999",
        daysAgo: 20,
        text:
          `The U.S. International Trade Commission has received a complaint entitled ${CASE_CAPTION}, DN 3999. The complaint alleges violations of section 337 of the Tariff Act of 1930 ` +
          `in the importation into the United States of portable power banks and lithium-ion battery packs, HTSUS 8507.60.0020. ` +
          `The complaint names as respondents: Demo Lithium Energy Co., Ltd. of Shenzhen, China; Shenzhen Lianxin Power Technology Co., Ltd. of Shenzhen, China; Dongguan Hexin Electronics Co., Ltd. of Dongguan, China.`,
      },
      {
        title: `${CASE_CAPTION}; Institution of Investigation`,
        link: "https://demo.radar.invalid/warn/337-ta-1499",
        daysAgo: 6,
        text:
          `Notice is hereby given that a complaint was filed with the U.S. International Trade Commission under section 337 of the Tariff Act of 1930, Investigation No. 337-TA-1499, ` +
          `regarding ${CASE_CAPTION}, HTSUS 8507.60.0020. The complainant is Volta Power Systems, Inc. of Austin, Texas. ` +
          `The respondents are: Demo Lithium Energy Co., Ltd. of Shenzhen, China; Shenzhen Lianxin Power Technology Co., Ltd. of Shenzhen, China; Dongguan Hexin Electronics Co., Ltd. of Dongguan, China; Xiamen Keyuan Trading Co., Ltd. of Xiamen, China.`,
      },
      {
        title: "Certain Photovoltaic Modules, Inverters, and Components Thereof; Institution of Investigation",
        link: "https://demo.radar.invalid/warn/337-ta-1498",
        daysAgo: 4,
        text:
          "Notice is hereby given that a complaint was filed with the U.S. International Trade Commission under section 337 of the Tariff Act of 1930, Investigation No. 337-TA-1498, " +
          "regarding certain photovoltaic modules, inverters, and components thereof, HTSUS 8541.43.0010. " +
          "The respondents are: Demo Sunpower Technology Co., Ltd. of Hangzhou, China; Jiangsu Tianhe Solar Co., Ltd. of Changzhou, China.",
      },
      {
        title: "Plush toy maker sues Schedule A defendants over plush toys and building blocks",
        link: "https://demo.radar.invalid/warn/schedule-a-plush",
        daysAgo: 3,
        text:
          "Plaintiff Cuddle Brands LLC filed suit in the United States District Court for the Northern District of Illinois, case 1:26-cv-09911, against the Partnerships and Unincorporated Associations Identified on Schedule A, " +
          "alleging infringement of its trademarks on plush toys and building blocks sold through online stores; a temporary restraining order freezes the defendants' accounts.",
      },
      {
        title: "EU customs detain counterfeit dolls and action figures at Rotterdam",
        link: "https://demo.radar.invalid/warn/eu-customs-dolls",
        daysAgo: 2,
        text: "Dutch customs authorities detained 40,000 counterfeit dolls and action figures under Regulation (EU) No 608/2013 at the request of the rights holders.",
      },
    ],
    now,
  );
  const laws = feed(
    "Demo: rule changes",
    [
      {
        title: "USPTO final rule: new fee schedule for design patent applications",
        link: "https://demo.radar.invalid/warn/uspto-fee-rule",
        daysAgo: 1,
        text: "The United States Patent and Trademark Office published a final rule setting new fees for design patent applications and trademark filings, effective in 60 days.",
      },
    ],
    now,
  );
  return [
    {
      name: "演示：新到案件通知 (Demo: new notices)",
      url: "https://demo.radar.invalid/warn/cases.xml",
      kind: "case",
      jurisdiction: "US",
      language: "en",
      bytes: cases,
    },
    {
      name: "演示：新到法规动态 (Demo: rule changes)",
      url: "https://demo.radar.invalid/warn/laws.xml",
      kind: "law",
      jurisdiction: "US",
      language: "en",
      bytes: laws,
    },
  ];
}

/**
 * Ingests the demo's new notices as alertable items and runs the matching job over them.
 * The toy company gets a second subscription that opts in to industry-only alerts (medium).
 */
export async function seedDemoWarn(db: Db, now = new Date()): Promise<MatchRunResult> {
  const toys = await db.company.findFirst({ where: { isDemo: true, nameEn: "Demo Happy Toys Manufacturing Co., Ltd." } });
  if (toys && !(await db.subscription.findFirst({ where: { companyId: toys.id, industryAlerts: true } }))) {
    await db.subscription.create({
      data: {
        companyId: toys.id,
        name: "玩具行业全部动态 / All toy industry news",
        industries: JSON.stringify(["toys"]),
        markets: JSON.stringify(["EU", "US", "GB", "FR"]),
        industryAlerts: true,
        emailFrequency: "daily",
        unsubscribeToken: crypto.randomBytes(24).toString("base64url"),
      },
    });
  }
  for (const f of demoWarnFeeds(now)) {
    const source =
      (await db.source.findUnique({ where: { url: f.url } })) ??
      (await createSource(db, { name: f.name, url: f.url, kind: f.kind, jurisdiction: f.jurisdiction, language: f.language, enabled: false }, null, {
        visibleToExporters: true,
      }));
    const processed = await processFeedBytes({
      bytes: f.bytes,
      feedUrl: f.url,
      source: { id: source.id, kind: f.kind, jurisdiction: f.jurisdiction, language: f.language },
      fetchedAt: now,
    });
    await storeRiskItems(db, processed.items, { sourceId: source.id, alertable: true, fetchedAt: now, kind: f.kind });
  }
  // The registry changed since the index was last built (the demo companies are new).
  resetPartyIndexCache();
  return matchNewItems(db, { now: new Date() });
}
