import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { RiskItemDetail } from "~/components/risk-item-detail.tsx";
import { requireUserWithRole } from "~/utils/auth.server.ts";
import { markItemAlertRead } from "~/models/alert.server.ts";
import { companyCanSeeCase } from "~/models/case.server.ts";
import { loadRiskItemPage } from "~/models/risk-item-pages.server.ts";
import { getDb } from "~/utils/db.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  // The audience is checked here, not only in the layout: `?_data=` calls this loader alone,
  // and the permission below is shared by several roles.
  const { user } = await requireUserWithRole(request, "exporter");
  const page = await loadRiskItemPage(request, params, "read:risk-item:public");
  // Reading the item is reading its alert (scoped by the session's company).
  const db = await getDb();
  if (user.companyId) await markItemAlertRead(db, user.companyId, page.item.id);
  // The case page is open to a company with an alert on the case (case.server.ts).
  const caseVisible = Boolean(user.companyId && page.item.case && (await companyCanSeeCase(db, user.companyId, page.item.case.id)));
  return json({ ...page, caseVisible });
}

export default function ExporterRiskItem() {
  const { item, timeZone, caseVisible } = useLoaderData<typeof loader>();
  return (
    <RiskItemDetail
      item={item}
      timeZone={timeZone}
      itemsPath="/exporter/items"
      searchPath="/exporter/search"
      casesPath={caseVisible ? "/exporter/cases" : undefined}
    />
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.item.title }] : []);
