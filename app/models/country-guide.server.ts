// Country and forum guides (国别指南): versioned, bilingual content; a version is written as a
// draft, sent for review and published by another staff member (four eyes); history stays
// readable. Deadlines are cited by DeadlineRule id and read live from the rules, never copied.
import { type GuideContent, parseGuideContent } from "~/support/guide-content.ts";
import { forumOf } from "~/support/vocabulary.ts";
import type { Db } from "~/utils/db.server.ts";
import { parseList } from "~/utils/json-list.ts";
import { recordAudit } from "./audit.server.ts";

export class GuideError extends Error {
  constructor(readonly code: "not-found" | "not-in-review" | "own-version" | "not-draft") {
    super(`guide: ${code}`);
  }
}

export async function listGuides(db: Db, opts: { publishedOnly?: boolean } = {}) {
  const guides = await db.countryGuide.findMany({
    where: opts.publishedOnly ? { publishedVersionId: { not: null } } : {},
    orderBy: { slug: "asc" },
    include: { versions: { orderBy: { version: "desc" }, take: 1 } },
  });
  const published = await db.countryGuideVersion.findMany({
    where: { id: { in: guides.map((g) => g.publishedVersionId).filter((v): v is string => !!v) } },
  });
  return guides.map((g) => {
    const pub = published.find((p) => p.id === g.publishedVersionId) ?? null;
    const latest = g.versions[0] ?? null;
    return {
      id: g.id,
      slug: g.slug,
      jurisdiction: g.jurisdiction,
      forums: parseList(g.forums),
      title: parseGuideContent((pub ?? latest)?.content ?? "{}").title,
      publishedVersion: pub?.version ?? null,
      latestVersion: latest?.version ?? null,
      latestStatus: latest?.status ?? null,
    };
  });
}

/** The guide that covers a forum (a dispute type or a case type), published ones only. */
export async function guideForForum(db: Db, type: string | null | undefined) {
  const forum = forumOf(type);
  if (!forum) return null;
  const guides = await db.countryGuide.findMany({ where: { publishedVersionId: { not: null } }, select: { slug: true, forums: true } });
  const guide = guides.find((g) => parseList(g.forums).includes(forum));
  return guide ? { slug: guide.slug } : null;
}

/** The guide citing a deadline rule (for a request's deadline box). */
export async function guideCitingRule(db: Db, ruleId: string | null | undefined) {
  if (!ruleId) return null;
  const guides = await db.countryGuide.findMany({ where: { publishedVersionId: { not: null } }, select: { slug: true, publishedVersionId: true } });
  const versions = await db.countryGuideVersion.findMany({
    where: { id: { in: guides.map((g) => g.publishedVersionId!) } },
    select: { id: true, guideId: true, deadlineRuleIds: true },
  });
  const v = versions.find((x) => parseList(x.deadlineRuleIds).includes(ruleId));
  const g = v ? guides.find((x) => x.publishedVersionId === v.id) : null;
  return g ? { slug: g.slug } : null;
}

export interface GuideView {
  slug: string;
  jurisdiction: string;
  forums: string[];
  version: number;
  status: string;
  publishedAt: string | null;
  content: GuideContent;
  rules: { id: string; labelZh: string; labelEn: string; unit: string; amount: number; fromEvent: string; condition: string | null }[];
  experts: { id: string; name: string; organisation: string | null }[];
}

