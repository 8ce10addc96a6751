// Party-name index over the exporter registry, kept per process. Building it means pinyin
// for every Chinese name (tens of ms per thousand companies), so it is rebuilt only when the
// registry changes: the key is the company count plus the latest updatedAt, which any
// create, update or delete moves.
import { buildPartyIndex, type PartyCompany, type PartyIndex, type PartyThresholds } from "~/matching/party-names.ts";
import type { Db } from "~/utils/db.server.ts";
import { getEnv } from "~/utils/env.server.ts";
import { parseList } from "~/utils/json-list.ts";

let cached: { key: string; index: PartyIndex } | null = null;

async function registryKey(db: Db): Promise<string> {
  const agg = await db.company.aggregate({ _count: { _all: true }, _max: { updatedAt: true } });
  return `${agg._count._all}:${agg._max.updatedAt?.getTime() ?? 0}`;
}

export async function loadPartyCompanies(db: Db): Promise<PartyCompany[]> {
  const rows = await db.company.findMany({
    select: { id: true, creditCode: true, nameZh: true, nameEn: true, aliases: true, city: true, province: true },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => ({ ...r, aliases: parseList(r.aliases) }));
}

export async function loadPartyIndex(db: Db): Promise<PartyIndex> {
  const key = await registryKey(db);
  if (cached?.key === key) return cached.index;
  const index = buildPartyIndex(await loadPartyCompanies(db));
  cached = { key, index };
  return index;
}

/** For tests that swap databases within one process. */
export function resetPartyIndexCache() {
  cached = null;
}

export function partyThresholds(): PartyThresholds {
  const env = getEnv();
  return { match: env.PARTY_MATCH_THRESHOLD, review: env.PARTY_REVIEW_THRESHOLD };
}
