import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useRootData, useT } from "~/i18n/use-t.ts";
import { countExperts } from "~/models/expert.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "read:guidance-request:any");
  const db = await getDb();
  const [companies, experts, auditEvents] = await Promise.all([db.company.count(), countExperts(db), db.auditEvent.count()]);
  return json({ companies, experts, auditEvents });
}

export default function StaffHome() {
  const stats = useLoaderData<typeof loader>();
  const t = useT();
  const root = useRootData();
  return (
    <>
      <h1>{t("home.staff.title")}</h1>
      <p>{t("home.welcome", { name: root?.user?.name ?? "" })}</p>
      <div className="stats">
        <div className="stat">
          <strong>{stats.companies}</strong>
          {t("home.stats.companies")}
        </div>
        <div className="stat">
          <strong>{stats.experts}</strong>
          {t("home.stats.experts")}
        </div>
        <div className="stat">
          <strong>{stats.auditEvents}</strong>
          <Link to="/staff/audit">{t("home.stats.auditEvents")}</Link>
        </div>
      </div>
      <section className="card" style={{ marginTop: "1rem" }}>
        <h2>{t("nav.triage")}</h2>
        <p className="muted">{t("home.placeholder")}</p>
      </section>
    </>
  );
}