async function present(
  db: Db,
  guide: { slug: string; jurisdiction: string; forums: string },
  v: NonNullable<Awaited<ReturnType<Db["countryGuideVersion"]["findUnique"]>>>,
): Promise<GuideView> {
  const ruleIds = parseList(v.deadlineRuleIds);
  const rules = await db.deadlineRule.findMany({ where: { id: { in: ruleIds } } });
  // Counsel: active experts of the pool whose jurisdictions cover the guide's.
  const experts = (
    await db.expertProfile.findMany({ where: { active: true }, select: { id: true, displayNameZh: true, organisation: true, jurisdictions: true } })
  ).filter((e) => parseList(e.jurisdictions).includes(guide.jurisdiction));
  return {
    slug: guide.slug,
    jurisdiction: guide.jurisdiction,
    forums: parseList(guide.forums),
    version: v.version,
    status: v.status,
    publishedAt: v.publishedAt?.toISOString() ?? null,
    content: parseGuideContent(v.content),
    rules: ruleIds
      .map((id) => rules.find((r) => r.id === id))
      .filter((r): r is NonNullable<typeof r> => !!r)
      .map((r) => ({ id: r.id, labelZh: r.labelZh, labelEn: r.labelEn, unit: r.unit, amount: r.amount, fromEvent: r.fromEvent, condition: r.condition })),
    experts: experts.map((e) => ({ id: e.id, name: e.displayNameZh, organisation: e.organisation })),
  };
}

/** The published version of a guide (what exporters read), or null. */
export async function getPublishedGuide(db: Db, slug: string) {
  const guide = await db.countryGuide.findUnique({ where: { slug } });
  if (!guide?.publishedVersionId) return null;
  const v = await db.countryGuideVersion.findUnique({ where: { id: guide.publishedVersionId } });
  return v ? present(db, guide, v) : null;
}

/** Staff: a guide with every version (history), and one version to show (default: latest). */
export async function getGuideForStaff(db: Db, slug: string, version?: number) {
  const guide = await db.countryGuide.findUnique({ where: { slug }, include: { versions: { orderBy: { version: "desc" } } } });
  if (!guide) return null;
  const shown = (version ? guide.versions.find((v) => v.version === version) : guide.versions[0]) ?? null;
  const users = await db.user.findMany({
    where: { id: { in: guide.versions.flatMap((v) => [v.authorId, v.reviewedById]).filter((x): x is string => !!x) } },
    select: { id: true, name: true },
  });
  const nameOf = (id: string | null) => (id ? (users.find((u) => u.id === id)?.name ?? id) : null);
  return {
    id: guide.id,
    slug: guide.slug,
    publishedVersionId: guide.publishedVersionId,
    history: guide.versions.map((v) => ({
      id: v.id,
      version: v.version,
      status: v.status,
      changeNote: v.changeNote,
      author: nameOf(v.authorId),
      reviewer: nameOf(v.reviewedById),
      reviewNote: v.reviewNote,
      createdAt: v.createdAt.toISOString(),
      publishedAt: v.publishedAt?.toISOString() ?? null,
    })),
    shown: shown ? { ...(await present(db, guide, shown)), id: shown.id, deadlineRuleIds: parseList(shown.deadlineRuleIds), authorId: shown.authorId } : null,
  };
}

export async function createGuide(db: Db, input: { slug: string; jurisdiction: string; forums: string[] }, actorId: string | null) {
  return db.$transaction(async (tx) => {
    const row = await tx.countryGuide.create({ data: { slug: input.slug, jurisdiction: input.jurisdiction, forums: JSON.stringify(input.forums) } });
    await recordAudit(tx, { actorId, action: "country-guide.create", entity: "country-guide", entityId: row.id, after: input });
    return row;
  });
}

/** Whether every id names a deadline rule, each once (a guide version cites rules by id). */
export async function deadlineRulesExist(db: Db, ids: string[]) {
  return (await db.deadlineRule.count({ where: { id: { in: ids } } })) === ids.length;
}

/** Saves a new version (a draft) from the latest; earlier versions stay as they were. */
export async function saveGuideVersion(
  db: Db,
  input: { guideId: string; content: GuideContent; deadlineRuleIds: string[]; changeNote: string; actorId: string | null },
) {
  return db.$transaction(async (tx) => {
    const last = await tx.countryGuideVersion.findFirst({ where: { guideId: input.guideId }, orderBy: { version: "desc" }, select: { version: true } });
    const row = await tx.countryGuideVersion.create({
      data: {
        guideId: input.guideId,
        version: (last?.version ?? 0) + 1,
        status: "draft",
        content: JSON.stringify(input.content),
        deadlineRuleIds: JSON.stringify(input.deadlineRuleIds),
        changeNote: input.changeNote,
        authorId: input.actorId,
      },
    });
    await recordAudit(tx, {
      actorId: input.actorId,
      action: "country-guide.version",
      entity: "country-guide",
      entityId: input.guideId,
      after: { version: row.version, changeNote: input.changeNote },
    });
    return row;
  });
}

