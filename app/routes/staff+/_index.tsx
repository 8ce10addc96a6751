import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { FeedError } from "~/components/feed-error.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import { useRootData, useT } from "~/i18n/use-t.ts";
import { warnOverview } from "~/models/alert.server.ts";
import { countAuditEvents } from "~/models/audit.server.ts";
import { countCompanies } from "~/models/company.server.ts";
import { countExperts } from "~/models/expert.server.ts";
import { watchOverview } from "~/models/source.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "read:guidance-request:any");
  const db = await getDb();
  const [companies, experts, auditEvents, watch, warn] = await Promise.all([
    countCompanies(db),
    countExperts(db),
    countAuditEvents(db),
    watchOverview(db),
    warnOverview(db),
  ]);
  return json({ companies, experts, auditEvents, watch, warn });
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
      <section className="card" style={{ marginTop: "1rem" }} aria-labelledby="watch-h">
        <h2 id="watch-h">{t("home.watch.title")}</h2>
        <div className="stats">
          <div className="stat">
            <strong>{stats.watch.itemsToday}</strong>
            {t("home.watch.itemsToday")}
          </div>
          <div className="stat">
            <strong>{stats.watch.itemsTotal}</strong>
            <Link to="/staff/search">{t("home.watch.itemsTotal")}</Link>
          </div>
          <div className="stat">
            <strong>{stats.watch.enabled}</strong>
            <Link to="/staff/sources">{t("home.watch.sources")}</Link>
          </div>
          <div className="stat">
            <strong>{stats.watch.failing}</strong>
            <Link to="/staff/sources">{t("home.watch.failing")}</Link>
          </div>
          <div className="stat">
            <strong>{stats.watch.pendingIndex}</strong>
            {t("home.watch.pendingIndex")}
          </div>
        </div>
        {stats.watch.failingSources.length > 0 ? (
          <ul>
            {stats.watch.failingSources.map((s) => (
              <li key={s.id}>
                <Link to={`/staff/sources/${s.id}`}>{s.name}</Link> — {t("home.watch.failures", { count: s.consecutiveFailures })}
                {s.lastError ? (
                  <>
                    : <FeedError raw={s.lastError} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section className="card" style={{ marginTop: "1rem" }} aria-labelledby="warn-h">
        <h2 id="warn-h">{t("warn.title")}</h2>
        <ul>
          <li>{t("warn.alertsWeek", { count: stats.warn.alertsWeek })}</li>
          <li>{t("warn.companiesNamed", { count: stats.warn.companiesNamed })}</li>
          <li>
            <Link to="/staff/party-reviews">{t("warn.pendingReviews", { count: stats.warn.pendingReviews })}</Link>
          </li>
        </ul>
        <h3>{t("warn.recentCritical")}</h3>
        {stats.warn.critical.length === 0 ? <p className="muted">{t("warn.noneCritical")}</p> : null}
        <ul>
          {stats.warn.critical.map((a) => (
            <li key={a.id}>
              <strong>{a.company.nameZh}</strong> — <Link to={`/staff/items/${a.item.id}`}>{a.item.title}</Link>
              {a.caseId ? (
                <>
                  {" "}
                  · <Link to={`/staff/cases/${a.caseId}`}>{a.item.caseNumber ?? t("alerts.caseLink")}</Link>
                </>
              ) : a.item.caseNumber ? (
                <> · {a.item.caseNumber}</>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section className="card" style={{ marginTop: "1rem" }}>
        <h2>{t("nav.triage")}</h2>
        <Link to="/staff/requests">{t("nav.triage")} →</Link>
      </section>
    </>
  );
}

export const meta = titleMeta("home.staff.title");
