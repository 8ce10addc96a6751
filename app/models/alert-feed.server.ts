// A company's private Atom feed of its alerts, addressed by an unguessable token that the
// company can rotate or revoke. Built with the `feed` library. It marks entry titles,
// summaries and content as type="html", so every feed-derived text is HTML-escaped first:
// a reader then shows it as the literal text it is, never as markup.
import crypto from "node:crypto";
import { Feed } from "feed";
import { describeReason, escapeHtml, severityLabel } from "~/delivery/render-alert.ts";
import { translator, type Locale } from "~/i18n/i18n.ts";
import type { Db } from "~/utils/db.server.ts";
import { parseJsonArray } from "~/utils/json-list.ts";
import { appLinks } from "./alert-mail.server.ts";
import { recordAudit } from "./audit.server.ts";
import { LANGUAGE_TAG } from "~/domain/locale.ts";

const FEED_ENTRIES = 50;

/** Sets a new token (creating or rotating the feed); the old address stops working at once. */
export async function rotateFeedToken(db: Db, companyId: string, actorId: string): Promise<string> {
  return db.$transaction(async (tx) => {
    const token = crypto.randomBytes(24).toString("base64url");
    await tx.company.update({ where: { id: companyId }, data: { feedToken: token } });
    await recordAudit(tx, { actorId, action: "alert-feed.rotate", entity: "company", entityId: companyId });
    return token;
  });
}

export async function revokeFeedToken(db: Db, companyId: string, actorId: string) {
  return db.$transaction(async (tx) => {
    await tx.company.update({ where: { id: companyId }, data: { feedToken: null } });
    await recordAudit(tx, { actorId, action: "alert-feed.revoke", entity: "company", entityId: companyId });
  });
}

export async function getFeedToken(db: Db, companyId: string): Promise<string | null> {
  return (await db.company.findUnique({ where: { id: companyId }, select: { feedToken: true } }))?.feedToken ?? null;
}

export function feedUrl(appUrl: string, token: string) {
  return `${appUrl.replace(/\/+$/, "")}/resources/alert-feed/${encodeURIComponent(token)}`;
}

/** The Atom document for a token, or null when no company has it. */
export async function alertFeedXml(db: Db, token: string, opts: { appUrl: string; locale: Locale }): Promise<string | null> {
  if (!token || token.length < 16) return null;
  const company = await db.company.findUnique({ where: { feedToken: token }, select: { id: true, nameZh: true, nameEn: true } });
  if (!company) return null;
  const alerts = await db.alert.findMany({
    where: { companyId: company.id },
    orderBy: { createdAt: "desc" },
    take: FEED_ENTRIES,
    include: { riskItem: { select: { id: true, title: true, summary: true, caseNumber: true, publishedAt: true } } },
  });
  const t = translator(opts.locale);
  const links = appLinks(opts.appUrl);
  const self = feedUrl(opts.appUrl, token);
  const name = opts.locale === "en" && company.nameEn ? company.nameEn : company.nameZh;
  const feed = new Feed({
    id: `urn:overseas-ip-radar:company:${company.id}:alerts`,
    title: t("delivery.feed.title.feed", { company: name }),
    link: links.settings.replace(/\/exporter\/delivery$/, "/exporter/alerts"),
    feedLinks: { atom: self },
    updated: alerts[0]?.createdAt ?? new Date(0),
    language: LANGUAGE_TAG[opts.locale],
    generator: false,
    copyright: "",
  });
  for (const a of alerts) {
    const reasons = parseJsonArray(a.reasons).map((r) => describeReason(opts.locale, r));
    feed.addItem({
      id: `urn:overseas-ip-radar:alert:${a.id}`,
      title: escapeHtml(`[${severityLabel(opts.locale, a.severity)}] ${a.riskItem.title}`),
      link: links.item(a.riskItem.id),
      date: a.createdAt,
      published: a.riskItem.publishedAt,
      description: escapeHtml([...(a.riskItem.caseNumber ? [a.riskItem.caseNumber] : []), ...reasons].join(" · ")),
      content: escapeHtml(a.riskItem.summary),
      category: [{ term: a.severity, name: severityLabel(opts.locale, a.severity) }],
    });
  }
  return feed.atom1();
}
