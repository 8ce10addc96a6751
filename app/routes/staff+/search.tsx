import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DEFAULT_TIME_ZONE } from "~/components/search-labels.tsx";
import { presentSearchResult, SearchPage } from "~/components/search-page.tsx";
import { translator } from "~/i18n/i18n.ts";
import { searchQueryFromParams, searchRiskItems } from "~/models/search.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { createLogger } from "~/utils/logger.server.ts";

// Staff search every risk item.
export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requirePermission(request, "read:risk-item:any");
  const query = searchQueryFromParams(new URL(request.url).searchParams);
  const result = await searchRiskItems(query);
  // Meilisearch down: the page says so politely; the operator reads why in the log.
  if (result.error) createLogger("search").warn("search unavailable", { error: result.error });
  return json({ ...presentSearchResult(result), timeZone: user.timeZone || DEFAULT_TIME_ZONE });
}

export default function StaffSearch() {
  const data = useLoaderData<typeof loader>();
  return <SearchPage data={data} itemsPath="/staff/items" />;
}

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as { locale?: "zh" | "en" } | undefined;
  const t = translator(root?.locale ?? "zh");
  return [{ title: `${t("search.title")} · ${t("app.shortName")}` }];
};
