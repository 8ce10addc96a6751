import type { LoaderFunctionArgs } from "@remix-run/node";
import { translator } from "~/i18n/i18n.ts";
import { getReport } from "~/models/report.server.ts";
import { reportToPdf } from "~/reports/report-pdf.server.ts";
import { reportFileName } from "~/reports/report-view.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { getRequestLocale } from "~/utils/i18n.server.ts";
import { IdParamsSchema, parseParams } from "~/utils/forms.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requirePermission(request, "read:report:any");
  const report = await getReport(await getDb(), parseParams(params, IdParamsSchema).id);
  if (!report) throw new Response("Not found", { status: 404 });
  const pdf = await reportToPdf(report);
  if (!pdf)
    return new Response(translator(await getRequestLocale(request, user))("report.pdf.unavailable"), {
      status: 503,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="report.pdf"; filename*=UTF-8''${encodeURIComponent(reportFileName(report, "pdf"))}`,
    },
  });
}
