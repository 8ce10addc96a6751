import type { MessageKey } from "~/i18n/i18n.ts";
import { useT } from "~/i18n/use-t.ts";
import { dateTimeFormat, DEFAULT_TIME_ZONE, INTL_LOCALE } from "~/domain/locale.ts";

export function GuidanceTimeline({ events }: { events: { id: string; toState: string; note: string | null; at: string }[] }) {
  const t = useT();
  const fmt = dateTimeFormat(INTL_LOCALE.zh, { timeZone: DEFAULT_TIME_ZONE, dateStyle: "short", timeStyle: "short" });
  return (
    <section>
      <h2>{t("guidance.timeline")}</h2>
      {events.length === 0 ? (
        <p>{t("guidance.noTimeline")}</p>
      ) : (
        <ol className="timeline">
          {events.map((e) => (
            <li key={e.id}>
              <time dateTime={e.at}>{fmt.format(new Date(e.at))}</time> {t(`guidance.state.${e.toState}` as MessageKey)}
              {e.note ? <p>{e.note}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** A TransitionError code (or other message key) as a catalogue key. */
export function transitionErrorKey(code: string): MessageKey {
  return `guidance.err.${code}` as MessageKey;
}

export function AttachmentList({ base, attachments }: { base: string; attachments: { id: string; originalName: string; mimeType: string; size: number }[] }) {
  const t = useT();
  return (
    <section>
      <h2>{t("guidance.attachments")}</h2>
      {attachments.length === 0 ? (
        <p>{t("guidance.noAttachments")}</p>
      ) : (
        <ul>
          {attachments.map((a) => (
            <li key={a.id}>
              <a href={`${base}/attachments/${a.id}`} download>
                {a.originalName}
              </a>{" "}
              ({a.mimeType}, {Math.ceil(a.size / 1024)} KB)
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
