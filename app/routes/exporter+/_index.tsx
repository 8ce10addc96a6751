import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DEFAULT_TIME_ZONE } from "~/domain/locale.ts";
import { useLabel } from "~/components/search-labels.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import { useRootData, useT } from "~/i18n/use-t.ts";
import { AlertList } from "~/components/alert-list.tsx";
import { useDateFormat } from "~/components/search-labels.tsx";
import { listInbox } from "~/models/alert.server.ts";
import { getCompany } from "~/models/company.server.ts";
import { requireExporterCompany } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const { companyId, user } = await requireExporterCompany(request);
  const db = await getDb();
  const company = await getCompany(db, companyId);
  if (!company) throw new Response("Not Found", { status: 404 });
  const latest = await listInbox(db, companyId, { status: "all", severity: "", page: 1 });
  return json({ company, latest: latest.alerts.slice(0, 5), timeZone: user.timeZone || DEFAULT_TIME_ZONE });
}

export default function ExporterHome() {
  const { company, latest, timeZone } = useLoaderData<typeof loader>();
  const date = useDateFormat(timeZone, "dateTime");
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
      <section aria-labelledby="alerts-h">
        <h2 id="alerts-h">{t("alerts.latest")}</h2>
        {latest.length === 0 ? <p className="muted">{t("alerts.none")}</p> : <AlertList alerts={latest} date={date} actions={false} />}
        <Link to="/exporter/alerts?status=all">{t("alerts.all")}</Link>
      </section>
      <section className="card">
        <h2>{t("nav.requests")}</h2>
        <p className="muted">{t("home.placeholder")}</p>
      </section>
    </>
  );
}

export const meta = titleMeta("home.exporter.title");
