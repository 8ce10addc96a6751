import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { DEADLINE_FINISHED_STATES } from "~/guidance/deadlines.ts";
import { readTriageQuery, triageView, type TriageSort } from "~/guidance/triage-view.ts";
import { isRequestState, REQUEST_STATES } from "~/domain/request-states.ts";
import { CsrfInput } from "~/components/forms.tsx";
import type { MessageKey } from "~/i18n/i18n.ts";
import { titleMeta } from "~/i18n/meta.ts";
import { useLocale, useT } from "~/i18n/use-t.ts";
import { listTriage } from "~/models/guidance-intake.server.ts";
import { listPossibleOwners, setRequestOwner } from "~/models/request-owner.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { formId, parseIntent, readForm } from "~/utils/forms.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const authed = await requirePermission(request, "read:guidance-request:any");
  const params = new URL(request.url).searchParams;
  const state = params.get("state");
  const db = await getDb();
  // By default the queue is the work still open; finished requests are one filter away.
  const all = await listTriage(db, { state: isRequestState(state) ? state : undefined });
  const open = state === "all" || isRequestState(state) ? all : all.filter((r) => !DEADLINE_FINISHED_STATES.includes(r.state));
  const breached = (state ? await listTriage(db) : open).filter((r) => r.sla.level === "breached").length;
  const query = readTriageQuery(params);
  const view = triageView(open, query, authed.user.id);
  return json({
    ...view,
    query,
    state: isRequestState(state) || state === "all" ? state : "",
    breached,
    owners: await listPossibleOwners(db),
    me: authed.user.id,
  });
}

/** Take a request ("认领") or hand it back; the queue stays where it was (same query string). */
export async function action({ request }: ActionFunctionArgs) {
  const authed = await requirePermission(request, "update:guidance-request:any");
  const form = await readForm(request, authed);
  const intent = parseIntent(form, ["claim", "release"]);
  const requestId = formId(form, "requestId");
  const ok = await setRequestOwner(await getDb(), { requestId, ownerId: intent === "claim" ? authed.user.id : null, actorId: authed.user.id });
  if (!ok) throw new Response("Not Found", { status: 404 });
  return json({ ok: true as const, intent });
}

function SortHeader({ sort, label }: { sort: TriageSort; label: string }) {
  const [params] = useSearchParams();
  const t = useT();
  const current = (params.get("sort") ?? "deadline") === sort;
  const dir = current && params.get("dir") !== "desc" ? "desc" : "asc";
  const next = new URLSearchParams(params);
  next.set("sort", sort);
  next.set("dir", dir);
  next.delete("page");
  const shown = current ? (params.get("dir") === "desc" ? "desc" : "asc") : null;
  return (
    <th aria-sort={shown === "asc" ? "ascending" : shown === "desc" ? "descending" : undefined}>
      <Link to={`?${next.toString()}`} title={t("queue.sortBy", { column: label })}>
        {label}
        {shown === "asc" ? " ▲" : shown === "desc" ? " ▼" : ""}
      </Link>
    </th>
  );
}

