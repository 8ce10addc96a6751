import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import { listPublishedReports } from "~/models/report.server.ts";
import { requireExporterCompany } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";

const QuerySchema = z.object({ q: z.string().max(100).optional().catch(undefined) });

export async function loader({ request }: LoaderFunctionArgs) {
  await requireExporterCompany(request);
  const { q } = QuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return json({ q: q ?? "", reports: await listPublishedReports(await getDb(), q) });
}

export default function ExporterReports() {
  const { q, reports } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("report.exporter.title")}</h1>
      <Form method="get" role="search">
        <label>
          {t("report.exporter.search")} <input name="q" type="search" defaultValue={q} maxLength={100} />
        </label>{" "}
        <button type="submit">{t("stats.apply")}</button>
      </Form>
      {reports.length === 0 ? <p className="muted">{t("report.exporter.empty")}</p> : null}
      {reports.map((r) => (
        <section key={r.id} className="card">
          <h2>
            <Link to={`/exporter/reports/${r.id}`}>{r.title}</Link> {r.number}
          </h2>
          <p className="prewrap">{r.summary}</p>
        </section>
      ))}
    </>
  );
}

export const meta = titleMeta("report.exporter.title");
