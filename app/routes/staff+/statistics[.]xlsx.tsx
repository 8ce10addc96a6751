import type { LoaderFunctionArgs } from "@remix-run/node";
import { translator } from "~/i18n/i18n.ts";
import { indicatorTable } from "~/reports/labels.ts";
import { parseStatsQuery } from "~/reports/period.ts";
import { toXlsx } from "~/reports/tables.server.ts";
import { breakdownTables, statisticsFor } from "~/models/statistics-page.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getRequestLocale } from "~/utils/i18n.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requirePermission(request, "read:report:any");
  const locale = await getRequestLocale(request, user);
  const q = parseStatsQuery(new URL(request.url).searchParams);
  const { stats, rows } = await statisticsFor(q, locale);
  const sheets = [
    { name: translator(locale)("stats.title"), rows: indicatorTable(rows, locale) },
    ...breakdownTables(stats, locale).map((b) => ({ name: b.title, rows: [b.header, ...b.rows] })),
  ];
  return new Response(new Uint8Array(await toXlsx(sheets)), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="statistics-${q.period.label}.xlsx"`,
    },
  });
}
