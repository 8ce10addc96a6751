import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { SearchPage } from "~/components/search-page.tsx";
import { requireUserWithRole } from "~/utils/auth.server.ts";
import { loadSearchPage } from "~/models/risk-item-pages.server.ts";
import { titleMeta } from "~/i18n/meta.ts";

// Exporters search the risk items, all public information in this release (their alerts come later).
export async function loader({ request }: LoaderFunctionArgs) {
  // The audience is checked here, not only in the layout: `?_data=` calls this loader alone,
  // and the permission below is shared by several roles.
  await requireUserWithRole(request, "exporter");
  return json(await loadSearchPage(request, "read:risk-item:public"));
}

export default function ExporterSearch() {
  const data = useLoaderData<typeof loader>();
  return <SearchPage data={data} itemsPath="/exporter/items" />;
}

export const meta = titleMeta("search.title");
