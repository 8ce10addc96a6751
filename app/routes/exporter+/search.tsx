import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { SearchPage } from "~/components/search-page.tsx";
import { requireUserWithRole } from "~/utils/auth.server.ts";
import { alertedItemIds } from "~/models/alert.server.ts";
import { loadSearchPage } from "~/models/risk-item-pages.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { titleMeta } from "~/i18n/meta.ts";

// Exporters search the risk items (all public information); results that concern the company are marked.
export async function loader({ request }: LoaderFunctionArgs) {
  // The audience is checked here, not only in the layout: `?_data=` calls this loader alone,
  // and the permission below is shared by several roles.
  const { user } = await requireUserWithRole(request, "exporter");
  const page = await loadSearchPage(request, "read:risk-item:public");
  // Results that concern the company carry its alert's severity (scoped by the session's company).
  const alerted = user.companyId
    ? await alertedItemIds(
        await getDb(),
        user.companyId,
        page.hits.map((h) => h.id),
      )
    : new Map<string, string>();
  return json({ ...page, concerns: Object.fromEntries(alerted) });
}

export default function ExporterSearch() {
  const data = useLoaderData<typeof loader>();
  return <SearchPage data={data} itemsPath="/exporter/items" concerns={data.concerns} />;
}

export const meta = titleMeta("search.title");
