import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { MessageKey } from "~/i18n/i18n.ts";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import { activeMembership, listOwnObservations } from "~/models/observation.server.ts";
import { requireExporterCompany } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const authed = await requireExporterCompany(request);
  const db = await getDb();
  const [member, rows] = await Promise.all([activeMembership(db, authed.companyId), listOwnObservations(db, authed.companyId)]);
  return json({
    member: !!member,
    reports: rows.map((o) => ({ id: o.id, title: o.title, state: o.state, urgency: o.urgency, createdAt: o.createdAt.toISOString().slice(0, 10) })),
  });
}

export default function ExporterObservations() {
  const { member, reports } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("support.obs.mine")}</h1>
      {member ? (
        <p>
          <Link to="/exporter/observations/new">{t("support.obs.new")}</Link>
        </p>
      ) : (
        <p>{t("support.err.notMember")}</p>
      )}
      {reports.length === 0 ? (
        <p>{t("support.obs.none")}</p>
      ) : (
        <ul>
          {reports.map((o) => (
            <li key={o.id}>
              <Link to={`/exporter/observations/${o.id}`}>{o.title}</Link> · {o.createdAt} · {t(`support.urgency.${o.urgency}` as MessageKey)} ·{" "}
              {t(`support.observation.state.${o.state}` as MessageKey)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export const meta = titleMeta("support.obs.mine");
