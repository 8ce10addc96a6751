import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { SearchPage } from "~/components/search-page.tsx";
import { translator } from "~/i18n/i18n.ts";
import { loadSearchPage } from "~/models/risk-item-pages.server.ts";

// Experts search every risk item, as staff do.
export async function loader({ request }: LoaderFunctionArgs) {
  return json(await loadSearchPage(request, "read:risk-item:any"));
}

export default function ExpertSearch() {
  const data = useLoaderData<typeof loader>();
  return <SearchPage data={data} itemsPath="/expert/items" />;
}

export const meta: MetaFunction = ({ matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as { locale?: "zh" | "en" } | undefined;
  const t = translator(root?.locale ?? "zh");
  return [{ title: `${t("search.title")} · ${t("app.shortName")}` }];
};
