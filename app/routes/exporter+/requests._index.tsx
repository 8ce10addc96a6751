import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { MessageKey } from "~/i18n/i18n.ts";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import { effectiveDeadline } from "~/guidance/deadlines.ts";
import { shanghaiDate } from "~/guidance/working-days.ts";
import { listOwnRequests } from "~/models/guidance-intake.server.ts";
import { requireExporterCompany } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const authed = await requireExporterCompany(request);
  const rows = await listOwnRequests(await getDb(), authed.companyId);
  return json({
    requests: rows.map((r) => {
      const deadline = effectiveDeadline(r);
      return {
        id: r.id,
        state: r.state,
        disputeType: r.disputeType,
        caseNumber: r.caseNumber,
        opposingParty: r.opposingParty,
        deadline: deadline ? shanghaiDate(deadline) : null,
      };
    }),
  });
}

export default function ExporterRequests() {
  const { requests } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("guidance.title")}</h1>
      <p>
        <Link to="/exporter/requests/new">{t("guidance.new")}</Link>
      </p>
      {requests.length === 0 ? (
        <p>{t("guidance.empty")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t("guidance.col.type")}</th>
              <th>{t("guidance.col.case")}</th>
              <th>{t("guidance.col.opposing")}</th>
              <th>{t("guidance.col.deadline")}</th>
              <th>{t("guidance.col.state")}</th>
            </tr>
          </thead>
          <tbody>
            {requests.map((r) => (
              <tr key={r.id}>
                <td>
                  <Link to={`/exporter/requests/${r.id}`}>{t(`guidance.type.${r.disputeType}` as MessageKey)}</Link>
                </td>
                <td>{r.caseNumber ?? "—"}</td>
                <td>{r.opposingParty ?? "—"}</td>
                <td>{r.deadline ?? t("guidance.noDeadline")}</td>
                <td>{t(`guidance.state.${r.state}` as MessageKey)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

export const meta = titleMeta("guidance.title");
