import type { LoaderFunctionArgs } from "@remix-run/node";
import { getPublishedReport } from "~/models/report.server.ts";
import { reportToDocx } from "~/reports/report-docx.server.ts";
import { reportFileName } from "~/reports/report-view.ts";
import { requireExporterCompany } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { IdParamsSchema, parseParams } from "~/utils/forms.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireExporterCompany(request);
  const report = await getPublishedReport(await getDb(), parseParams(params, IdParamsSchema).id);
  if (!report) throw new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(await reportToDocx(report)), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": `attachment; filename="report.docx"; filename*=UTF-8''${encodeURIComponent(reportFileName(report, "docx"))}`,
    },
  });
}
