// Pure rendering of alert mails and feed entries in the reader's language. Everything that
// comes from a feed (titles, parties) is untrusted: HTML parts escape every value.
import { translator, type Locale } from "~/i18n/i18n.ts";
import type { MessageKey } from "~/i18n/messages.ts";
import { INDUSTRY_LABELS } from "~/domain/taxonomy.ts";
import { isSeverity } from "~/domain/severity.ts";
import { LANGUAGE_TAG } from "~/domain/locale.ts";

export interface AlertView {
  id: string;
  severity: string;
  reasons: unknown[];
  createdAt: Date;
  item: { id: string; title: string; link: string | null; caseNumber: string | null; caseType: string; publishedAt: Date };
  companyName: string;
}

export interface MailParts {
  subject: string;
  text: string;
  html: string;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function severityLabel(locale: Locale, severity: string): string {
  return isSeverity(severity) ? translator(locale)(`severity.${severity}` as MessageKey) : severity;
}

/**
 * One line per reason. Reasons are stored as objects with a `kind` and the values that
 * matched (terms, codes, names…); a `label` field, when the matcher wrote one per locale
 * (`label: {zh, en}`) or as text, is preferred over the raw values.
 */
export function describeReason(locale: Locale, reason: unknown): string {
  if (typeof reason === "string") return reason;
  if (!reason || typeof reason !== "object") return String(reason);
  const r = reason as Record<string, unknown>;
  const label = r.label;
  if (typeof label === "string") return label;
  if (label && typeof label === "object" && typeof (label as Record<string, unknown>)[locale] === "string") {
    return (label as Record<string, string>)[locale];
  }
  const t = translator(locale);
  const list = (v: unknown) => (Array.isArray(v) ? v.map(String).join(locale === "zh" ? "、" : ", ") : String(v ?? ""));
  switch (r.kind) {
    case "party": {
      const role = t(r.role === "complainant" ? "reason.party.complainant" : "reason.party.respondent");
      const score = typeof r.score === "number" ? r.score.toFixed(2) : "";
      const line = t("reason.party", { role, name: String(r.name ?? ""), score });
      return r.confirmedBy === "staff" ? `${line} · ${t("reason.party.confirmed")}` : line;
    }
    case "keyword":
      return t("reason.keyword", { terms: list(r.terms) });
    case "hs-code":
      return t("reason.hsCode", { codes: list(r.codes) });
    case "industry": {
      const ids = Array.isArray(r.industries) ? r.industries.map(String) : [];
      return t("reason.industry", { industries: list(ids.map((id) => INDUSTRY_LABELS.find((l) => l.id === id)?.[locale] ?? id)) });
    }
    case "market":
      return t("reason.market", { market: String(r.market ?? "") });
    case "law-change":
      return t("reason.lawChange", { market: String(r.market ?? "") });
  }
  const detail = Object.entries(r)
    .filter(([k]) => k !== "kind" && k !== "label")
    .map(([, v]) => (Array.isArray(v) ? v.join(", ") : typeof v === "object" && v ? JSON.stringify(v) : String(v)))
    .filter(Boolean)
    .join("; ");
  return t("reason.generic", { kind: String(r.kind ?? "match"), detail });
}

const isNamed = (a: AlertView) => a.severity === "critical";
const isItc337 = (a: AlertView) => a.item.caseType === "us-itc-337";

export function alertSubject(locale: Locale, alert: AlertView): string {
  const t = translator(locale);
  if (isNamed(alert) && alert.item.caseNumber) return t("mail.alert.subjectNamed", { case: alert.item.caseNumber });
  return t("mail.alert.subject", { severity: severityLabel(locale, alert.severity), title: alert.item.title });
}

export function renderAlertMail(locale: Locale, alert: AlertView, links: { item: string; settings: string; unsubscribe?: string | null }): MailParts {
  const t = translator(locale);
  const intro = t(isNamed(alert) ? "mail.alert.introNamed" : "mail.alert.intro", { company: alert.companyName });
  const reasons = alert.reasons.map((r) => describeReason(locale, r));
  const lines = [
    intro,
    "",
    alert.item.title,
    t("mail.alert.severity", { severity: severityLabel(locale, alert.severity) }),
    ...(alert.item.caseNumber ? [t("mail.alert.case", { case: alert.item.caseNumber })] : []),
    ...(isNamed(alert) && isItc337(alert) ? ["", t("mail.alert.responseRule")] : []),
    "",
    t("mail.alert.why"),
    ...reasons.map((r) => `- ${r}`),
    "",
    t("mail.alert.open", { url: links.item }),
    "",
    "--",
    t("mail.alert.footer"),
    t("mail.alert.settings", { url: links.settings }),
    ...(links.unsubscribe ? [t("mail.alert.unsubscribe", { url: links.unsubscribe })] : []),
  ];
  const e = escapeHtml;
  const html = `<!doctype html><html lang="${LANGUAGE_TAG[locale]}"><body style="font-family:sans-serif;line-height:1.5">
<p>${e(intro)}</p>
<h2 style="font-size:18px">${e(alert.item.title)}</h2>
<p><strong>${e(t("mail.alert.severity", { severity: severityLabel(locale, alert.severity) }))}</strong>${
    alert.item.caseNumber ? `<br>${e(t("mail.alert.case", { case: alert.item.caseNumber }))}` : ""
  }</p>
${isNamed(alert) && isItc337(alert) ? `<p style="color:#a00">${e(t("mail.alert.responseRule"))}</p>` : ""}
<p>${e(t("mail.alert.why"))}</p><ul>${reasons.map((r) => `<li>${e(r)}</li>`).join("")}</ul>
<p><a href="${e(links.item)}">${e(t("mail.alert.open", { url: links.item }))}</a></p>
<hr><p style="color:#666;font-size:12px">${e(t("mail.alert.footer"))}<br><a href="${e(links.settings)}">${e(
    t("mail.alert.settings", { url: links.settings }),
  )}</a>${links.unsubscribe ? `<br><a href="${e(links.unsubscribe)}">${e(t("mail.alert.unsubscribe", { url: links.unsubscribe }))}</a>` : ""}</p>
</body></html>`;
  return { subject: alertSubject(locale, alert), text: lines.join("\n"), html };
}

export function renderDigestMail(
  locale: Locale,
  period: "daily" | "weekly",
  companyName: string,
  alerts: { alert: AlertView; itemUrl: string }[],
  links: { settings: string },
): MailParts {
  const t = translator(locale);
  const count = alerts.length;
  const periodLabel = t(period === "daily" ? "mail.digest.daily" : "mail.digest.weekly");
  const intro = t("mail.digest.intro", { company: companyName, count });
  const e = escapeHtml;
  const text = [
    intro,
    "",
    ...alerts.flatMap(({ alert, itemUrl }) => [
      `[${severityLabel(locale, alert.severity)}] ${alert.item.title}`,
      ...alert.reasons.map((r) => `  - ${describeReason(locale, r)}`),
      `  ${itemUrl}`,
      "",
    ]),
    "--",
    t("mail.alert.footer"),
    t("mail.alert.settings", { url: links.settings }),
  ].join("\n");
  const html = `<!doctype html><html lang="${LANGUAGE_TAG[locale]}"><body style="font-family:sans-serif;line-height:1.5">
<p>${e(intro)}</p><ol>${alerts
    .map(
      ({ alert, itemUrl }) =>
        `<li><strong>[${e(severityLabel(locale, alert.severity))}]</strong> <a href="${e(itemUrl)}">${e(alert.item.title)}</a><ul>${alert.reasons
          .map((r) => `<li>${e(describeReason(locale, r))}</li>`)
          .join("")}</ul></li>`,
    )
    .join("")}</ol>
<hr><p style="color:#666;font-size:12px">${e(t("mail.alert.footer"))}<br><a href="${e(links.settings)}">${e(t("mail.alert.settings", { url: links.settings }))}</a></p>
</body></html>`;
  return { subject: t("mail.digest.subject", { period: periodLabel, count }), text, html };
}
