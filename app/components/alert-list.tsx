// One alert as the exporter reads it, shared by the inbox and the home page. Reasons go
// through the same describer as mails and the feed, so every channel says the same thing.
import { Form, Link } from "@remix-run/react";
import { describeReason, severityLabel } from "~/delivery/render-alert.ts";
import { useLocale, useT } from "~/i18n/use-t.ts";
import { CsrfInput } from "./forms.tsx";
import { GuideLink } from "./support-parts.tsx";
import { forumOf } from "~/support/vocabulary.ts";

export interface AlertRow {
  id: string;
  severity: string;
  reasons: unknown[];
  caseId: string | null;
  readAt: string | null;
  archivedAt: string | null;
  createdAt: string;
  responseRule: boolean;
  item: { id: string; title: string; caseNumber: string | null; caseType?: string; visibleToExporters?: boolean };
}

export function SeverityBadge({ severity }: { severity: string }) {
  const locale = useLocale();
  return <span className={`badge badge--severity badge--${severity}`}>{severityLabel(locale, severity)}</span>;
}

function MarkButton({ id, intent, label }: { id: string; intent: string; label: string }) {
  return (
    <Form method="post" action="/exporter/alerts" className="inline-form">
      <CsrfInput />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="intent" value={intent} />
      <button type="submit">{label}</button>
    </Form>
  );
}

export function AlertList({ alerts, date, actions = true }: { alerts: AlertRow[]; date: (d: string) => string; actions?: boolean }) {
  const t = useT();
  const locale = useLocale();
  return (
    <ul className="alert-list">
      {alerts.map((a) => (
        <li key={a.id} className={`alert-card card${a.readAt ? "" : " alert-card--unread"}`} data-alert-id={a.id}>
          <p className="alert-card__head">
            <SeverityBadge severity={a.severity} /> <time dateTime={a.createdAt}>{date(a.createdAt)}</time>
          </p>
          <h3 className="alert-card__title">
            {a.item.visibleToExporters === false ? a.item.title : <Link to={`/exporter/items/${a.item.id}`}>{a.item.title}</Link>}
          </h3>
          {a.item.caseNumber || a.caseId ? (
            <p>
              {a.item.caseNumber ? t("alerts.case", { case: a.item.caseNumber }) : null}{" "}
              {a.caseId ? <Link to={`/exporter/cases/${a.caseId}`}>{t("alerts.caseLink")}</Link> : null}
            </p>
          ) : null}
          <p className="alert-card__guide">
            <GuideLink base="/exporter" forum={forumOf(a.item.caseType)} />
          </p>
          <ul className="alert-card__reasons" aria-label={t("alerts.reasons")}>
            {a.reasons.map((r, i) => (
              <li key={i}>{describeReason(locale, r)}</li>
            ))}
          </ul>
          {a.severity === "critical" && a.responseRule ? (
            <p className="alert-card__rule" role="note">
              {t("alerts.responseRule")} <Link to={`/exporter/requests/new?alert=${encodeURIComponent(a.id)}`}>{t("alerts.requestGuidance")}</Link>
            </p>
          ) : null}
          {actions ? (
            <div className="alert-card__actions">
              <MarkButton id={a.id} intent={a.readAt ? "unread" : "read"} label={t(a.readAt ? "alerts.markUnread" : "alerts.markRead")} />
              <MarkButton id={a.id} intent={a.archivedAt ? "unarchive" : "archive"} label={t(a.archivedAt ? "alerts.unarchive" : "alerts.archive")} />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
