// A case's facts and its notices in order; shared by the staff and exporter case pages.
import { Link } from "@remix-run/react";
import { useT } from "~/i18n/use-t.ts";
import { useDateFormat, useLabel } from "./search-labels.tsx";

export interface CasePartyView {
  name: string;
  location: string | null;
  corrected?: boolean;
}

/** Parties as a list: name, location, and a mark when staff corrected them. */
function PartyList({ parties, id }: { parties: CasePartyView[]; id: string }) {
  const t = useT();
  if (parties.length === 0) return <>{t("common.none")}</>;
  return (
    <ul className="plain-list" id={id}>
      {parties.map((p) => (
        <li key={p.name} data-party={p.name}>
          {/* Names and places as the feed wrote them: data, not interface text. */}
          <span translate="no">{p.name}</span>
          {p.location ? (
            <span className="muted">
              {" "}
              — {t("case.location")}: <span translate="no">{p.location}</span>
            </span>
          ) : null}
          {p.corrected ? <span className="badge"> {t("case.corrected")}</span> : null}
        </li>
      ))}
    </ul>
  );
}

export interface CaseView {
  title: string;
  numbers: string[];
  caseType: string;
  jurisdiction: string;
  stage: string | null;
  complainants: CasePartyView[];
  respondents: CasePartyView[];
  products: string[];
  htsCodes: string[];
  timeline: { id: string; title: string; stage: string | null; publishedAt: string }[];
}

export function CaseFacts({ kase, itemsPath, timeZone }: { kase: CaseView; itemsPath: string; timeZone: string }) {
  const t = useT();
  const label = useLabel();
  const date = useDateFormat(timeZone);
  const none = t("common.none");
  return (
    <>
      {/* The case's title is the feed's (often English): data, not interface text. */}
      <h1 translate="no">{kase.title}</h1>
      <section className="card">
        <dl>
          <dt>{t("case.numbers")}</dt>
          <dd translate="no">{kase.numbers.join(" · ") || none}</dd>
          <dt>{t("case.type")}</dt>
          <dd>{label("caseType", kase.caseType)}</dd>
          <dt>{t("case.jurisdiction")}</dt>
          <dd>{label("jurisdiction", kase.jurisdiction)}</dd>
          <dt>{t("case.stage")}</dt>
          <dd>{kase.stage ? label("stage", kase.stage) : none}</dd>
          <dt>{t("case.complainants")}</dt>
          <dd>
            <PartyList parties={kase.complainants} id="case-complainants" />
          </dd>
          <dt>{t("case.respondents")}</dt>
          <dd>
            <PartyList parties={kase.respondents} id="case-respondents" />
          </dd>
          <dt>{t("case.products")}</dt>
          <dd translate="no">{kase.products.join(", ") || none}</dd>
          <dt>{t("case.htsCodes")}</dt>
          <dd>{kase.htsCodes.join(", ") || none}</dd>
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
