// Exporter inbox: the company's alerts by status and severity, marked read/unread/archived.
// Every query carries the session's company, so another company's alert id answers 404.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { AlertList } from "~/components/alert-list.tsx";
import { DEFAULT_TIME_ZONE } from "~/domain/locale.ts";
import { useDateFormat } from "~/components/search-labels.tsx";
import { severityLabel } from "~/delivery/render-alert.ts";
import { titleMeta } from "~/i18n/meta.ts";
import { useLocale, useT } from "~/i18n/use-t.ts";
import type { MessageKey } from "~/i18n/messages.ts";
import { InboxFilterSchema, listInbox, markAlert, unreadAlertCount } from "~/models/alert.server.ts";
import { requireExporterCompany } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { parseFormWith, readForm } from "~/utils/forms.server.ts";
import { SEVERITIES_MOST_FIRST } from "~/domain/severity.ts";

const MarkSchema = z.object({
  id: z.string().min(1).max(64),
  intent: z.enum(["read", "unread", "archive", "unarchive"]),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const { companyId, user } = await requireExporterCompany(request);
  const url = new URL(request.url);
  // The inbox opens on unread alerts; "all" is still reachable from the tabs.
  const filter = InboxFilterSchema.parse({
    status: url.searchParams.get("status") ?? "unread",
    severity: url.searchParams.get("severity") ?? "",
    page: url.searchParams.get("page") ?? 1,
  });
  const db = await getDb();
  const [inbox, unread] = await Promise.all([listInbox(db, companyId, filter), unreadAlertCount(db, companyId)]);
  return json({ ...inbox, unread, filter, timeZone: user.timeZone || DEFAULT_TIME_ZONE });
}

export async function action({ request }: ActionFunctionArgs) {
  const authed = await requireExporterCompany(request);
  const form = await readForm(request, authed);
  const parsed = parseFormWith(form, MarkSchema);
  if (!parsed.ok) throw new Response("Bad Request", { status: 400 });
  if (!(await markAlert(await getDb(), authed.companyId, parsed.data.id, parsed.data.intent))) throw new Response("Not Found", { status: 404 });
  return json({ ok: true as const });
}

const TABS = ["unread", "read", "archived", "all"] as const;

export default function AlertsInbox() {
  const { alerts, total, pageSize, filter, unread, timeZone } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const date = useDateFormat(timeZone, "dateTime");
  const href = (over: Partial<typeof filter>) => {
    const next = { ...filter, ...over };
    const p = new URLSearchParams({ status: next.status });
    if (next.severity) p.set("severity", next.severity);
    if (next.page > 1) p.set("page", String(next.page));
    return `/exporter/alerts?${p}`;
  };
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <>
      <h1>
        {t("alerts.title")} {unread > 0 ? <span className="badge badge--critical">{t("alerts.unreadBadge", { count: unread })}</span> : null}
      </h1>
      <nav aria-label={t("alerts.title")}>
        <ul className="tabs">
          {TABS.map((s) => (
            <li key={s}>
              <Link to={href({ status: s, page: 1 })} aria-current={filter.status === s ? "page" : undefined}>
                {t(`alerts.tab.${s}` as MessageKey)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Form method="get" className="inline-form">
        <input type="hidden" name="status" value={filter.status} />
        <label htmlFor="f-severity">{t("alerts.severity")}</label>{" "}
        <select id="f-severity" name="severity" defaultValue={filter.severity}>
          <option value="">{t("alerts.severity.any")}</option>
          {SEVERITIES_MOST_FIRST.map((s) => (
            <option key={s} value={s}>
              {severityLabel(locale, s)}
            </option>
          ))}
        </select>{" "}
        <button type="submit">{t("alerts.filter")}</button>
      </Form>
      <p className="muted">{t("alerts.count", { count: total })}</p>
      {alerts.length === 0 ? <p>{t("alerts.empty")}</p> : <AlertList alerts={alerts} date={date} />}
      {pages > 1 ? (
        <p>
          {filter.page > 1 ? <Link to={href({ page: filter.page - 1 })}>{t("alerts.prev")}</Link> : null} {filter.page} / {pages}{" "}
          {filter.page < pages ? <Link to={href({ page: filter.page + 1 })}>{t("alerts.next")}</Link> : null}
        </p>
      ) : null}
    </>
  );
}

export const meta = titleMeta("alerts.title");
