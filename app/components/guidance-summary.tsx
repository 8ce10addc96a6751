// What the exporter submitted, read-only: every intake field in the order of the form, so the
// company can see its own facts, parties, deadline and text after the form is locked.
import type { MessageKey } from "~/i18n/i18n.ts";
import { useT } from "~/i18n/use-t.ts";
import { GUIDANCE_FIELDS, useGuidanceLabels } from "./guidance-form.tsx";

export function GuidanceSummary({ values }: { values: Record<string, string> }) {
  const t = useT();
  const labels = useGuidanceLabels();
  const shown = (field: (typeof GUIDANCE_FIELDS)[number]): string => {
    const v = values[field] ?? "";
    if (field === "disputeType") return v ? t(`guidance.type.${v}` as MessageKey) : "";
    if (field === "tempReliefMotion" || field === "consentToShare") return t(v === "true" ? "common.yes" : "common.no");
    return v;
  };
  return (
    <section className="card">
      <h2>{t("journeys.submitted.title")}</h2>
      <dl className="facts">
        {GUIDANCE_FIELDS.map((field) => {
          const value = shown(field);
          const long = field === "whatHappened" || field === "helpWanted";
          return (
            <div key={field}>
              <dt>{labels[field]}</dt>
              <dd style={long ? { whiteSpace: "pre-wrap" } : undefined}>{value === "" ? "—" : value}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}

/** Warnings about a request's dates (future service date, past or earlier stated deadline). */
export function DeadlineWarnings({ warnings }: { warnings: readonly string[] }) {
  const t = useT();
  if (warnings.length === 0) return null;
  return (
    <ul className="notice" role="status">
      {warnings.map((w) => (
        <li key={w}>{t(`journeys.deadline.${w}` as MessageKey)}</li>
      ))}
    </ul>
  );
}
