// Exporter companies. Reads and writes for an exporter are always scoped by the company id
// taken from the session (`where: { id: companyId }`), never from the request.
import { z } from "zod";
import { containsText, type Db } from "~/utils/db.server.ts";
import { formToObject, splitList } from "~/utils/forms.server.ts";
import { INDUSTRY_LABELS, IP_TYPE_LABELS } from "~/domain/taxonomy.ts";
import { parseList, toListText } from "~/utils/json-list.ts";
import { creditCodeProblem } from "~/registry/credit-code.ts";
import { firstInvalidMarket } from "~/registry/market-codes.ts";
import { changedFields, recordAudit } from "./audit.server.ts";

const list = z
  .string()
  .optional()
  .transform((v) => splitList(v));

export const CompanyProfileSchema = z.object({
  nameZh: z.string().trim().min(1, "form.required").max(200, "form.tooLong|max=200"),
  nameEn: z
    .string()
    .trim()
    .max(200, "form.tooLong|max=200")
    .optional()
    .transform((v) => v || null),
  aliases: list,
  creditCode: z
    .string()
    .trim()
    .toUpperCase()
    .optional()
    .transform((v) => v || null)
    .refine((v) => v === null || /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v), "company.invalidCreditCode")
    .refine((v) => v === null || creditCodeProblem(v) !== "checkChar", "registry.creditCodeCheck"),
  city: z
    .string()
    .trim()
    .max(100, "form.tooLong|max=100")
    .optional()
    .transform((v) => v || null),
  province: z
    .string()
    .trim()
    .max(100, "form.tooLong|max=100")
    .optional()
    .transform((v) => v || null),
  industries: list.superRefine((ids, ctx) => {
    const bad = ids.find((id) => !INDUSTRY_IDS.has(id));
    if (bad) ctx.addIssue({ code: "custom", message: `company.unknownIndustry|value=${bad}` });
  }),
  products: list,
  hsCodes: list.superRefine((codes, ctx) => {
    const bad = codes.find((c) => !/^\d{4,10}$/.test(c.replace(/\./g, "")));
    if (bad) ctx.addIssue({ code: "custom", message: `company.invalidHsCode|value=${bad}` });
  }),
  markets: list
    .transform((codes) => codes.map((c) => c.toUpperCase()))
    .superRefine((codes, ctx) => {
      const bad = firstInvalidMarket(codes);
      if (bad) ctx.addIssue({ code: "custom", message: `company.invalidMarket|value=${bad}` });
    }),
  ipTypes: list.superRefine((ids, ctx) => {
    const bad = ids.find((id) => !IP_TYPE_IDS.has(id));
    if (bad) ctx.addIssue({ code: "custom", message: `company.unknownIpType|value=${bad}` });
  }),
  // A checkbox posts a hidden "false" then "true" when ticked; the last value wins.
  observationEnterprise: z
    .string()
    .optional()
    .transform((v) => v === "true" || v === "on"),
  contactEmail: z
    .string()
    .trim()
    .max(254, "form.tooLong|max=254")
    .optional()
    .transform((v) => v || null)
    .refine((v) => v === null || z.string().email().safeParse(v).success, "form.invalidEmail"),
});

const INDUSTRY_IDS = new Set<string>(INDUSTRY_LABELS.map((l) => l.id));
const IP_TYPE_IDS = new Set<string>(IP_TYPE_LABELS.map((l) => l.id));

/** Pickers post one value per ticked box; the schema reads them as one comma list. */
export function companyFormValues(form: FormData): Record<string, string> {
  const values = formToObject(form);
  for (const key of ["industries", "ipTypes"] as const) {
    const all = form.getAll(key).filter((v): v is string => typeof v === "string");
    if (all.length) values[key] = all.join(",");
  }
  return values;
}

export type CompanyProfileInput = z.input<typeof CompanyProfileSchema>;
export type CompanyProfile = z.output<typeof CompanyProfileSchema>;

function toRow(profile: CompanyProfile) {
  return {
    nameZh: profile.nameZh,
    nameEn: profile.nameEn,
    aliases: toListText(profile.aliases),
    creditCode: profile.creditCode,
    city: profile.city,
    province: profile.province,
    industries: toListText(profile.industries),
    products: toListText(profile.products),
    hsCodes: toListText(profile.hsCodes.map((c) => c.replace(/\./g, ""))),
    markets: toListText(profile.markets),
    ipTypes: toListText(profile.ipTypes),
    observationEnterprise: profile.observationEnterprise,
    contactEmail: profile.contactEmail,
  };
}

