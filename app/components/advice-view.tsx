// Read-only rendering of a guidance opinion (指导意见书), for staff review and the exporter.
import type { MessageKey } from "~/i18n/messages.ts";
import { useT } from "~/i18n/use-t.ts";

export interface AdviceViewData {
  assessment: string;
  options: {
    option: string;
    pros: string;
    cons: string;
    recommended: boolean;
  }[];
  steps: { step: string; due: string }[];
  costMin: number | null;
  costMax: number | null;
  currency: string | null;
  references: string;
}

export function AdviceView({ advice }: { advice: AdviceViewData }) {
  const t = useT();
  return (
    <article className="advice">
      <h3>{t("experts.advice.assessment")}</h3>
      <p className="prewrap">{advice.assessment}</p>
      <h3>{t("experts.advice.options")}</h3>
      <table>
        <thead>
          <tr>
            <th>{t("experts.advice.options")}</th>
            <th>{t("experts.advice.pros")}</th>
            <th>{t("experts.advice.cons")}</th>
            <th>{t("experts.advice.recommended")}</th>
          </tr>
        </thead>
        <tbody>
          {advice.options.map((o) => (
            <tr key={o.option}>
              <td>{t(`experts.opt.${o.option}` as MessageKey)}</td>
              <td>{o.pros}</td>
              <td>{o.cons}</td>
              <td>{o.recommended ? "★" : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {advice.steps.length ? (
        <>
          <h3>{t("experts.advice.steps")}</h3>
          <ol>
            {advice.steps.map((s, i) => (
              <li key={i}>
                {s.due ? `${s.due}: ` : ""}
                {s.step}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {advice.costMin !== null || advice.costMax !== null ? (
        <p>
          {t("experts.advice.cost")}: {advice.costMin ?? "?"} – {advice.costMax ?? "?"} {advice.currency}
        </p>
      ) : null}
      {advice.references ? (
        <>
          <h3>{t("experts.advice.references")}</h3>
          <p className="prewrap">{advice.references}</p>
        </>
      ) : null}
    </article>
  );
}
