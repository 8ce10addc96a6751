import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { formatLabel, HealthBadge, useDateTime } from "~/components/source-health.tsx";
import { FeedError } from "~/components/feed-error.tsx";
import { truncate } from "~/domain/truncate.ts";
import type { MessageKey } from "~/i18n/messages.ts";
import { useT } from "~/i18n/use-t.ts";
import { listSources, presentSourceSummary, type SourceSort } from "~/models/source.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { titleMeta } from "~/i18n/meta.ts";

const SORTS = ["failures", "name", "lastSuccess", "items"] as const satisfies readonly SourceSort[];

const SourceListQuerySchema = z.object({ sort: z.enum(SORTS).catch("failures") });

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requirePermission(request, "manage:source:any");
  const { sort } = SourceListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const sources = await listSources(await getDb(), sort);
  return json({
    sort,
    timeZone: user.timeZone,
    sources: sources.map(presentSourceSummary),
  });
}

export default function SourcesList() {
  const { sources, sort, timeZone } = useLoaderData<typeof loader>();
  const t = useT();
  const date = useDateTime(timeZone);
  const sortHeader = (key: (typeof SORTS)[number], label: string) => (
    <th aria-sort={sort === key ? (key === "name" ? "ascending" : "descending") : undefined}>
      {sort === key ? <strong>{label}</strong> : <Link to={`?sort=${key}`}>{label}</Link>}
    </th>
  );
  return (
    <>
      <h1>{t("sources.title")}</h1>
      <div className="toolbar">
        <Link to="/staff/sources/new" className="button">
          {t("sources.new")}
        </Link>
        {/* A document request, not a client navigation: the response is a download. */}
        <a href="/staff/sources/opml" className="button button--secondary" download>
          {t("sources.exportOpml")}
        </a>
        <Link to="/staff/sources/import" className="button button--secondary">
          {t("sources.importOpml")}
        </Link>
      </div>
      <nav className="source-sort" aria-label={t("sources.sortBy")}>
        {t("sources.sortBy")}{" "}
        {SORTS.map((key, i) => (
          <span key={key}>
            {i > 0 ? " · " : null}
            {sort === key ? (
              <strong aria-current="true">{t(`sources.sort.${key}` as MessageKey)}</strong>
            ) : (
              <Link to={`?sort=${key}`}>{t(`sources.sort.${key}` as MessageKey)}</Link>
            )}
          </span>
        ))}
      </nav>
      {sources.length === 0 ? (
        <p className="muted">{t("sources.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="sources-table">
            <caption className="muted">{t("sources.count", { count: sources.length })}</caption>
            {/* Nine columns that fit a 1366 px screen: related facts share a cell. */}
            <thead>
              <tr>
                <th>{t("sources.col.health")}</th>
                {sortHeader("name", t("sources.col.name"))}
                {sortHeader("failures", t("sources.col.failures"))}
                {sortHeader("lastSuccess", t("sources.col.lastSuccess"))}
                <th>{t("sources.col.lastError")}</th>
                {sortHeader("items", t("sources.col.items"))}
                <th>
                  {t("sources.col.kind")} · {t("sources.col.jurisdiction")}
                </th>
                <th>{t("sources.col.schedule")}</th>
                <th>
                  {t("sources.col.enabled")} · {t("sources.col.alertable")}
                </th>
              </tr>
            </thead>
            <tbody>
              {sources.map((s) => (
                <tr key={s.id} data-source-id={s.id}>
                  <td>
                    <HealthBadge health={s.health} />
                  </td>
                  <td className="source-name-cell">
                    <Link to={`/staff/sources/${s.id}`}>{s.name}</Link>
                    <div className="muted source-url" title={s.url}>
                      {truncate(s.url, 60)}
                    </div>
                  </td>
                  <td className="num">{s.consecutiveFailures}</td>
                  <td>
                    {date(s.lastSuccessAt)}
                    <div className="muted">
                      {formatLabel(s.format)} · HTTP {s.lastHttpStatus ?? "—"}
                    </div>
                  </td>
                  <td className="source-error-cell">{s.lastError ? <FeedError raw={s.lastError} /> : "—"}</td>
                  <td className="num">
                    {s.itemsTotal} / {s.itemsLastRun}
                  </td>
                  <td>
                    {t(`sources.kind.${s.kind}` as MessageKey)} · {s.jurisdiction}
                  </td>
                  <td>
                    <code>{s.schedule}</code>
                  </td>
                  <td>
                    {s.enabled ? t("common.yes") : t("common.no")} · {s.alertable ? t("common.yes") : t("common.no")}
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

export const meta = titleMeta("sources.title");
