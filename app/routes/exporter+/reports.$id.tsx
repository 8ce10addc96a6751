import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ReportDocument } from "~/components/report-document.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import { getPublishedReport } from "~/models/report.server.ts";
import reportStyles from "~/styles/reports.css";
import { requireExporterCompany } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { IdParamsSchema, parseParams } from "~/utils/forms.server.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: reportStyles }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireExporterCompany(request);
  const report = await getPublishedReport(await getDb(), parseParams(params, IdParamsSchema).id);
  if (!report) throw new Response("Not found", { status: 404 });
  return json({ report });
}

export default function ExporterReport() {
  const { report } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <p className="noprint">
        <a href={`/exporter/reports/${report.id}/report.docx`}>{t("report.download.docx")}</a>
      </p>
      <ReportDocument report={report} />
    </>
  );
}

export const meta = titleMeta("report.exporter.title");
