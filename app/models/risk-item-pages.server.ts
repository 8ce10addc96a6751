// Loader bodies shared by the search and item pages of every audience: each route states
// its permission and paths; the reading, scoping and shaping live here once.
import { z } from "zod";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { createLogger } from "~/utils/logger.server.ts";
import type { Permission } from "~/utils/permissions.server.ts";
import { presentRiskItemDetail, presentSearchResult } from "./risk-item-presenters.server.ts";
import { getRiskItem } from "./risk-item.server.ts";
import { searchQueryFromParams, searchRiskItems } from "./search.server.ts";
import { DEFAULT_TIME_ZONE } from "~/domain/locale.ts";

// Shown when a user has no time zone of their own (DESIGN: dates in Asia/Shanghai).

type RiskItemPermission = Extract<Permission, "read:risk-item:any" | "read:risk-item:public">;

export async function loadSearchPage(request: Request, permission: RiskItemPermission) {
  const { user } = await requirePermission(request, permission);
  const query = searchQueryFromParams(new URL(request.url).searchParams);
  // Exporters see only published sources' items (facet counts included); staff and experts all.
  const result = await searchRiskItems(query, permission === "read:risk-item:public" ? { extraFilter: EXPORTER_SCOPE } : {});
  // Meilisearch down: the page says so politely; the operator reads why in the log.
  if (result.error) createLogger("search").warn("search unavailable", { error: result.error });
  return { ...presentSearchResult(result), timeZone: user.timeZone || DEFAULT_TIME_ZONE };
}

const EXPORTER_SCOPE = "visibleToExporters = true";

const ItemParamsSchema = z.object({ id: z.string().min(1).max(64) });

export async function loadRiskItemPage(request: Request, params: unknown, permission: RiskItemPermission) {
  const { user } = await requirePermission(request, permission);
  const parsed = ItemParamsSchema.safeParse(params);
  if (!parsed.success) throw new Response("Not Found", { status: 404 });
  const item = await getRiskItem(await getDb(), parsed.data.id);
  if (!item) throw new Response("Not Found", { status: 404 });
  if (permission === "read:risk-item:public" && !item.source.visibleToExporters) throw new Response("Not Found", { status: 404 });
  return { item: presentRiskItemDetail(item), timeZone: user.timeZone || DEFAULT_TIME_ZONE };
}