export default function TriageQueue() {
  const { rows, total, page, pages, query, state, breached, owners, me } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const t = useT();
  const locale = useLocale();
  const pageLink = (n: number) => {
    const next = new URLSearchParams(params);
    next.set("page", String(n));
    return `?${next.toString()}`;
  };
  return (
    <>
      <h1>{t("guidance.queue")}</h1>
      <p className={breached > 0 ? "sla sla--breached" : "sla"}>{t("guidance.breachedCount", { count: breached })}</p>
      <Form method="get" className="filters">
        <span>
          <label htmlFor="f-state">{t("guidance.showState")}</label>{" "}
          <select id="f-state" name="state" defaultValue={state}>
            <option value="">{t("journeys.queue.open")}</option>
            <option value="all">{t("guidance.all")}</option>
            {REQUEST_STATES.filter((s) => s !== "draft").map((s) => (
              <option key={s} value={s}>
                {t(`guidance.state.${s}` as MessageKey)}
              </option>
            ))}
          </select>
        </span>{" "}
        <span>
          <label htmlFor="f-owner">{t("queue.owner")}</label>{" "}
          <select id="f-owner" name="owner" defaultValue={query.owner}>
            <option value="">{t("queue.owner.anyone")}</option>
            <option value="mine">{t("queue.owner.mine")}</option>
            <option value="none">{t("queue.owner.none")}</option>
            {owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </span>{" "}
        <span>
          <label htmlFor="f-q">{t("queue.search")}</label> <input id="f-q" type="search" name="q" defaultValue={query.q} placeholder={t("queue.searchHint")} />
        </span>{" "}
        {query.sort !== "deadline" ? <input type="hidden" name="sort" value={query.sort} /> : null}
        {query.dir !== "asc" ? <input type="hidden" name="dir" value={query.dir} /> : null}
        <button type="submit">{t("journeys.filter")}</button>
      </Form>
      <p role="status">{t("queue.count", { count: total })}</p>
      {rows.length === 0 ? (
        <p>{t("guidance.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="triage">
            <thead>
              <tr>
                <SortHeader sort="case" label={t("guidance.col.case")} />
                <SortHeader sort="deadline" label={t("guidance.col.deadline")} />
                <SortHeader sort="sla" label={t("guidance.col.sla")} />
                <SortHeader sort="company" label={t("guidance.col.company")} />
                <th>{t("guidance.col.type")}</th>
                <th>{t("guidance.col.state")}</th>
                <SortHeader sort="submitted" label={t("guidance.col.submittedAt")} />
                <th>{t("queue.owner")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-request-id={r.id}>
                  <td>
                    {/* The case number names the request (two 337 requests of one company differ by it). */}
                    <Link to={`/staff/requests/${r.id}`} translate="no">
                      {r.caseNumber ?? t("journeys.queue.noCaseNumber")}
                    </Link>
                  </td>
                  <td className={r.daysLeft !== null && r.daysLeft < 0 ? "sla sla--breached" : undefined}>
                    {r.deadline ?? "—"}
                    <br />
                    <small>
                      {r.daysLeft === null
                        ? t("guidance.noDeadline")
                        : r.daysLeft < 0
                          ? t("guidance.overdue", { days: -r.daysLeft })
                          : t("guidance.daysLeft", { days: r.daysLeft })}
                    </small>
                    {r.deadlineSource ? (
                      <>
                        <br />
                        <small data-deadline-source={r.deadlineSource}>
                          {r.deadlineSource === "computed" && r.rule
                            ? t("queue.byRule", { rule: locale === "zh" ? r.rule.zh : r.rule.en })
                            : t(`queue.source.${r.deadlineSource}` as MessageKey)}
                        </small>
                      </>
                    ) : null}
                  </td>
                  {/* The level is written out (not colour only); the colour repeats it. */}
                  <td className={`sla sla--${r.sla.level}`} data-sla={r.sla.level}>
                    {t(`guidance.sla.${r.sla.level}` as MessageKey)}
                    {r.sla.left !== null ? (
                      <>
                        <br />
                        <small>{r.sla.left < 0 ? t("queue.sla.over", { days: -r.sla.left }) : t("queue.sla.left", { days: r.sla.left })}</small>
                      </>
                    ) : null}
                  </td>
                  <td>
                    <span translate="no">{r.companyName}</span>
                  </td>
                  <td>{t(`guidance.type.${r.disputeType}` as MessageKey)}</td>
                  <td>{t(`guidance.state.${r.state}` as MessageKey)}</td>
                  <td>{r.submittedAt ? r.submittedAt.slice(0, 10) : "—"}</td>
                  <td>
                    {r.owner ? <span translate="no">{r.owner.name}</span> : t("queue.owner.none")}
                    <Form method="post" className="inline-form">
                      <CsrfInput />
                      <input type="hidden" name="requestId" value={r.id} />
                      {r.owner?.id === me ? (
                        <button type="submit" name="intent" value="release">
                          {t("queue.release")}
                        </button>
                      ) : (
                        <button type="submit" name="intent" value="claim">
                          {t("queue.claim")}
                        </button>
                      )}
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 ? (
        <nav aria-label={t("queue.pages")} className="pager">
          {page > 1 ? <Link to={pageLink(page - 1)}>{t("queue.prev")}</Link> : null} <span>{t("queue.page", { page, pages })}</span>{" "}
          {page < pages ? <Link to={pageLink(page + 1)}>{t("queue.next")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}

export const meta = titleMeta("guidance.queue");
