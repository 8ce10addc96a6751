// The result of "test now": what the feed would give, nothing stored. Every value from the
// feed is rendered as React text (escaped), never as HTML; a link becomes an anchor only
// when it is http(s), and then opens without an opener or referrer.
import { translator, type Locale, type Translate } from "~/i18n/i18n.ts";
import type { MessageKey } from "~/i18n/messages.ts";
import { useLocale, useT } from "~/i18n/use-t.ts";
import { CASE_TYPE_LABELS } from "~/domain/taxonomy.ts";
import { formatLabel } from "./source-health.tsx";
import { skipReasonText } from "./feed-error.tsx";
import { dateTimeFormat, DEFAULT_TIME_ZONE, INTL_LOCALE } from "~/domain/locale.ts";

export const PREVIEW_ITEMS_SHOWN = 10;

export type SourcePreviewData =
  | { ok: false; error: string; refused?: { host: string; address: string } }
  | {
      ok: true;
      httpStatus: number;
      finalUrl: string;
      format: string;
      title: string | null;
      encoding: string;
      encodingSource: string;
      entryCount: number;
      validCount: number;
      skipped: { index: number; reason: string }[];
      items: { title: string; publishedAt: string; caseType: string; caseNumber: string | null; link: string | null }[];
    };

export function isHttpUrl(value: string | null | undefined): value is string {
  if (!value) return false;
  try {
    const u = new URL(value);
    return u.protocol === "http:" || u.protocol === "https:";
  } catch {
    return false;
  }
}

export function caseTypeLabel(id: string, locale: Locale) {
  const found = CASE_TYPE_LABELS.find((c) => c.id === id);
  return found ? found[locale] : id;
}

export function SourcePreview({ preview, timeZone }: { preview: SourcePreviewData; timeZone: string }) {
  const locale = useLocale();
  return <SourcePreviewView preview={preview} t={useT()} locale={locale} timeZone={timeZone} />;
}

/** Hook-free so a test can render it to static markup. */
export function SourcePreviewView({
  preview,
  t = translator("zh"),
  locale = "zh",
  timeZone = DEFAULT_TIME_ZONE,
}: {
  preview: SourcePreviewData;
  t?: Translate;
  locale?: Locale;
  timeZone?: string;
}) {
  if (!preview.ok) {
    return (
      <section className="card source-preview" aria-labelledby="preview-title">
        <h2 id="preview-title">{t("sources.preview.title")}</h2>
        <p className="field__error" role="alert">
          {preview.refused ? t("feedSources.refused", preview.refused) : t("sources.preview.failed", { error: preview.error })}
        </p>
      </section>
    );
  }
  const date = dateTimeFormat(INTL_LOCALE[locale], { dateStyle: "medium", timeZone });
  return (
    <section className="card source-preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{t("sources.preview.title")}</h2>
      <dl className="source-facts">
        <div>
          <dt>{t("sources.preview.feedTitle")}</dt>
          <dd>{preview.title ?? "—"}</dd>
        </div>
        <div>
          <dt>{t("sources.preview.httpStatus")}</dt>
          <dd>{preview.httpStatus}</dd>
        </div>
        <div>
          <dt>{t("sources.preview.format")}</dt>
          <dd>{formatLabel(preview.format)}</dd>
        </div>
        <div>
          <dt>{t("sources.preview.encoding")}</dt>
          <dd>
            {t("sources.preview.encodingValue", {
              encoding: preview.encoding,
              source: t(`sources.encodingSource.${preview.encodingSource}` as MessageKey) ?? preview.encodingSource,
            })}
          </dd>
        </div>
        <div>
          <dt>{t("sources.preview.entries")}</dt>
          <dd>{preview.entryCount}</dd>
        </div>
        <div>
          <dt>{t("sources.preview.valid")}</dt>
          <dd>{preview.validCount}</dd>
        </div>
        <div className="source-facts__wide">
          <dt>{t("sources.preview.finalUrl")}</dt>
          <dd className="source-url">{preview.finalUrl}</dd>
        </div>
      </dl>
      {preview.skipped.length > 0 ? (
        <>
          <h3>
            {t("sources.preview.skipped")} ({preview.skipped.length})
          </h3>
          <ul className="source-skipped">
            {preview.skipped.map((s) => (
              <li key={s.index} title={s.reason}>
                {t("sources.preview.skippedEntry", { index: s.index + 1, reason: skipReasonText(t, s.reason) })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {preview.items.length === 0 ? (
        <p className="muted">{t("sources.preview.none")}</p>
      ) : (
        <>
          <h3>{t("sources.preview.first", { count: preview.items.length })}</h3>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th>{t("sources.item.title")}</th>
                  <th>{t("sources.item.date")}</th>
                  <th>{t("sources.item.case")}</th>
                  <th>{t("sources.item.link")}</th>
                </tr>
              </thead>
              <tbody>
                {preview.items.map((item, i) => (
                  <tr key={i}>
                    <td>{item.title}</td>
                    <td>{date.format(new Date(item.publishedAt))}</td>
                    <td>
                      {caseTypeLabel(item.caseType, locale)}
                      {item.caseNumber ? (
                        <>
                          {" · "}
                          <code>{item.caseNumber}</code>
                        </>
                      ) : null}
                    </td>
                    <td className="source-url">
                      {isHttpUrl(item.link) ? (
                        <a href={item.link} rel="noopener noreferrer nofollow" target="_blank">
                          {item.link}
                        </a>
                      ) : (
                        (item.link ?? "—")
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
