// The detail page of a risk item (预警信息详情), shared by every audience. Everything here
// came from a feed and is untrusted: it is rendered as text, and the original is linked
// (never inlined) only when its URL is http(s).
import { Link, useLocation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useT } from "~/i18n/use-t.ts";
import type { RiskItemView } from "~/domain/risk-item-views.ts";
import { useDateFormat, useLabel, useLanguageName, type LabelKind } from "./search-labels.tsx";

const PARTIES_SHOWN = 3;

/**
 * The case in the reader's language, at the top of a foreign-language notice: what kind of
 * case, its numbers and stage, who against whom, which products and tariff codes, when. A
 * Chinese reader learns what the notice is about without reading the English text.
 */
function CaseCard({ item, timeZone }: { item: RiskItemView; timeZone: string }) {
  const t = useT();
  const label = useLabel();
  const date = useDateFormat(timeZone);
  const foreign = item.language !== null && !item.language.toLowerCase().startsWith("zh");
  const numbers = [...new Set([item.caseNumber, ...(item.case?.numbers ?? [])].filter((n): n is string => Boolean(n)))];
  const hasCase = (item.caseType && item.caseType !== "other") || numbers.length > 0 || item.respondents.length > 0;
  if (!foreign || !hasCase) return null;
  const names = (list: string[]) =>
    list.length > PARTIES_SHOWN ? `${list.slice(0, PARTIES_SHOWN).join("; ")} ${t("caseCard.moreParties", { count: list.length })}` : list.join("; ");
  const respondents = item.respondents.map((r) => r.name);
  const stage = item.case?.stage ?? item.stage;
  return (
    <section className="card case-card" aria-labelledby="case-card-title">
      <h2 id="case-card-title">{t("caseCard.title")}</h2>
      <dl className="case-card__facts">
        {item.caseType && item.caseType !== "other" ? <Fact label={t("riskItem.caseType")}>{label("caseType", item.caseType)}</Fact> : null}
        {numbers.length ? <Fact label={t("caseCard.numbers")}>{numbers.join(" · ")}</Fact> : null}
        {stage && stage !== "other" ? <Fact label={t("riskItem.stage")}>{label("stage", stage)}</Fact> : null}
        {item.complainants.length || respondents.length ? (
          <Fact label={t("caseCard.parties")}>
            {item.complainants.length && respondents.length
              ? t("caseCard.against", { complainants: names(item.complainants), respondents: names(respondents) })
              : names(item.complainants.length ? item.complainants : respondents)}
          </Fact>
        ) : null}
        {item.industries.length ? <Fact label={t("riskItem.industries")}>{item.industries.map((i) => label("industries", i)).join("、")}</Fact> : null}
        {item.products.length ? <Fact label={t("riskItem.products")}>{item.products.join(", ")}</Fact> : null}
        {item.patents.length ? <Fact label={t("riskItem.patents")}>{item.patents.join(", ")}</Fact> : null}
        {item.htsCodes.length ? <Fact label={t("riskItem.htsCodes")}>{item.htsCodes.join(", ")}</Fact> : null}
        <Fact label={t("riskItem.published")}>{date(item.publishedAt)}</Fact>
      </dl>
      <p className="muted">{t("caseCard.note")}</p>
    </section>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Tags({ values, kind }: { values: string[]; kind?: LabelKind }) {
  const label = useLabel();
  return (
    <ul className="tags">
      {values.map((v) => (
        <li key={v}>{kind ? label(kind, v) : v}</li>
      ))}
    </ul>
  );
}

export function RiskItemDetail({ item, timeZone, itemsPath, searchPath }: { item: RiskItemView; timeZone: string; itemsPath: string; searchPath: string }) {
  const t = useT();
  const label = useLabel();
  const dateTime = useDateFormat(timeZone, "dateTime");
  const date = useDateFormat(timeZone);
  const languageName = useLanguageName();
  // The search this item was opened from travels in the item's query string (search-page.tsx).
  const { search } = useLocation();
  return (
    <article className="risk-item">
      <p>
        <Link to={`${searchPath}${search}`}>← {t("riskItem.back")}</Link>
      </p>
      <h1 className="risk-item__title">{item.title}</h1>
      <ul className="search-hit__badges">
        <li>
          <time dateTime={item.publishedAt}>{dateTime(item.publishedAt)}</time>
        </li>
        {item.jurisdiction ? <li className="badge badge--jurisdiction">{label("jurisdiction", item.jurisdiction)}</li> : null}
        {item.caseType && item.caseType !== "other" ? <li className="badge badge--case-type">{label("caseType", item.caseType)}</li> : null}
        {item.caseNumber ? <li className="badge badge--case-number">{item.caseNumber}</li> : null}
        {item.stage && item.stage !== "other" ? <li className="badge badge--stage">{label("stage", item.stage)}</li> : null}
      </ul>

      <CaseCard item={item} timeZone={timeZone} />

      <section className="card risk-item__original">
        {item.href ? (
          <>
            <a href={item.href} rel="noopener noreferrer nofollow" target="_blank" className="button">
              {t("riskItem.original")} ↗
            </a>
            <p className="muted">{t("riskItem.originalNote")}</p>
          </>
        ) : (
          <p className="muted">{t("riskItem.noOriginal")}</p>
        )}
      </section>

      <section className="card">
        <h2>{t("riskItem.facts")}</h2>
        <dl className="facts">
          <Fact label={t("riskItem.source")}>{item.sourceName}</Fact>
          <Fact label={t("riskItem.kind")}>{label("kind", item.kind)}</Fact>
          <Fact label={t("riskItem.published")}>{dateTime(item.publishedAt)}</Fact>
          {item.feedUpdatedAt && item.feedUpdatedAt !== item.publishedAt ? <Fact label={t("riskItem.updated")}>{dateTime(item.feedUpdatedAt)}</Fact> : null}
          <Fact label={t("riskItem.fetched")}>{dateTime(item.fetchedAt)}</Fact>
          {item.jurisdiction ? <Fact label={t("riskItem.jurisdiction")}>{label("jurisdiction", item.jurisdiction)}</Fact> : null}
          {item.language ? <Fact label={t("riskItem.language")}>{languageName(item.language)}</Fact> : null}
          {item.ipTypes.length ? (
            <Fact label={t("riskItem.ipTypes")}>
              <Tags values={item.ipTypes} kind="ipTypes" />
            </Fact>
          ) : null}
          {item.caseType ? <Fact label={t("riskItem.caseType")}>{label("caseType", item.caseType)}</Fact> : null}
          {item.caseNumber ? <Fact label={t("riskItem.caseNumber")}>{item.caseNumber}</Fact> : null}
          {item.stage ? <Fact label={t("riskItem.stage")}>{label("stage", item.stage)}</Fact> : null}
          {item.complainants.length ? (
            <Fact label={t("riskItem.complainants")}>
              <ul className="plain-list">
                {item.complainants.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </Fact>
          ) : null}
          {item.respondents.length ? (
            <Fact label={t("riskItem.respondents")}>
              <ul className="plain-list">
                {item.respondents.map((r, i) => (
                  <li key={`${r.name}-${i}`}>
                    {r.name}
                    {r.location ? (
                      <span className="muted">
                        {" "}
                        — {t("riskItem.location")}: {r.location}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </Fact>
          ) : null}
          {item.patents.length ? (
            <Fact label={t("riskItem.patents")}>
              <Tags values={item.patents} />
            </Fact>
          ) : null}
          {item.marks.length ? (
            <Fact label={t("riskItem.marks")}>
              <Tags values={item.marks} />
            </Fact>
          ) : null}
          {item.products.length ? (
            <Fact label={t("riskItem.products")}>
              <Tags values={item.products} />
            </Fact>
          ) : null}
          {item.htsCodes.length ? (
            <Fact label={t("riskItem.htsCodes")}>
              <Tags values={item.htsCodes} />
            </Fact>
          ) : null}
          {item.industries.length ? (
            <Fact label={t("riskItem.industries")}>
              <Tags values={item.industries} kind="industries" />
            </Fact>
          ) : null}
        </dl>
      </section>

      <section className="card">
        <h2>{t("riskItem.summary")}</h2>
        <div className="risk-item__summary">
          {/* One paragraph per line of the summary (normalise.server.ts keeps them); as text, never HTML. */}
          {item.summary
            .split(/\n+/)
            .filter((paragraph) => paragraph.trim())
            .map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
        </div>
      </section>

      {item.case ? (
        <section className="card">
          <h2>{t("riskItem.timeline")}</h2>
          <p className="muted">
            {t("riskItem.timelineCase", { title: item.case.title })}
            {item.case.numbers.length ? ` (${item.case.numbers.join(" / ")})` : null}
          </p>
          <ol className="timeline">
            {item.case.timeline.map((entry) => (
              <li key={entry.id} className={entry.current ? "timeline__current" : undefined}>
                <time dateTime={entry.publishedAt}>{date(entry.publishedAt)}</time>
                {entry.stage && entry.stage !== "other" ? <span className="badge badge--stage">{label("stage", entry.stage)}</span> : null}
                {entry.current ? (
                  <span aria-current="page">
                    {entry.title} <span className="muted">({t("riskItem.current")})</span>
                  </span>
                ) : (
                  <Link to={`${itemsPath}/${encodeURIComponent(entry.id)}${search}`}>{entry.title}</Link>
                )}
              </li>
            ))}
          </ol>
          {item.case.timeline.length < 2 ? <p className="muted">{t("riskItem.timelineEmpty")}</p> : null}
        </section>
      ) : null}
    </article>
  );
}
