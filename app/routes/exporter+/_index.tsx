import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useLabel } from "~/components/search-labels.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import { useRootData, useT } from "~/i18n/use-t.ts";
import { getCompany } from "~/models/company.server.ts";
import { requireExporterCompany } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const { companyId } = await requireExporterCompany(request);
  const company = await getCompany(await getDb(), companyId);
  if (!company) throw new Response("Not Found", { status: 404 });
  return json({ company });
}

export default function ExporterHome() {
  const { company } = useLoaderData<typeof loader>();
  const t = useT();
  const label = useLabel();
  const root = useRootData();
  return (
    <>
      <h1>{t("home.exporter.title")}</h1>
      <p>{t("home.welcome", { name: root?.user?.name ?? "" })}</p>
      <section className="card" aria-labelledby="company-h">
        <h2 id="company-h">{t("home.company")}</h2>
        <p>
          <strong>{company.nameZh}</strong>
          {company.nameEn ? <> · {company.nameEn}</> : null}
        </p>
        <dl>
          <dt>{t("company.industries")}</dt>
          <dd>{company.industries.map((id) => label("industries", id)).join(", ") || t("common.none")}</dd>
          <dt>{t("company.products")}</dt>
          <dd>{company.products.join(", ") || t("common.none")}</dd>
          <dt>{t("company.markets")}</dt>
          <dd>{company.markets.join(", ") || t("common.none")}</dd>
        </dl>
        <Link to="/exporter/company">{t("company.title")} →</Link>
      </section>
      <section className="card">
        <h2>{t("nav.alerts")}</h2>
        <p className="muted">{t("home.placeholder")}</p>
      </section>
      <section className="card">
        <h2>{t("nav.requests")}</h2>
        <p className="muted">{t("home.placeholder")}</p>
      </section>
    </>
  );
}

export const meta = titleMeta("home.exporter.title");
