import type { MessageKey } from "~/i18n/i18n.ts";
import { useT } from "~/i18n/use-t.ts";

export function GuidanceTimeline({ events }: { events: { id: string; toState: string; note: string | null; at: string }[] }) {
  const t = useT();
  const fmt = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "short", timeStyle: "short" });
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