export function presentCompany(row: {
  id: string;
  nameZh: string;
  nameEn: string | null;
  aliases: string;
  creditCode: string | null;
  city: string | null;
  industries: string;
  products: string;
  hsCodes: string;
  markets: string;
  province: string | null;
  ipTypes: string;
  observationEnterprise: boolean;
  contactEmail: string | null;
  isDemo: boolean;
}) {
  return {
    id: row.id,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    aliases: parseList(row.aliases),
    creditCode: row.creditCode,
    city: row.city,
    industries: parseList(row.industries),
    products: parseList(row.products),
    hsCodes: parseList(row.hsCodes),
    markets: parseList(row.markets),
    province: row.province,
    ipTypes: parseList(row.ipTypes),
    observationEnterprise: row.observationEnterprise,
    contactEmail: row.contactEmail,
    isDemo: row.isDemo,
  };
}

export async function createCompany(db: Db, input: CompanyProfileInput & { isDemo?: boolean }, actorId: string | null) {
  return db.$transaction(async (tx) => {
    const profile = CompanyProfileSchema.parse(input);
    const company = await tx.company.create({ data: { ...toRow(profile), isDemo: input.isDemo ?? false } });
    await recordAudit(tx, { actorId, action: "company.create", entity: "company", entityId: company.id, after: profile });
    return company;
  });
}

/** The exporter's own company; null when the id is not theirs (the route answers 404). */
export async function getCompany(db: Db, companyId: string) {
  const row = await db.company.findUnique({ where: { id: companyId } });
  return row ? presentCompany(row) : null;
}

export async function updateCompanyProfile(db: Db, companyId: string, profile: CompanyProfile, actorId: string) {
  return db.$transaction(async (tx) => {
    const current = await tx.company.findUnique({ where: { id: companyId } });
    if (!current) return null;
    const next = toRow(profile);
    const diff = changedFields(current as unknown as Record<string, unknown>, next);
    if (!diff.changed) return current;
    const updated = await tx.company.update({ where: { id: companyId }, data: next });
    await recordAudit(tx, {
      actorId,
      action: "company.update",
      entity: "company",
      entityId: companyId,
      before: diff.before,
      after: diff.after,
    });
    return updated;
  });
}

function companyWhere(db: Db, query?: string) {
  const q = query?.trim();
  if (!q) return {};
  return {
    OR: [
      { nameZh: containsText(db, q) },
      { nameEn: containsText(db, q) },
      { aliases: containsText(db, q) },
      { creditCode: { contains: q.toUpperCase() } },
      { city: containsText(db, q) },
    ],
  };
}

/** A credit code is unique: saving one that another company holds is a field error, not a 500. */
export async function creditCodeTaken(db: Db, creditCode: string | null, companyId: string) {
  if (!creditCode) return false;
  return (await db.company.count({ where: { creditCode, NOT: { id: companyId } } })) > 0;
}

export async function listCompanies(db: Db, query?: string, take = 500) {
  const rows = await db.company.findMany({ where: companyWhere(db, query), orderBy: { nameZh: "asc" }, take });
  return rows.map(presentCompany);
}

export async function countCompanies(db: Db, query?: string) {
  return db.company.count({ where: companyWhere(db, query) });
}

/** Name and city of a company for a staff page's heading; null when there is no such company. */
export function getCompanyLabel(db: Db, id: string) {
  return db.company.findUnique({ where: { id }, select: { nameZh: true, city: true } });
}

/** Companies as choices in a staff form (id and Chinese name, by name). */
export function listCompanyChoices(db: Db, take = 500) {
  return db.company.findMany({ orderBy: { nameZh: "asc" }, select: { id: true, nameZh: true }, take });
}

/** Chinese names of the given companies by id (missing ids are left out). */
export async function companyNamesById(db: Db, ids: Iterable<string>): Promise<Map<string, string>> {
  const rows = await db.company.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, nameZh: true } });
  return new Map(rows.map((c) => [c.id, c.nameZh]));
}
