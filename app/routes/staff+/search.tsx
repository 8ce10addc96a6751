import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { SearchPage } from "~/components/search-page.tsx";
import { loadSearchPage } from "~/models/risk-item-pages.server.ts";
import { titleMeta } from "~/i18n/meta.ts";

// Staff search every risk item.
export async function loader({ request }: LoaderFunctionArgs) {
  return json(await loadSearchPage(request, "read:risk-item:any"));
}

export default function StaffSearch() {
  const data = useLoaderData<typeof loader>();
  return <SearchPage data={data} itemsPath="/staff/items" />;
}

export const meta = titleMeta("search.title");
