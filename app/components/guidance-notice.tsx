// A printable notice or guidance opinion: A4 print CSS, centre name, 文号, date, seal placeholder.
import { Link } from "@remix-run/react";
import type { NoticeBody } from "~/domain/notice.ts";
import type { MessageKey } from "~/i18n/i18n.ts";
import { useT } from "~/i18n/use-t.ts";

interface NoticeView {
  kind: string;
  number: string;
  issuedAt: string;
  body: NoticeBody;
}

/** A4 print layout of every notice (guidance and subsidy); set as raw text so the quotes are not escaped (hydration). */
export const NOTICE_PRINT_CSS = `
@page { size: A4; margin: 25mm 20mm; }
.notice-doc { max-width: 170mm; margin: 0 auto; font-family: "Songti SC", "SimSun", serif; line-height: 1.8; }
.notice-doc h1 { text-align: center; font-size: 1.6em; letter-spacing: 0.1em; }
.notice-doc .notice-number { text-align: center; }
.notice-doc .notice-sign { text-align: right; margin-top: 3em; }
.notice-doc .notice-seal { display: inline-block; border: 2px dashed #b00; color: #b00; border-radius: 50%; width: 40mm; height: 40mm; line-height: 40mm; text-align: center; }
@media print {
  header, nav, footer, .no-print, .demo-banner { display: none !important; }
  body { background: #fff; }
}`;

function text(value: unknown): string {
  if (value && typeof value === "object") {
    return Object.values(value as Record<string, unknown>)
      .filter((v) => typeof v === "string" || typeof v === "number")
      .join(" — ");
  }
  return String(value ?? "");
}

export function NoticeDocumentView({ notice }: { notice: NoticeView }) {
  const t = useT();
  const b = notice.body;
  return (
    <article className="notice-doc">
      {/* A constant of this file, not data: as a text child React escapes its quotes on the
          server, which the browser does not decode inside <style> (a hydration mismatch). */}
      <style dangerouslySetInnerHTML={{ __html: NOTICE_PRINT_CSS }} />
      <p className="no-print">
        <button type="button" onClick={() => window.print()}>
          {t("notice.print")}
        </button>
      </p>
      <p>{b.centre}</p>
      <h1>{t(`notice.kind.${notice.kind}` as MessageKey)}</h1>
      <p className="notice-number">{notice.number}</p>
      <p>{t("notice.to", { company: b.companyName })}</p>
      <p>
        {t("notice.intro", {
          date: b.submittedAt ?? "—",
          type: t(`guidance.type.${b.disputeType}` as MessageKey),
          case: b.caseNumber ?? "—",
          party: b.opposingParty ?? "—",
        })}
      </p>
      <p>{t(`notice.${notice.kind}` as MessageKey)}</p>
      {b.reason ? <blockquote>{b.reason}</blockquote> : null}
      {notice.kind === "opinion" ? (
        b.advice.length === 0 ? (
          <p>{t("notice.noAdvice")}</p>
        ) : (
          b.advice.map((a, i) => (
            <section key={i}>
              <h2>{t("notice.assessment")}</h2>
              <p>{a.assessment}</p>
              <h2>{t("notice.options")}</h2>
              <ul>
                {a.options.map((o, j) => (
                  <li key={j}>{text(o)}</li>
                ))}
              </ul>
              <h2>{t("notice.steps")}</h2>
              <ol>
                {a.steps.map((s, j) => (
                  <li key={j}>{text(s)}</li>
                ))}
              </ol>
              <h2>{t("notice.cost")}</h2>
              <p>
                {a.costMin ?? "—"} – {a.costMax ?? "—"} {a.currency ?? ""}
              </p>
              <h2>{t("notice.references")}</h2>
              <p>{a.references || "—"}</p>
            </section>
          ))
        )
      ) : null}
      {notice.kind === "opinion" ? <p>{t("notice.disclaimer")}</p> : null}
      <div className="notice-sign">
        <p>{b.centre}</p>
        <p>{notice.issuedAt}</p>
        <span className="notice-seal">{t("notice.seal")}</span>
      </div>
    </article>
  );
}

export function NoticeLinks({ base, notices }: { base: string; notices: { id: string; kind: string; number: string }[] }) {
  const t = useT();
  if (notices.length === 0) return null;
  return (
    <section>
      <h2>{t("notice.list")}</h2>
      <ul>
        {notices.map((n) => (
          <li key={n.id}>
            <a href={`${base}/notices/${n.id}`}>
              {t(`notice.kind.${n.kind}` as MessageKey)} {n.number}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A notice page: a link back to its request, then the document (not nested in the request page). */
export function NoticePageView({ back, notice }: { back: string; notice: NoticeView }) {
  const t = useT();
  return (
    <>
      <p className="no-print">
        <Link to={back}>← {t("journeys.backToRequest")}</Link>
      </p>
      <NoticeDocumentView notice={notice} />
    </>
  );
}
