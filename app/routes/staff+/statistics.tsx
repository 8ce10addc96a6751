import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { StatsFilterForm } from "~/components/stats-filter-form.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import type { MessageKey } from "~/i18n/messages.ts";
import { useT } from "~/i18n/use-t.ts";
import { statisticsPage } from "~/models/statistics-page.server.ts";
import reportStyles from "~/styles/reports.css";
import { requirePermission } from "~/utils/auth.server.ts";
import { getRequestLocale } from "~/utils/i18n.server.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: reportStyles }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requirePermission(request, "read:report:any");
  const locale = await getRequestLocale(request, user);
  return json(await statisticsPage(new URL(request.url).searchParams, locale));
}

export default function Statistics() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  const groups = [
    { id: "guidance", title: t("stats.guidance") },
    { id: "warning", title: t("stats.warning") },
  ] as const;
  return (
    <div className="stats-page">
      <h1>{t("stats.title")}</h1>
      <Form method="get" className="stats-filters noprint">
        <StatsFilterForm values={d.values} options={d.options} />
      </Form>
      <p>
        <strong>{t("stats.periodLabel", { label: d.periodLabel, lastYear: d.lastYearLabel })}</strong>
      </p>
      <p className="muted">{t("stats.clock")}</p>
      <p className="noprint">
        {t("stats.download")}:{" "}
        <a href={`/staff/statistics.csv?${d.query}`} download>
          {t("stats.csv")}
        </a>{" "}
        ·{" "}
        <a href={`/staff/statistics.xlsx?${d.query}`} download>
          {t("stats.xlsx")}
        </a>
      </p>
      {groups.map((g) => (
        <section key={g.id}>
          <h2>{g.title}</h2>
          <table className="stats-table">
            <thead>
              <tr>
                <th>{t("stats.col.indicator")}</th>
                <th>{t("stats.current")}</th>
                <th>{t("stats.lastYear")}</th>
                <th>{t("stats.definition")}</th>
              </tr>
            </thead>
            <tbody>
              {d.rows
                .filter((r) => r.group === g.id)
                .map((r) => (
                  <tr key={r.id} data-indicator={r.id}>
                    <th scope="row">{r.label}</th>
                    <td className="num">
                      <Link to={`/staff/statistics/records?indicator=${r.id}&${d.query}`}>{r.current}</Link>
                    </td>
                    <td className="num">
                      <Link to={`/staff/statistics/records?indicator=${r.id}&${d.lastYearQuery}`}>{r.lastYear}</Link>
                    </td>
                    <td className="muted">{r.definition}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      ))}
      <section>
        <h2>{t("stats.breakdowns")}</h2>
        <div className="stats-grid">
          {d.breakdowns.map((b) => (
            <table key={b.title} className="stats-table">
              <caption>{b.title}</caption>
              <thead>
                <tr>
                  {b.header.map((h) => (
                    <th key={h}>{h}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {b.rows.length === 0 ? (
                  <tr>
                    <td colSpan={b.header.length} className="muted">
                      {t("stats.none")}
                    </td>
                  </tr>
                ) : null}
                {b.rows.map((row, i) => (
                  <tr key={i}>
                    {row.map((cell, j) =>
                      j === 0 ? (
                        <th key={j}>{cell}</th>
                      ) : (
                        <td key={j} className="num">
                          {cell}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </div>
      </section>
      <section>
        <h2>{t("stats.charts")}</h2>
        <div className="chart-grid">
          {d.charts.map((c) => (
            <figure key={c.id} className="chart" data-chart={c.id}>
              <figcaption>{t(`chart.${c.id}` as MessageKey)}</figcaption>
              {/* SVG generated on the server by ECharts, which escapes the data labels it writes. */}
              <div dangerouslySetInnerHTML={{ __html: c.svg }} />
            </figure>
          ))}
        </div>
      </section>
    </div>
  );
}

export const meta = titleMeta("stats.title");
