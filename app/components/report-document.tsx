// A generated report as a document: the page, the print version and the PDF render this.
// Charts are SVG generated on the server by ECharts (which escapes the data labels).
import { translator, type Locale } from "~/i18n/i18n.ts";
import type { ReportView } from "~/reports/report-view.ts";

function Para({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n{2,}|\r\n\r\n/)
        .filter((p) => p.trim())
        .map((p, i) => (
          <p key={i} className="prewrap">
            {p}
          </p>
        ))}
    </>
  );
}

/** Rendered with the document's own language (reports are Chinese official documents). */
export function ReportDocument({ report, locale = "zh" }: { report: ReportView; locale?: Locale }) {
  const t = translator(locale);
  const c = report.content;
  const s = report.sections;
  return (
    <article className="report-doc" data-report={report.id}>
      <header className="report-head">
        <p>{t("report.issuer")}</p>
        <h1>{report.title}</h1>
        <p>{report.number ? t("report.number", { number: report.number }) : t("report.unnumbered")}</p>
        <p>{t("report.periodLine", { label: c.periodLabel })}</p>
      </header>
      <div className="report-body">
        <h2>一、{t("report.section.summary")}</h2>
        <Para text={s.summary} />
        <h2>二、{t("report.figures")}</h2>
        <table className="stats-table">
          <thead>
            <tr>
              <th>{t("stats.col.indicator")}</th>
              <th>{t("stats.current")}</th>
              <th>{t("stats.lastYear")}</th>
            </tr>
          </thead>
          <tbody>
            {c.figures.map((f) => (
              <tr key={f.id}>
                <th scope="row">{f.label}</th>
                <td className="num">{f.current}</td>
                <td className="num">{f.lastYear}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>三、{t("report.charts")}</h2>
        {c.charts.map((ch) => (
          <figure key={ch.id} className="chart">
            <figcaption>{ch.title}</figcaption>
            <div dangerouslySetInnerHTML={{ __html: ch.svg }} />
          </figure>
        ))}
        <h2>四、{t("report.cases")}</h2>
        {c.cases.length === 0 ? <p>{t("report.none")}</p> : null}
        {c.cases.length ? (
          <table className="stats-table">
            <thead>
              <tr>
                <th>{t("report.col.case")}</th>
                <th>{t("report.col.parties")}</th>
                <th>{t("report.col.products")}</th>
                <th>{t("report.col.stage")}</th>
                <th>{t("report.col.deadline")}</th>
              </tr>
            </thead>
            <tbody>
              {c.cases.map((k) => (
                <tr key={k.id}>
                  <td>
                    {k.number} {k.title}（{k.jurisdiction}）
                  </td>
                  <td>
                    {k.complainants.join("、")} / {k.respondents.slice(0, 8).join("、")}
                    {k.respondents.length > 8 ? "……" : ""}
                  </td>
                  <td>{k.products.join("、")}</td>
                  <td>{k.stage}</td>
                  <td>{k.deadline ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <h2>五、{t("report.laws")}</h2>
        {c.laws.length === 0 ? <p>{t("report.none")}</p> : null}
        <ul>
          {c.laws.map((l) => (
            <li key={l.id}>
              {l.date} {l.jurisdiction}：{l.title}
            </li>
          ))}
        </ul>
        <h2>六、{t("report.companies")}</h2>
        {report.isPublic ? (
          <p>{t("report.companies.public", { count: c.companyTimes })}</p>
        ) : c.companies.length === 0 ? (
          <p>{t("report.none")}</p>
        ) : (
          <ul>
            {c.companies.map((co, i) => (
              <li key={i}>
                {co.date} {co.name}：{co.caseTitle}
              </li>
            ))}
          </ul>
        )}
        {report.kind !== "risk-warning" || c.typicalCases.length ? (
          <>
            <h2>七、{t("report.typicalCases")}</h2>
            {c.typicalCases.length === 0 ? <p>{t("report.none")}</p> : null}
            {c.typicalCases.map((tc) => (
              <section key={tc.id}>
                <h3>{tc.title}</h3>
                <Para text={tc.summary} />
                <Para text={tc.outcome} />
                <Para text={tc.lessons} />
              </section>
            ))}
          </>
        ) : null}
        <h2>{t("report.section.commentary")}</h2>
        <Para text={s.commentary || t("report.none")} />
        <h2>{t("report.section.recommendations")}</h2>
        <Para text={s.recommendations || t("report.none")} />
        {!report.isPublic && s.internal ? (
          <>
            <h2>{t("report.section.internal")}</h2>
            <Para text={s.internal} />
          </>
        ) : null}
      </div>
    </article>
  );
}
