import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { isRequestState, REQUEST_STATES } from "~/domain/request-states.ts";
import type { MessageKey } from "~/i18n/i18n.ts";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import { listTriage } from "~/models/guidance-intake.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "read:guidance-request:any");
  const state = new URL(request.url).searchParams.get("state");
  const rows = await listTriage(await getDb(), { state: isRequestState(state) ? state : undefined });
  const breached = (state ? await listTriage(await getDb()) : rows).filter((r) => r.sla.level === "breached").length;
  return json({ rows, state: isRequestState(state) ? state : "", breached });
}

export default function TriageQueue() {
  const { rows, state, breached } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("guidance.queue")}</h1>
      <p className={breached > 0 ? "sla sla--breached" : "sla"}>{t("guidance.breachedCount", { count: breached })}</p>
      <Form method="get">
        <label htmlFor="f-state">{t("guidance.showState")}</label>{" "}
        <select id="f-state" name="state" defaultValue={state}>
          <option value="">{t("guidance.all")}</option>
          {REQUEST_STATES.filter((s) => s !== "draft").map((s) => (
            <option key={s} value={s}>
              {t(`guidance.state.${s}` as MessageKey)}
            </option>
          ))}
        </select>{" "}
        <button type="submit">OK</button>
      </Form>
      {rows.length === 0 ? (
        <p>{t("guidance.empty")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t("guidance.col.daysLeft")}</th>
              <th>{t("guidance.col.deadline")}</th>
              <th>{t("guidance.col.company")}</th>
              <th>{t("guidance.col.type")}</th>
              <th>{t("guidance.col.case")}</th>
              <th>{t("guidance.col.state")}</th>
              <th>{t("guidance.col.sla")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-request-id={r.id}>
                <td>
                  {r.daysLeft === null
                    ? t("guidance.noDeadline")
                    : r.daysLeft < 0
                      ? t("guidance.overdue", { days: -r.daysLeft })
                      : t("guidance.daysLeft", { days: r.daysLeft })}
                </td>
                <td>{r.deadline ?? "—"}</td>
                <td>
                  <Link to={`/staff/requests/${r.id}`}>{r.companyName}</Link>
                </td>
                <td>{t(`guidance.type.${r.disputeType}` as MessageKey)}</td>
                <td>{r.caseNumber ?? "—"}</td>
                <td>{t(`guidance.state.${r.state}` as MessageKey)}</td>
                <td className={`sla sla--${r.sla.level}`}>{t(`guidance.sla.${r.sla.level}` as MessageKey)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

export const meta = titleMeta("guidance.queue");
