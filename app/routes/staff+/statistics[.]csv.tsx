import type { LoaderFunctionArgs } from "@remix-run/node";
import { indicatorTable } from "~/reports/labels.ts";
import { parseStatsQuery } from "~/reports/period.ts";
import { toCsv } from "~/reports/tables.server.ts";
import { statisticsFor } from "~/models/statistics-page.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getRequestLocale } from "~/utils/i18n.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requirePermission(request, "read:report:any");
  const locale = await getRequestLocale(request, user);
  const q = parseStatsQuery(new URL(request.url).searchParams);
  const { rows } = await statisticsFor(q, locale);
  return new Response(toCsv(indicatorTable(rows, locale)), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="statistics-${q.period.label}.csv"` },
  });
}
