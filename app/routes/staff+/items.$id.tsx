import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { RiskItemDetail } from "~/components/risk-item-detail.tsx";
import { requireUserWithRole } from "~/utils/auth.server.ts";
import { loadRiskItemPage } from "~/models/risk-item-pages.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  // The audience is checked here, not only in the layout: `?_data=` calls this loader alone,
  // and the permission below is shared by several roles.
  await requireUserWithRole(request, ["staff", "admin"]);
  return json(await loadRiskItemPage(request, params, "read:risk-item:any"));
}

export default function StaffRiskItem() {
  const { item, timeZone } = useLoaderData<typeof loader>();
  return <RiskItemDetail item={item} timeZone={timeZone} itemsPath="/staff/items" searchPath="/staff/search" casesPath="/staff/cases" />;
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.item.title }] : []);
