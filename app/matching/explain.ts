// Words for a match result, shared by the staff page (useT) and the CLI (English translator).
import type { Translate } from "~/i18n/i18n.ts";
import type { ExclusionReason, ScorePart } from "./expert-scoring.ts";

export function exclusionText(t: Translate, r: ExclusionReason): string {
  switch (r.kind) {
    case "inactive":
      return t("experts.why.inactive");
    case "unavailable":
      return t("experts.why.unavailable", { from: r.from, to: r.to });
    case "no-capacity":
      return t("experts.why.no-capacity", {
        open: r.open,
        capacity: r.capacity,
      });
    case "conflict":
      return t(`experts.why.conflict.${r.role}`, {
        name: r.name,
        declared: r.declared,
      });
  }
}

export function scorePartText(t: Translate, p: ScorePart): string {
  const detail = p.detail.length ? ` (${p.detail.join(", ")})` : "";
  return `${t(`experts.crit.${p.criterion}`)} ${p.points}/${p.max}${detail}`;
}
