// The search page every audience shares (检索): a GET form (query, facets with counts, date
// range, sort) that works without JavaScript, the highlighted results and pagination.
// With JavaScript, ticking a facet or changing a select submits at once.
import { Form, Link, useNavigation, useSubmit } from "@remix-run/react";
import type { FormEvent } from "react";
import { useLocale, useT } from "~/i18n/use-t.ts";
import { severityLabel } from "~/delivery/render-alert.ts";
import type { MessageKey } from "~/i18n/messages.ts";
import type { Facet, SearchQuery, SearchView } from "~/domain/risk-item-views.ts";
import { Highlighted } from "./search-highlight.tsx";
import { useDateFormat, useLabel } from "./search-labels.tsx";

/** The facets in display order (search.server.ts owns the list; this only orders it). */
export const FACET_ORDER = ["jurisdiction", "caseType", "ipTypes", "industries", "stage", "kind"] as const satisfies readonly Facet[];
// Fails to compile when search.server.ts gains a facet this page does not show.
const allFacetsShown: Exclude<Facet, (typeof FACET_ORDER)[number]> extends never ? true : false = true;
void allFacetsShown;

const RANGES = ["", "7d", "30d", "90d", "365d"] as const;
const PAGE_LINKS_EACH_SIDE = 2;

/** The same search without its filters: the keyword and the sort order stay. */
export function filtersClearedHref(query: SearchQuery): string {
  return searchHref(query, { jurisdiction: [], ipTypes: [], caseType: [], industries: [], stage: [], kind: [], range: "", page: 1 });
}

/** The query string of a search, with some parts replaced (e.g. another page). */
export function searchHref(query: SearchQuery, overrides: Partial<SearchQuery> = {}): string {
  const q = { ...query, ...overrides };
  const params = new URLSearchParams();
  if (q.q) params.set("q", q.q);
  for (const facet of FACET_ORDER) for (const value of q[facet]) params.append(facet, value);
  if (q.range) params.set("range", q.range);
  if (q.sort !== "relevance") params.set("sort", q.sort);
  if (q.page > 1) params.set("page", String(q.page));
  const text = params.toString();
  return text ? `?${text}` : "?";
}

function pageNumbers(page: number, pages: number): number[] {
  const numbers = new Set<number>([1, pages]);
  for (let p = page - PAGE_LINKS_EACH_SIDE; p <= page + PAGE_LINKS_EACH_SIDE; p++) if (p >= 1 && p <= pages) numbers.add(p);
  return [...numbers].sort((a, b) => a - b);
}

