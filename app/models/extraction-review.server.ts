// The staff extraction review queue (抽取复核): items whose party extraction is unsure
// (ExtractionDoubt, app/ingest/case-facts.ts, stored on the item by the ingest path). Staff
// resolve an item by correcting its case's parties (case.server.ts: the correction re-runs
// matching and marks the review resolved in its transaction) or by dismissing it; audited.
import type { ExtractionDoubt } from "~/ingest/case-facts.ts";
import type { Db } from "~/utils/db.server.ts";
import { parseJsonArray } from "~/utils/json-list.ts";
import { recordAudit } from "./audit.server.ts";

export const EXTRACTION_QUEUE_SIZE = 100;

/** A piece of the text, highlighted or not: the page builds <mark> elements from these, never HTML. */
export type TextPart = { text: string; mark: boolean };

/**
 * The reviewer's text cut around the doubts' phrases. Offsets were taken on the text the
 * extractor read (`${title}\n${text}`); the stored summary may be shorter, so an offset is used
 * only where it still points at the phrase, and the phrase is searched for otherwise.
 */
export function highlight(text: string, doubts: readonly ExtractionDoubt[]): TextPart[] {
  const spans: [number, number][] = [];
  for (const d of doubts) {
    if (!d.phrase) continue;
    let start = d.start !== undefined && d.end !== undefined && text.slice(d.start, d.end) === d.phrase ? d.start : text.indexOf(d.phrase);
    if (start < 0) start = text.toLowerCase().indexOf(d.phrase.toLowerCase());
    if (start >= 0) spans.push([start, start + d.phrase.length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const parts: TextPart[] = [];
  let at = 0;
  for (const [s, e] of spans) {
    if (e <= at) continue;
    const from = Math.max(s, at);
    if (from > at) parts.push({ text: text.slice(at, from), mark: false });
    parts.push({ text: text.slice(from, e), mark: true });
    at = e;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}

function readDoubts(json: string): ExtractionDoubt[] {
  return parseJsonArray(json).filter((d): d is ExtractionDoubt => typeof (d as { kind?: unknown })?.kind === "string");
}

/** Unresolved items with doubts, newest first, shaped for the page (text cut into parts). */
export async function listExtractionReviews(db: Db) {
  const rows = await db.riskItem.findMany({
    where: { doubtsResolvedAt: null, extractionDoubts: { not: "[]" }, duplicateOfId: null },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: EXTRACTION_QUEUE_SIZE,
    select: { id: true, title: true, summary: true, caseId: true, caseNumber: true, publishedAt: true, respondents: true, extractionDoubts: true },
  });
  return rows.map((r) => {
    const doubts = readDoubts(r.extractionDoubts);
    let respondents: string[] = [];
    respondents = parseJsonArray(r.respondents).flatMap((p) => (typeof (p as { name?: unknown })?.name === "string" ? [(p as { name: string }).name] : []));
    return {
      id: r.id,
      title: r.title,
      caseId: r.caseId,
      caseNumber: r.caseNumber,
      publishedAt: r.publishedAt.toISOString(),
      doubts,
      respondents,
      parts: highlight(`${r.title}\n${r.summary}`, doubts),
    };
  });
}

export async function pendingExtractionReviewCount(db: Db) {
  return db.riskItem.count({ where: { doubtsResolvedAt: null, extractionDoubts: { not: "[]" }, duplicateOfId: null } });
}

/** Dismisses an item's doubts (the extraction was right); false when there is nothing to dismiss. */
export async function dismissExtractionReview(db: Db, itemId: string, staffId: string) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.riskItem.updateMany({
      where: { id: itemId, doubtsResolvedAt: null, extractionDoubts: { not: "[]" } },
      data: { doubtsResolvedAt: new Date() },
    });
    if (count === 1) await recordAudit(tx, { actorId: staffId, action: "extraction-review.dismiss", entity: "risk-item", entityId: itemId });
    return count === 1;
  });
}
