// The Case page: one foreign case with its notices in order and, for staff, the local
// companies it names (critical alerts) with their contacts, so a joint defence can be organised.
import type { Db } from "~/utils/db.server.ts";
import { parseList } from "~/utils/json-list.ts";
import { presentCaseTimeline } from "./risk-item-presenters.server.ts";

async function loadCase(db: Db, id: string) {
  const row = await db.case.findUnique({
    where: { id },
    include: { items: { select: { id: true, title: true, stage: true, publishedAt: true }, orderBy: { publishedAt: "asc" }, take: 500 } },
  });
  if (!row) return null;
  return {
    id: row.id,
    title: row.title,
    numbers: [row.investigationNumber, row.docketNumber, row.otherNumber].filter((n): n is string => Boolean(n)),
    caseType: row.caseType,
    jurisdiction: row.jurisdiction,
    stage: row.stage,
    complainants: parseList(row.complainants),
    respondents: parseList(row.respondents),
    products: parseList(row.products),
    firstSeenAt: row.firstSeenAt.toISOString(),
    timeline: presentCaseTimeline(row.items, null),
  };
}

/** An exporter sees a case only when it has an alert on it; otherwise null (the route answers 404). */
export async function getCaseForCompany(db: Db, companyId: string, id: string) {
  const alert = await db.alert.findFirst({ where: { companyId, OR: [{ caseId: id }, { riskItem: { caseId: id } }] }, select: { id: true, severity: true } });
  if (!alert) return null;
  const kase = await loadCase(db, id);
  return kase ? { ...kase, alert } : null;
}

/** Staff: the case and its local co-respondents — companies with a critical alert on any of its items. */
export async function getCaseForStaff(db: Db, id: string) {
  const kase = await loadCase(db, id);
  if (!kase) return null;
  const alerts = await db.alert.findMany({
    where: { severity: "critical", OR: [{ caseId: id }, { riskItem: { caseId: id } }] },
    orderBy: { createdAt: "asc" },
    include: {
      company: {
        select: {
          id: true,
          nameZh: true,
          nameEn: true,
          city: true,
          creditCode: true,
          contactEmail: true,
          users: { where: { role: "exporter" }, select: { name: true, email: true } },
        },
      },
    },
  });
  const byCompany = new Map<string, { company: (typeof alerts)[number]["company"]; alertIds: string[] }>();
  for (const a of alerts) {
    const entry = byCompany.get(a.companyId) ?? { company: a.company, alertIds: [] };
    entry.alertIds.push(a.id);
    byCompany.set(a.companyId, entry);
  }
  const coRespondents = [...byCompany.values()].map(({ company, alertIds }) => ({
    id: company.id,
    nameZh: company.nameZh,
    nameEn: company.nameEn,
    city: company.city,
    creditCode: company.creditCode,
    alertCount: alertIds.length,
    contacts: [...new Set([company.contactEmail, ...company.users.map((u) => u.email)].filter((e): e is string => Boolean(e)))],
  }));
  return { ...kase, coRespondents };
}
