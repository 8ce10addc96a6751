// Feed-source health at a glance: the status badge of the list and the health panel of the
// edit page. Props are the loader's serialised rows (dates as ISO strings); no data access.
import { useLocale, useT } from "~/i18n/use-t.ts";
import type { Locale } from "~/i18n/i18n.ts";
import type { MessageKey } from "~/i18n/messages.ts";
import { feedErrorText } from "./feed-error.tsx";
import { dateTimeFormat, INTL_LOCALE } from "~/domain/locale.ts";

export type SourceHealth = "ok" | "failing" | "never" | "disabled";

export const FEED_FORMAT_LABELS: Record<string, string> = { rss2: "RSS 2.0", rss1: "RSS 1.0 (RDF)", atom: "Atom" };

export function formatLabel(format: string | null | undefined) {
  return format ? (FEED_FORMAT_LABELS[format] ?? format) : "—";
}

/** Dates in the reader's language and time zone; the same on server and client (no hydration drift). */
export function dateTimeFormatter(locale: Locale, timeZone: string) {
  const format = dateTimeFormat(INTL_LOCALE[locale], { dateStyle: "short", timeStyle: "medium", timeZone });
  return (iso: string | null | undefined) => (iso ? format.format(new Date(iso)) : "—");
}

export function useDateTime(timeZone: string) {
  return dateTimeFormatter(useLocale(), timeZone);
}

export function HealthBadge({ health }: { health: SourceHealth }) {
  const t = useT();
  return <span className={`source-badge source-badge--${health}`}>{t(`sources.health.${health}` as MessageKey)}</span>;
}

export interface SourceHealthView {
  health: SourceHealth;
  format: string | null;
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  lastHttpStatus: number | null;
  lastError: string | null;
  consecutiveFailures: number;
  nextAttemptAt: string | null;
  itemsTotal: number;
  itemsLastRun: number;
  backfilledAt: string | null;
}

export function SourceHealthPanel({ source, timeZone }: { source: SourceHealthView; timeZone: string }) {
  const t = useT();
  const date = useDateTime(timeZone);
  return (
    <dl className="source-facts">
      <div>
        <dt>{t("sources.col.health")}</dt>
        <dd>
          <HealthBadge health={source.health} />
        </dd>
      </div>
      <div>
        <dt>{t("sources.col.lastAttempt")}</dt>
        <dd>{date(source.lastAttemptAt)}</dd>
      </div>
      <div>
        <dt>{t("sources.col.lastSuccess")}</dt>
        <dd>{date(source.lastSuccessAt)}</dd>
      </div>
      <div>
        <dt>{t("sources.col.lastHttpStatus")}</dt>
        <dd>{source.lastHttpStatus ?? "—"}</dd>
      </div>
      <div>
        <dt>{t("sources.col.failures")}</dt>
        <dd>{source.consecutiveFailures}</dd>
      </div>
      {source.nextAttemptAt ? (
        <div>
          <dt>{t("sources.col.nextAttempt")}</dt>
          <dd>{date(source.nextAttemptAt)}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t("sources.col.items")}</dt>
        <dd>
          {source.itemsTotal} / {source.itemsLastRun}
        </dd>
      </div>
      <div>
        <dt>{t("sources.col.format")}</dt>
        <dd>{formatLabel(source.format)}</dd>
      </div>
      <div>
        <dt>{t("sources.col.backfilled")}</dt>
        <dd>{date(source.backfilledAt)}</dd>
      </div>
      {source.lastError ? (
        <div className="source-facts__wide">
          <dt>{t("sources.col.lastError")}</dt>
          <dd>
            <p>{feedErrorText(t, source.lastError)}</p>
            <details>
              <summary>{t("feedError.detail")}</summary>
              <pre className="source-error">{source.lastError}</pre>
            </details>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
