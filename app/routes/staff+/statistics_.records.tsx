import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { titleMeta } from "~/i18n/meta.ts";
import type { MessageKey } from "~/i18n/messages.ts";
import { useT } from "~/i18n/use-t.ts";
import { INDICATOR_IDS } from "~/reports/indicators.ts";
import { parseStatsQuery, statsQueryString } from "~/reports/period.ts";
import { indicatorRecords } from "~/models/statistics.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";

const IndicatorSchema = z.enum(INDICATOR_IDS as [string, ...string[]]);

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "read:report:any");
  const params = new URL(request.url).searchParams;
  // no or an unknown indicator: the first one (requests received)
  const indicator = IndicatorSchema.catch("received").safeParse(params.get("indicator"));
  if (!indicator.success) throw new Response("Not found", { status: 404 });
  const q = parseStatsQuery(params);
  const page = z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .catch(1)
    .parse(params.get("page") ?? 1);
  const result = await indicatorRecords(await getDb(), q.period, q.filters, indicator.data as (typeof INDICATOR_IDS)[number], page);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const here = (n: number) =>
    `?${new URLSearchParams({ indicator: indicator.data, ...Object.fromEntries(new URLSearchParams(statsQueryString(q))), page: String(n) })}`;
  return json({
    indicator: indicator.data,
    period: q.period.label,
    back: statsQueryString(q),
    total: result.total,
    page,
    pages,
    pageSize: result.pageSize,
    prev: page > 1 ? here(Math.min(page - 1, pages)) : null,
    next: page < pages ? here(page + 1) : null,
    rows: result.rows.map((r) => ({ ...r, at: r.at ? r.at.toISOString().slice(0, 10) : null })),
  });
}

export default function IndicatorRecords() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  const label = t(`stats.ind.${d.indicator}` as MessageKey);
  return (
    <>
      <h1>{t("stats.records", { indicator: `${label} · ${d.period}`, total: d.total })}</h1>
      <p className="muted">{t(`stats.def.${d.indicator}` as MessageKey)}</p>
      <p>
        <Link to={`/staff/statistics?${d.back}`}>{t("stats.records.back")}</Link>
      </p>
      {d.rows.length === 0 ? <p className="muted">{t("stats.records.none")}</p> : null}
      <ol className="stats-records" start={(d.page - 1) * d.pageSize + 1}>
        {d.rows.map((r) => (
          <li key={r.id}>
            {r.at} · <Link to={r.href}>{r.label}</Link>
          </li>
        ))}
      </ol>
      {d.pages > 1 ? (
        <nav className="pager" aria-label={t("stats.records.pages")}>
          {d.prev ? <Link to={d.prev}>{t("stats.records.prev")}</Link> : null} <span>{t("stats.records.page", { page: d.page, pages: d.pages })}</span>{" "}
          {d.next ? <Link to={d.next}>{t("stats.records.next")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}

export const meta = titleMeta("stats.title");
