// A case's facts and its notices in order; shared by the staff and exporter case pages.
import { Link } from "@remix-run/react";
import { useT } from "~/i18n/use-t.ts";
import { useDateFormat, useLabel } from "./search-labels.tsx";

export interface CaseView {
  title: string;
  numbers: string[];
  caseType: string;
  jurisdiction: string;
  stage: string | null;
  complainants: string[];
  respondents: string[];
  products: string[];
  timeline: { id: string; title: string; stage: string | null; publishedAt: string }[];
}

export function CaseFacts({ kase, itemsPath, timeZone }: { kase: CaseView; itemsPath: string; timeZone: string }) {
  const t = useT();
  const label = useLabel();
  const date = useDateFormat(timeZone);
  const none = t("common.none");
  return (
    <>
      <h1>{kase.title}</h1>
      <section className="card">
        <dl>
          <dt>{t("case.numbers")}</dt>
          <dd>{kase.numbers.join(" · ") || none}</dd>
          <dt>{t("case.type")}</dt>
          <dd>{label("caseType", kase.caseType)}</dd>
          <dt>{t("case.jurisdiction")}</dt>
          <dd>{label("jurisdiction", kase.jurisdiction)}</dd>
          <dt>{t("case.stage")}</dt>
          <dd>{kase.stage ? label("stage", kase.stage) : none}</dd>
          <dt>{t("case.complainants")}</dt>
          <dd>{kase.complainants.join("; ") || none}</dd>
          <dt>{t("case.respondents")}</dt>
          <dd>{kase.respondents.join("; ") || none}</dd>
          <dt>{t("case.products")}</dt>
          <dd>{kase.products.join(", ") || none}</dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="timeline-h">
        <h2 id="timeline-h">{t("case.timeline")}</h2>
        <ol className="timeline">
          {kase.timeline.map((entry) => (
            <li key={entry.id}>
              <time dateTime={entry.publishedAt}>{date(entry.publishedAt)}</time>{" "}
              {entry.stage ? <span className="badge">{label("stage", entry.stage)}</span> : null} <Link to={`${itemsPath}/${entry.id}`}>{entry.title}</Link>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