/** `concerns` (exporter search): item id → severity of the company's alert on it. */
export function SearchPage({ data, itemsPath, concerns }: { data: SearchView & { timeZone: string }; itemsPath: string; concerns?: Record<string, string> }) {
  const t = useT();
  const locale = useLocale();
  const label = useLabel();
  const date = useDateFormat(data.timeZone);
  const submit = useSubmit();
  const navigation = useNavigation();
  const { query } = data;
  // The item page's "back to search" link returns to this very search (query, filters, page).
  const backSearch = searchHref(query) === "?" ? "" : searchHref(query);
  const busy = navigation.state !== "idle";

  // Progressive enhancement: without JavaScript the buttons submit the same GET form.
  function onChange(event: FormEvent<HTMLFormElement>) {
    const target = event.target as HTMLElement;
    if (target instanceof HTMLInputElement && target.type === "checkbox") submit(event.currentTarget);
    else if (target instanceof HTMLSelectElement) submit(event.currentTarget);
  }

  return (
    <>
      <h1>{t("search.title")}</h1>
      {/* Remounting on a new query resets the uncontrolled inputs to what the URL says. */}
      <Form method="get" className="search" onChange={onChange} key={searchHref(query)}>
        <div className="search__bar" role="search">
          <label htmlFor="search-q" className="search__label">
            {t("search.query")}
          </label>
          <div className="search__bar-row">
            <input id="search-q" type="search" name="q" defaultValue={query.q} maxLength={200} aria-describedby="search-q-hint" autoComplete="off" />
            <button type="submit">{t("search.submit")}</button>
          </div>
          <p className="field__hint" id="search-q-hint">
            {t("search.queryHint")}
          </p>
        </div>
        <div className="search__layout">
          <aside className="search__filters" aria-labelledby="search-filters-title">
            <h2 id="search-filters-title">{t("search.filters")}</h2>
            <div className="field">
              <label htmlFor="search-range">{t("search.range")}</label>
              <select id="search-range" name="range" defaultValue={query.range}>
                {RANGES.map((range) => (
                  <option key={range} value={range}>
                    {t(range ? (`search.range.${range}` as MessageKey) : "search.range.any")}
                  </option>
                ))}
              </select>
            </div>
            {/* A facet with no values among the hits has nothing to offer: it is left out. */}
            {[...data.facets]
              .sort((a, b) => FACET_ORDER.indexOf(a.facet) - FACET_ORDER.indexOf(b.facet))
              .filter(({ values }) => values.length > 0)
              .map(({ facet, values }) => (
                <fieldset key={facet} className="search__facet">
                  <legend>{t(`search.facet.${facet}` as MessageKey)}</legend>
                  <ul>
                    {values.map(({ value, count, selected }, i) => (
                      <li key={value}>
                        <input type="checkbox" id={`facet-${facet}-${i}`} name={facet} value={value} defaultChecked={selected} />
                        <label htmlFor={`facet-${facet}-${i}`}>
                          {label(facet, value)} <span className="search__count">({count})</span>
                        </label>
                      </li>
                    ))}
                  </ul>
                </fieldset>
              ))}
            <div className="search__filter-actions">
              <button type="submit">{t("search.apply")}</button>
              <Link to={filtersClearedHref(query)}>{t("search.reset")}</Link>
            </div>
          </aside>
          <section className="search__results" aria-labelledby="search-results-title" aria-busy={busy}>
            <div className="search__meta">
              <h2 id="search-results-title">
                {t("search.results")}
                {data.unavailable ? null : <span className="search__total"> · {t("search.summary", { total: data.total })}</span>}
                {data.unavailable ? null : <span className="muted search__timing"> · {t("search.timing", { ms: data.processingTimeMs })}</span>}
              </h2>
              <div className="field search__sort">
                <label htmlFor="search-sort">{t("search.sort")}</label>
                <select id="search-sort" name="sort" defaultValue={query.sort}>
                  <option value="relevance">{t("search.sort.relevance")}</option>
                  <option value="date">{t("search.sort.date")}</option>
                </select>
              </div>
            </div>
            {data.unavailable ? (
              <p className="search__unavailable" role="alert">
                {t("search.unavailable")}
              </p>
            ) : data.hits.length === 0 ? (
              <p className="muted">{t("search.empty")}</p>
            ) : (
              <ul className="search__hits">
                {data.hits.map((hit) => (
                  <li key={hit.id} className="search-hit">
                    <h3 className="search-hit__title">
                      <Link to={`${itemsPath}/${encodeURIComponent(hit.id)}${backSearch}`}>
                        <Highlighted text={hit.title} />
                      </Link>
                    </h3>
                    <ul className="search-hit__badges">
                      {concerns?.[hit.id] ? (
                        <li className="badge badge--concerns" data-concerns={concerns[hit.id]}>
                          {t("alerts.concernsUs")} · {severityLabel(locale, concerns[hit.id])}
                        </li>
                      ) : null}
                      <li>
                        <time dateTime={hit.publishedAt}>{date(hit.publishedAt)}</time>
                      </li>
                      {hit.jurisdiction ? <li className="badge badge--jurisdiction">{label("jurisdiction", hit.jurisdiction)}</li> : null}
                      {hit.caseType && hit.caseType !== "other" ? <li className="badge badge--case-type">{label("caseType", hit.caseType)}</li> : null}
                      {hit.caseNumber ? <li className="badge badge--case-number">{hit.caseNumber}</li> : null}
                      {hit.stage && hit.stage !== "other" ? <li className="badge badge--stage">{label("stage", hit.stage)}</li> : null}
                      {hit.ipTypes.map((ip) => (
                        <li key={ip} className="badge">
                          {label("ipTypes", ip)}
                        </li>
                      ))}
                    </ul>
                    {hit.snippet ? (
                      <p className="search-hit__snippet">
                        <Highlighted text={hit.snippet} />
                      </p>
                    ) : null}
                    {hit.respondents.length ? (
                      <p className="search-hit__respondents">
                        <span className="muted">{t("search.respondents")}</span>
                        {hit.respondents.map((r) => (r.location ? `${r.name} (${r.location})` : r.name)).join("; ")}
                        {hit.respondentCount > hit.respondents.length ? ` ${t("search.moreRespondents", { count: hit.respondentCount })}` : null}
                      </p>
                    ) : null}
                    <p className="search-hit__source muted">
                      {t("search.source")}
                      {hit.sourceName}
                    </p>
                  </li>
                ))}
              </ul>
            )}
            {data.pages > 1 ? <Pagination query={query} page={data.page} pages={data.pages} /> : null}
          </section>
        </div>
      </Form>
    </>
  );
}

function Pagination({ query, page, pages }: { query: SearchQuery; page: number; pages: number }) {
  const t = useT();
  const numbers = pageNumbers(page, pages);
  return (
    <nav className="pagination" aria-label={t("search.pagination")}>
      <p className="muted">{t("search.page", { page, pages })}</p>
      <ul>
        {page > 1 ? (
          <li>
            <Link to={searchHref(query, { page: page - 1 })} rel="prev">
              ← {t("search.prev")}
            </Link>
          </li>
        ) : null}
        {numbers.map((n, i) => (
          <li key={n}>
            {i > 0 && n - numbers[i - 1] > 1 ? <span className="pagination__gap">…</span> : null}
            {n === page ? (
              <span aria-current="page" className="pagination__current">
                {n}
              </span>
            ) : (
              <Link to={searchHref(query, { page: n })}>{n}</Link>
            )}
          </li>
        ))}
        {page < pages ? (
          <li>
            <Link to={searchHref(query, { page: page + 1 })} rel="next">
              {t("search.next")} →
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
