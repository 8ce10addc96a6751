// The per-source run log and the summary of a "run now". Props are serialised loader/action
// data; no data access.
import { useT } from "~/i18n/use-t.ts";
import { useMessage } from "./forms.tsx";
import type { MessageKey } from "~/i18n/messages.ts";
import { useDateTime } from "./source-health.tsx";
import { FeedError, skipReasonText } from "./feed-error.tsx";

export interface SkippedReason {
  reason: string;
  count: number;
}

export interface IngestSummaryData {
  status: string;
  backfill: boolean;
  fetched: number;
  created: number;
  duplicates: number;
  crossSourceDuplicates: number;
  skipped: number;
  skippedReasons: SkippedReason[];
  error: string | null;
  httpStatus: number | null;
  usedFallback: boolean;
  timings: { fetchMs: number; parseMs: number; storeMs: number; totalMs: number };
}

export interface SourceRunRow {
  id: string;
  startedAt: string;
  finishedAt: string | null;
  status: string;
  httpStatus: number | null;
  backfill: boolean;
  fetched: number;
  created: number;
  duplicates: number;
  skipped: number;
  skippedReasons: SkippedReason[];
  error: string | null;
  fetchMs: number | null;
  parseMs: number | null;
  storeMs: number | null;
  durationMs: number | null;
  usedFallback: boolean;
}

function useStatusLabel() {
  const t = useT();
  const known = new Set(["ok", "not-modified", "failed", "backing-off", "disabled", "running"]);
  return (status: string) => (known.has(status) ? t(`sources.runStatus.${status}` as MessageKey) : status);
}

function Reasons({ reasons }: { reasons: SkippedReason[] }) {
  const t = useT();
  if (reasons.length === 0) return null;
  return (
    <ul className="source-skipped">
      {reasons.map((r) => (
        <li key={r.reason} title={r.reason}>
          {skipReasonText(t, r.reason)} × {r.count}
        </li>
      ))}
    </ul>
  );
}

export function IngestSummaryView({ summary }: { summary: IngestSummaryData }) {
  const message = useMessage();
  const t = useT();
  const statusLabel = useStatusLabel();
  return (
    <section className="card" aria-labelledby="run-title" role="status">
      <h2 id="run-title">{t("sources.run.title")}</h2>
      <dl className="source-facts">
        <div>
          <dt>{t("sources.run.status")}</dt>
          <dd>
            <span className={`source-badge source-badge--${summary.status === "ok" || summary.status === "not-modified" ? "ok" : "failing"}`}>
              {statusLabel(summary.status)}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t("sources.col.lastHttpStatus")}</dt>
          <dd>{summary.httpStatus ?? "—"}</dd>
        </div>
        <div>
          <dt>{t("sources.run.fetched")}</dt>
          <dd>{summary.fetched}</dd>
        </div>
        <div>
          <dt>{t("sources.run.created")}</dt>
          <dd>{summary.created}</dd>
        </div>
        <div>
          <dt>{t("sources.run.duplicates")}</dt>
          <dd>{summary.duplicates}</dd>
        </div>
        <div>
          <dt>{t("sources.run.crossDuplicates")}</dt>
          <dd>{summary.crossSourceDuplicates}</dd>
        </div>
        <div>
          <dt>{t("sources.run.skipped")}</dt>
          <dd>
            {summary.skipped}
            <Reasons reasons={summary.skippedReasons} />
          </dd>
        </div>
        <div className="source-facts__wide">
          <dt>{t("sources.run.timings")}</dt>
          <dd>
            {t("sources.run.timingsValue", {
              fetch: summary.timings.fetchMs,
              parse: summary.timings.parseMs,
              store: summary.timings.storeMs,
              total: summary.timings.totalMs,
            })}
          </dd>
        </div>
        {summary.backfill || summary.usedFallback ? (
          <div className="source-facts__wide">
            <dt>{t("sources.runs.notes")}</dt>
            <dd>
              {[summary.backfill ? t("sources.run.backfill") : null, summary.usedFallback ? t("sources.run.usedFallback") : null].filter(Boolean).join("；")}
            </dd>
          </div>
        ) : null}
        {summary.error ? (
          <div className="source-facts__wide">
            <dt>{t("sources.run.error")}</dt>
            <dd>
              {/* A catalogue key reads as its sentence; a fetcher's English error as its kind. */}
              <p>{message(summary.error) !== summary.error ? message(summary.error) : <FeedError raw={summary.error} />}</p>
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}

export function SourceRunLog({ runs, timeZone }: { runs: SourceRunRow[]; timeZone: string }) {
  const t = useT();
  const date = useDateTime(timeZone);
  const statusLabel = useStatusLabel();
  if (runs.length === 0) return <p className="muted">{t("sources.runs.empty")}</p>;
  return (
    <div className="table-scroll">
      <table className="source-runs">
        <thead>
          <tr>
            <th>{t("sources.runs.started")}</th>
            <th>{t("sources.run.status")}</th>
            <th>{t("sources.col.lastHttpStatus")}</th>
            <th>{t("sources.run.fetched")}</th>
            <th>{t("sources.run.created")}</th>
            <th>{t("sources.run.duplicates")}</th>
            <th>{t("sources.run.skipped")}</th>
            <th>{t("sources.run.error")}</th>
            <th>{t("sources.run.timings")}</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => (
            <tr key={r.id}>
              <td>
                {date(r.startedAt)}
                {r.backfill ? <div className="muted">{t("sources.run.backfill")}</div> : null}
                {r.usedFallback ? <div className="muted">{t("sources.run.usedFallback")}</div> : null}
              </td>
              <td>{statusLabel(r.status)}</td>
              <td>{r.httpStatus ?? "—"}</td>
              <td>{r.fetched}</td>
              <td>{r.created}</td>
              <td>{r.duplicates}</td>
              <td>
                {r.skipped}
                <Reasons reasons={r.skippedReasons} />
              </td>
              <td className="source-error-cell">{r.error ? <FeedError raw={r.error} /> : "—"}</td>
              <td>
                {r.durationMs === null
                  ? "—"
                  : t("sources.run.timingsValue", { fetch: r.fetchMs ?? 0, parse: r.parseMs ?? 0, store: r.storeMs ?? 0, total: r.durationMs })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
