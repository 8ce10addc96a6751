import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { RiskItemDetail } from "~/components/risk-item-detail.tsx";
import { requireUserWithRole } from "~/utils/auth.server.ts";
import { markItemAlertRead } from "~/models/alert.server.ts";
import { loadRiskItemPage } from "~/models/risk-item-pages.server.ts";
import { getDb } from "~/utils/db.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  // The audience is checked here, not only in the layout: `?_data=` calls this loader alone,
  // and the permission below is shared by several roles.
  const { user } = await requireUserWithRole(request, "exporter");
  const page = await loadRiskItemPage(request, params, "read:risk-item:public");
  // Reading the item is reading its alert (scoped by the session's company).
  if (user.companyId) await markItemAlertRead(await getDb(), user.companyId, page.item.id);
  return json(page);
}

export default function ExporterRiskItem() {
  const { item, timeZone } = useLoaderData<typeof loader>();
  return <RiskItemDetail item={item} timeZone={timeZone} itemsPath="/exporter/items" searchPath="/exporter/search" />;
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.item.title }] : []);
