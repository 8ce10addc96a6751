// Registers every fixture feed as a source and ingests it through the real pipeline: the
// shared data set of the search tests (enough items for facets and a second page).
import { ingestSource } from "~/models/ingest.server.ts";
import { createSource } from "~/models/source.server.ts";
import type { Db } from "~/utils/db.server.ts";
import type { FeedServer } from "./feed-server.ts";

type Kind = "case" | "law" | "news" | "barrier";

export const FIXTURE_SOURCES: [name: string, file: string, extra: { jurisdiction: string; language: string; kind?: Kind }][] = [
  ["Federal Register ITC", "/federal-register-itc.xml", { jurisdiction: "US", language: "en" }],
  ["海外维权预警快讯", "/gbk-alerts.xml", { jurisdiction: "CN", language: "zh" }],
  ["Untrusted aggregator", "/xss-payloads.xml", { jurisdiction: "US", language: "en", kind: "news" }],
  ["Trade watch", "/rss2.xml", { jurisdiction: "US", language: "en", kind: "news" }],
  ["RDF watch", "/rss1.rdf", { jurisdiction: "EU", language: "en", kind: "news" }],
  ["Atom watch", "/atom-xml-base.xml", { jurisdiction: "DE", language: "en", kind: "news" }],
  ["法规动态", "/zh-law-changes.xml", { jurisdiction: "CN", language: "zh", kind: "law" }],
  ["繁體快訊", "/big5-ipnews.xml", { jurisdiction: "CN", language: "zh", kind: "news" }],
  ["Atom dates", "/atom-bad-date.xml", { jurisdiction: "US", language: "en", kind: "news" }],
  ["BOM feed", "/utf8-bom.xml", { jurisdiction: "US", language: "en", kind: "news" }],
];

/** Throws if any fixture fails to ingest, naming it. */
export async function ingestFixtureSources(db: Db, feeds: FeedServer) {
  for (const [name, file, extra] of FIXTURE_SOURCES) {
    // Published to exporters, as the demo and the real seeded sources are.
    const source = await createSource(db, { name, url: feeds.url(file), kind: "case", ...extra }, null, { visibleToExporters: true });
    const res = await ingestSource(db, source.id);
    if (res.status !== "ok") throw new Error(`${file} did not ingest: ${JSON.stringify(res)}`);
  }
}