export async function submitGuideForReview(db: Db, versionId: string, actorId: string | null) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.countryGuideVersion.updateMany({
      where: { id: versionId, status: { in: ["draft", "returned"] } },
      data: { status: "in-review" },
    });
    if (count !== 1) throw new GuideError("not-draft");
    const v = await tx.countryGuideVersion.findUniqueOrThrow({ where: { id: versionId } });
    await recordAudit(tx, { actorId, action: "country-guide.submit", entity: "country-guide", entityId: v.guideId, after: { version: v.version } });
    return v;
  });
}

/**
 * Review: publish (the previous published version becomes superseded) or return with a note.
 * The author of a version cannot publish it; `system` (the seed) may, with actorId null.
 */
export async function reviewGuideVersion(
  db: Db,
  input: { versionId: string; decision: "publish" | "return"; note: string | null; actorId: string | null; system?: boolean },
) {
  return db.$transaction(async (tx) => {
    const v = await tx.countryGuideVersion.findUnique({ where: { id: input.versionId } });
    if (!v) throw new GuideError("not-found");
    if (v.status !== "in-review") throw new GuideError("not-in-review");
    if (!input.system && v.authorId && v.authorId === input.actorId) throw new GuideError("own-version");
    const now = new Date();
    if (input.decision === "return") {
      await tx.countryGuideVersion.update({
        where: { id: v.id },
        data: { status: "returned", reviewedById: input.actorId, reviewNote: input.note, reviewedAt: now },
      });
    } else {
      await tx.countryGuideVersion.updateMany({ where: { guideId: v.guideId, status: "published" }, data: { status: "superseded" } });
      await tx.countryGuideVersion.update({
        where: { id: v.id },
        data: { status: "published", reviewedById: input.actorId, reviewNote: input.note, reviewedAt: now, publishedAt: now },
      });
      await tx.countryGuide.update({ where: { id: v.guideId }, data: { publishedVersionId: v.id } });
    }
    await recordAudit(tx, {
      actorId: input.actorId,
      action: `country-guide.${input.decision}`,
      entity: "country-guide",
      entityId: v.guideId,
      after: { version: v.version, note: input.note },
    });
  });
}

/**
 * What a guidance request shows of the support area: the guide citing its deadline rule (or
 * else the guide of its forum) and, for staff, the company's IP insurance in force.
 */
export async function supportForRequest(db: Db, r: { companyId: string; disputeType: string; deadlineRuleId: string | null }, opts: { insurance: boolean }) {
  const cited = await guideCitingRule(db, r.deadlineRuleId);
  const guide = cited ?? (await guideForForum(db, r.disputeType));
  const title = guide ? ((await listGuides(db, { publishedOnly: true })).find((g) => g.slug === guide.slug)?.title ?? null) : null;
  const now = new Date();
  const insurance = opts.insurance
    ? await db.insurancePolicy.findMany({ where: { companyId: r.companyId, startsOn: { lte: now }, endsOn: { gte: now } }, orderBy: { endsOn: "asc" } })
    : [];
  return {
    guide: guide && title ? { slug: guide.slug, title } : null,
    citedRuleId: cited ? r.deadlineRuleId : null,
    insurance: insurance.map((p) => ({
      id: p.id,
      kind: p.kind,
      insurer: p.insurer,
      policyNumber: p.policyNumber,
      cover: p.cover,
      endsOn: p.endsOn.toISOString().slice(0, 10),
    })),
  };
}
