// A generated report as a document: the page, the print version and the PDF render this.
// Charts are SVG generated on the server by ECharts (which escapes the data labels).
import { translator } from "~/i18n/i18n.ts";
import type { ReportView } from "~/reports/report-view.ts";
import { reportWords } from "~/reports/report-words.ts";

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

/** Rendered in the report's own language (chosen at creation), whatever the reader's interface language. */
export function ReportDocument({ report }: { report: ReportView }) {
  const t = translator(report.language);
  const w = reportWords(report.language);
  const c = report.content;
  const s = report.sections;
  return (
    <article className="report-doc" data-report={report.id} lang={w.htmlLang}>
      <header className="report-head">
        <p>{t("report.issuer")}</p>
        <h1>{report.title}</h1>
        <p>{report.number ? t("report.number", { number: report.number }) : t("report.unnumbered")}</p>
        <p>{t("report.periodLine", { label: c.periodLabel })}</p>
      </header>
      <div className="report-body">
        <h2>{w.heading(1, t("report.section.summary"))}</h2>
        <Para text={s.summary} />
        <h2>{w.heading(2, t("report.figures"))}</h2>
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
        <h2>{w.heading(3, t("report.charts"))}</h2>
        {c.charts.map((ch) => (
          <figure key={ch.id} className="chart">
            <figcaption>{ch.title}</figcaption>
            <div dangerouslySetInnerHTML={{ __html: ch.svg }} />
          </figure>
        ))}
        <h2>{w.heading(4, t("report.cases"))}</h2>
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
                    {k.number} {k.title}
                    {w.bracket(k.jurisdiction)}
                  </td>
                  <td>
                    {k.complainants.join(w.list)} / {k.respondents.slice(0, 8).join(w.list)}
                    {k.respondents.length > 8 ? w.more : ""}
                  </td>
                  <td>{k.products.join(w.list)}</td>
                  <td>{k.stage}</td>
                  <td>{k.deadline ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <h2>{w.heading(5, t("report.laws"))}</h2>
        {c.laws.length === 0 ? <p>{t("report.none")}</p> : null}
        <ul>
          {c.laws.map((l) => (
            <li key={l.id}>
              {l.date} {l.jurisdiction}
              {w.colon}
              {l.title}
            </li>
          ))}
        </ul>
        <h2>{w.heading(6, t("report.companies"))}</h2>
        {report.isPublic ? (
          <p>{t("report.companies.public", { count: c.companyTimes })}</p>
        ) : c.companies.length === 0 ? (
          <p>{t("report.none")}</p>
        ) : (
          <ul>
            {c.companies.map((co, i) => (
              <li key={i}>
                {co.date} {co.name}
                {w.colon}
                {co.caseTitle}
              </li>
            ))}
          </ul>
        )}
        {report.kind !== "risk-warning" || c.typicalCases.length ? (
          <>
            <h2>{w.heading(7, t("report.typicalCases"))}</h2>
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
