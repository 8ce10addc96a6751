import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { presentRiskItemDetail, RiskItemDetail } from "~/components/risk-item-detail.tsx";
import { DEFAULT_TIME_ZONE } from "~/components/search-labels.tsx";
import { getRiskItem } from "~/models/risk-item.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";

const ParamsSchema = z.object({ id: z.string().min(1).max(64) });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requirePermission(request, "read:risk-item:any");
  const parsed = ParamsSchema.safeParse(params);
  if (!parsed.success) throw new Response("Not Found", { status: 404 });
  const item = await getRiskItem(await getDb(), parsed.data.id);
  if (!item) throw new Response("Not Found", { status: 404 });
  return json({ item: presentRiskItemDetail(item), timeZone: user.timeZone || DEFAULT_TIME_ZONE });
}

export default function StaffRiskItem() {
  const { item, timeZone } = useLoaderData<typeof loader>();
  return <RiskItemDetail item={item} timeZone={timeZone} itemsPath="/staff/items" searchPath="/staff/search" />;
}

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? [{ title: data.item.title }] : []);
