// Expert pool (专家库) profiles.
import { z } from "zod";
import type { Db } from "~/utils/db.server.ts";
import { parseList, toListText } from "~/utils/json-list.ts";
import { recordAudit } from "./audit.server.ts";

export const ExpertProfileSchema = z.object({
  displayNameZh: z.string().trim().min(1, "form.required").max(100, "form.tooLong"),
  displayNameEn: z.string().trim().max(100).nullish(),
  organisation: z.string().trim().max(200).nullish(),
  title: z.string().trim().max(100).nullish(),
  ipTypes: z.array(z.string()).default([]),
  jurisdictions: z.array(z.string()).default([]),
  industries: z.array(z.string()).default([]),
  languages: z.array(z.string()).default([]),
  capacity: z.number().int().min(0).max(50).default(3),
  bio: z.string().max(4000).nullish(),
});

export type ExpertProfileInput = z.input<typeof ExpertProfileSchema>;

export async function createExpertProfile(db: Db, userId: string, input: ExpertProfileInput, actorId: string | null) {
  const p = ExpertProfileSchema.parse(input);
  const row = await db.expertProfile.create({
    data: {
      userId,
      displayNameZh: p.displayNameZh,
      displayNameEn: p.displayNameEn ?? null,
      organisation: p.organisation ?? null,
      title: p.title ?? null,
      ipTypes: toListText(p.ipTypes),
      jurisdictions: toListText(p.jurisdictions),
      industries: toListText(p.industries),
      languages: toListText(p.languages),
      capacity: p.capacity,
      bio: p.bio ?? null,
    },
  });
  await recordAudit(db, { actorId, action: "expert.create", entity: "expert", entityId: row.id, after: p });
  return row;
}

export async function getExpertProfileForUser(db: Db, userId: string) {
  const row = await db.expertProfile.findUnique({ where: { userId } });
  if (!row) return null;
  return {
    ...row,
    ipTypes: parseList(row.ipTypes),
    jurisdictions: parseList(row.jurisdictions),
    industries: parseList(row.industries),
    languages: parseList(row.languages),
  };
}

export async function countExperts(db: Db) {
  return db.expertProfile.count();
}
