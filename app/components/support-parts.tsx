// UI pieces of the support area: the explained eligibility check, a subsidy timeline, the
// printable decision notice, and the guide page. View types only; text rendered as text.
import { Link } from "@remix-run/react";
import type { MessageKey } from "~/i18n/i18n.ts";
import { useLocale, useT } from "~/i18n/use-t.ts";
import type { GuideContent } from "~/support/guide-content.ts";
import { dateTimeFormat } from "~/domain/locale.ts";
import { NOTICE_PRINT_CSS } from "./guidance-notice.tsx";

export interface EligibilityView {
  eligible: boolean;
  amount: number;
  checks: { id: string; holds: boolean; params: Record<string, string> }[];
}

export function EligibilityExplanation({ result }: { result: EligibilityView | null }) {
  const t = useT();
  if (!result) return null;
  return (
    <section aria-labelledby="eligibility-h">
      <h2 id="eligibility-h">{t("support.apps.eligibility")}</h2>
      <p role="status">{result.eligible ? t("support.apps.eligible", { amount: String(result.amount) }) : t("support.apps.notEligible")}</p>
      <ul className="eligibility">
        {result.checks.map((c) => (
          <li key={c.id} data-holds={c.holds ? "yes" : "no"}>
            {c.holds ? "✓" : "✗"} {t(`support.check.${c.id}.${c.holds ? "holds" : "fails"}` as MessageKey, c.params)}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SubsidyTimeline({ events }: { events: { id: string; toState: string; note: string | null; amount: number | null; at: string }[] }) {
  const t = useT();
  const fmt = dateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "short", timeStyle: "short" });
  return (
    <section>
      <h2>{t("support.apps.timeline")}</h2>
      <ol className="timeline">
        {events.map((e) => (
          <li key={e.id}>
            <time dateTime={e.at}>{fmt.format(new Date(e.at))}</time> {t(`support.state.${e.toState}` as MessageKey)}
            {e.amount !== null ? ` · ${e.amount}` : ""}
            {e.note ? <p>{e.note}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function SupportAttachments({
  base,
  attachments,
}: {
  base: string;
  attachments: { id: string; docKind: string; originalName: string; size: number }[];
}) {
  const t = useT();
  return (
    <section>
      <h2>{t("support.apps.documents")}</h2>
      {attachments.length === 0 ? (
        <p>{t("guidance.noAttachments")}</p>
      ) : (
        <ul>
          {attachments.map((a) => (
            <li key={a.id}>
              {t(`support.doc.${a.docKind}` as MessageKey)}: <a href={`${base}/attachments/${a.id}`}>{a.originalName}</a> ({Math.ceil(a.size / 1024)} KB)
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export interface SubsidyNoticeView {
  centre: string;
  number: string;
  date: string;
  state: "approved" | "rejected" | "paid";
  company: string;
  policy: string;
  caseRef: string;
  amount: number | null;
  reason: string | null;
}

export function SubsidyNoticeDocument({ notice }: { notice: SubsidyNoticeView }) {
  const t = useT();
  const approved = notice.state !== "rejected";
  const params = { company: notice.company, policy: notice.policy, caseRef: notice.caseRef, amount: String(notice.amount ?? 0), reason: notice.reason ?? "" };
  return (
    <article className="notice-doc">
      <style dangerouslySetInnerHTML={{ __html: NOTICE_PRINT_CSS }} />
      <p className="no-print">
        <button type="button" onClick={() => window.print()}>
          {t("notice.print")}
        </button>
      </p>
      <h1>{t(approved ? "support.apps.noticeTitleApproved" : "support.apps.noticeTitleRejected")}</h1>
      <p className="notice-number">{notice.number}</p>
      <p>{t(approved ? "support.apps.noticeApproved" : "support.apps.noticeRejected", params)}</p>
      <p className="notice-sign">
        {notice.centre}
        <br />
        {notice.date}
      </p>
    </article>
  );
}

export interface GuidePageView {
  slug: string;
  jurisdiction: string;
  version: number;
  status: string;
  publishedAt: string | null;
  content: GuideContent;
  rules: { id: string; labelZh: string; labelEn: string; unit: string; amount: number }[];
  experts: { id: string; name: string; organisation: string | null }[];
}

export function GuideArticle({ guide }: { guide: GuidePageView }) {
  const t = useT();
  const locale = useLocale();
  const pick = (b: { zh: string; en: string }) => (locale === "en" ? b.en || b.zh : b.zh || b.en);
  const c = guide.content;
  const list = (key: MessageKey, items: { zh: string; en: string }[], ordered = false) =>
    items.length === 0 ? null : (
      <section>
        <h2>{t(key)}</h2>
        {ordered ? (
          <ol>
            {items.map((s, i) => (
              <li key={i}>{pick(s)}</li>
            ))}
          </ol>
        ) : (
          <ul>
            {items.map((s, i) => (
              <li key={i}>{pick(s)}</li>
            ))}
          </ul>
        )}
      </section>
    );
  return (
    <article className="guide">
      <h1>{pick(c.title)}</h1>
      <p>
        {t("support.guides.version", { version: String(guide.version) })} · {t(`support.guides.status.${guide.status}` as MessageKey)}
        {guide.publishedAt ? ` · ${t("support.guides.publishedAt", { date: guide.publishedAt.slice(0, 10) })}` : ""}
      </p>
      <p>{pick(c.summary)}</p>
      {list("support.guides.steps", c.steps, true)}
      {list("support.guides.timetable", c.timetable)}
      <section id="deadlines">
        <h2>{t("support.guides.deadlines")}</h2>
        <ul>
          {guide.rules.map((r) => (
            <li key={r.id} id={`rule-${r.id}`}>
              {locale === "en" ? r.labelEn : r.labelZh} ({t(`support.guides.unit.${r.unit}` as MessageKey, { amount: String(r.amount) })}) · <code>{r.id}</code>
            </li>
          ))}
        </ul>
      </section>
      {list("support.guides.costs", c.costs)}
      {list("support.guides.firstDays", c.firstDays, true)}
      <section>
        <h2>{t("support.guides.experts")}</h2>
        {guide.experts.length === 0 ? (
          <p>{t("support.guides.noExperts")}</p>
        ) : (
          <ul>
            {guide.experts.map((e) => (
              <li key={e.id}>
                {e.name}
                {e.organisation ? ` · ${e.organisation}` : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
      {list("support.guides.typicalCases", c.typicalCases)}
      <section>
        <h2>{t("support.guides.sources")}</h2>
        <ul>
          {c.sources.map((s) => (
            <li key={s.url}>
              <a href={s.url} rel="noopener noreferrer" target="_blank">
                {s.title}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}

/** A link to the guide of a forum (resolved on the guides route), shown where a forum is known. */
export function GuideLink({ base, forum }: { base: "/exporter" | "/staff"; forum: string | null }) {
  const t = useT();
  if (!forum) return null;
  return <Link to={`${base}/guides/forum/${forum}`}>{t("support.guides.link")}</Link>;
}

export interface RequestSupportView {
  guide: { slug: string; title: { zh: string; en: string } } | null;
  citedRuleId: string | null;
  insurance: { id: string; kind: string; insurer: string; policyNumber: string | null; cover: number; endsOn: string }[];
}

/** Under a request's deadline: the guide's rule it follows, the guide, and (staff) the company's insurance. */
export function RequestSupportBox({ base, support }: { base: "/exporter" | "/staff"; support: RequestSupportView }) {
  const t = useT();
  const locale = useLocale();
  const g = support.guide;
  return (
    <>
      {g ? (
        <p className="deadline-source">
          {support.citedRuleId ? (
            <Link to={`${base}/guides/${g.slug}#rule-${support.citedRuleId}`}>
              {t("support.guides.ruleCited", { guide: locale === "en" ? g.title.en : g.title.zh })} · <code>{support.citedRuleId}</code>
            </Link>
          ) : (
            <Link to={`${base}/guides/${g.slug}`}>{t("support.guides.link")}</Link>
          )}
        </p>
      ) : null}
      {support.insurance.length ? (
        <section aria-labelledby="insured-h">
          <h2 id="insured-h">{t("support.apps.insuredPolicies")}</h2>
          <ul>
            {support.insurance.map((p) => (
              <li key={p.id}>
                {t(`support.insurance.kind.${p.kind}` as MessageKey)} · {p.insurer} {p.policyNumber ?? ""} · {p.cover} · {p.endsOn}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
