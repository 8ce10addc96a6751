import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { effectiveDeadline } from "~/guidance/deadlines.ts";
import { daysUntil, shanghaiDate } from "~/guidance/working-days.ts";
import { titleMeta } from "~/i18n/meta.ts";
import type { MessageKey } from "~/i18n/messages.ts";
import { useT } from "~/i18n/use-t.ts";
import { listExpertAssignments } from "~/models/advice.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requirePermission(request, "read:guidance-request:assigned");
  const rows = await listExpertAssignments(await getDb(), user.id);
  const now = new Date();
  const tasks = rows.map((a) => {
    const due = effectiveDeadline(a.request);
    const dueDate = due ? shanghaiDate(due) : null;
    return {
      id: a.id,
      status: a.status,
      requestId: a.request.id,
      disputeType: a.request.disputeType,
      caseNumber: a.request.caseNumber,
      // Without the exporter's consent the expert does not learn the company's name.
      company: a.request.consentToShare ? a.request.company.nameZh : null,
      requestState: a.request.state,
      adviceStatus: a.request.advice[0]?.status ?? null,
      respondBy: a.respondBy ? shanghaiDate(a.respondBy) : null,
      due: dueDate,
      daysLeft: dueDate ? daysUntil(dueDate, now) : null,
    };
  });
  // Work still to do first (proposals to answer, accepted work), the nearest due date first.
  const rank = (s: string) => (s === "proposed" ? 0 : s === "accepted" ? 1 : 2);
  tasks.sort((a, b) => rank(a.status) - rank(b.status) || (a.due ?? "9999").localeCompare(b.due ?? "9999"));
  return json({ assignments: tasks });
}

export default function MyAssignments() {
  const { assignments: tasks } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1>{t("experts.portal.title")}</h1>
      {tasks.length === 0 ? (
        <p className="muted">{t("experts.portal.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="tasks">
            <thead>
              <tr>
                <th>{t("guidance.col.case")}</th>
                <th>{t("guidance.col.type")}</th>
                <th>{t("guidance.col.company")}</th>
                <th>{t("tasks.col.status")}</th>
                <th>{t("tasks.col.due")}</th>
                <th>{t("tasks.col.advice")}</th>
              </tr>
            </thead>
            <tbody>
              {tasks.map((a) => (
                <tr key={a.id} data-assignment-id={a.id}>
                  <td>
                    <Link to={`/expert/assignments/${a.id}`} translate="no">
                      {a.caseNumber ?? t("journeys.queue.noCaseNumber")}
                    </Link>
                  </td>
                  <td>{t(`guidance.type.${a.disputeType}` as MessageKey)}</td>
                  <td>{a.company ? <span translate="no">{a.company}</span> : <span className="muted">{t("tasks.companyHidden")}</span>}</td>
                  <td>
                    {t(`experts.status.${a.status}` as MessageKey)}
                    {a.status === "proposed" && a.respondBy ? (
                      <>
                        <br />
                        <small>{t("experts.portal.respondBy", { date: a.respondBy })}</small>
                      </>
                    ) : null}
                  </td>
                  <td className={a.status !== "completed" && a.daysLeft !== null && a.daysLeft < 0 ? "sla sla--breached" : undefined}>
                    {a.due ?? "—"}
                    {a.status !== "completed" && a.daysLeft !== null ? (
                      <>
                        <br />
                        <small>{a.daysLeft < 0 ? t("guidance.overdue", { days: -a.daysLeft }) : t("guidance.daysLeft", { days: a.daysLeft })}</small>
                      </>
                    ) : null}
                  </td>
                  <td>
                    {a.adviceStatus ? t(`experts.adviceStatus.${a.adviceStatus}` as MessageKey) : a.status === "accepted" ? t("tasks.adviceNotStarted") : "—"}
                    {a.status === "accepted" ? (
                      <>
                        {" "}
                        <Link to={`/expert/requests/${a.requestId}/advice`}>{t("tasks.openAdvice")}</Link>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

export const meta = titleMeta("experts.portal.title");
