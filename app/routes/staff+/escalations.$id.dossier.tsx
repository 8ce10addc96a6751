// The escalation dossier as a printable page (print CSS hides the app's chrome).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { titleMeta } from "~/i18n/meta.ts";
import { zh, type MessageKey } from "~/i18n/messages.ts";
import { useLabel } from "~/components/search-labels.tsx";
import { useT } from "~/i18n/use-t.ts";
import { requireEscalationDossier } from "~/models/escalation.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { dateTimeFormat } from "~/domain/locale.ts";
import { IdParamsSchema, parseParams } from "~/utils/forms.server.ts";

const PRINT_CSS = `@media print { .shell__header, .shell__nav, .shell__footer, nav, .no-print { display: none !important; } body { font-size: 11pt; } .dossier section { break-inside: avoid; } }`;
const shanghai = (iso: string | null) =>
  iso
    ? dateTimeFormat("sv-SE", {
        timeZone: "Asia/Shanghai",
        dateStyle: "short",
        timeStyle: "short",
      }).format(new Date(iso))
    : "—";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "update:guidance-request:any");
  return json(await requireEscalationDossier(await getDb(), parseParams(params, IdParamsSchema).id));
}

export default function DossierPage() {
  const { escalationId, dossier: d } = useLoaderData<typeof loader>();
  const t = useT();
  const label = useLabel();
  // A state code in words; a code the catalogue does not know is shown as it is.
  const state = (code: string) => (Object.hasOwn(zh, `guidance.state.${code}`) ? t(`guidance.state.${code}` as MessageKey) : code);
  const esc = d.escalations.find((e) => e.id === escalationId);
  return (
    <article className="dossier">
      <style>{PRINT_CSS}</style>
      <h1>{t("experts.dossier.title")}</h1>
      <p className="no-print">
        <button type="button" onClick={() => window.print()}>
          {t("experts.esc.dossierPrint")}
        </button>
      </p>
      {esc ? (
        <section>
          <p>{esc.criteria.map((c) => t(`experts.crit.${c}` as MessageKey)).join("；")}</p>
          <p className="prewrap">{esc.note}</p>
          <p>
            {t("experts.esc.status")}: {t(`experts.escStatus.${esc.status}` as MessageKey)} · {t("experts.esc.sentAt")}: {shanghai(esc.sentAt)}
            {esc.subCentreRef ? ` · ${t("experts.esc.ref")}: ${esc.subCentreRef}` : ""}
          </p>
        </section>
      ) : null}
      <section>
        <h2>{t("experts.esc.request")}</h2>
        <dl className="facts">
          <dt>{t("experts.req.disputeType")}</dt>
          <dd data-dispute-type={d.request.disputeType}>{t(`guidance.type.${d.request.disputeType}` as MessageKey)}</dd>
          <dt>{t("experts.req.forum")}</dt>
          <dd>{[label("jurisdiction", d.request.country), d.request.forum].filter(Boolean).join(" · ")}</dd>
          <dt>{t("experts.req.caseNumber")}</dt>
          <dd>{d.request.caseNumber ?? "—"}</dd>
          <dt>{t("experts.req.products")}</dt>
          <dd>{d.request.products.join(", ")}</dd>
          <dt>{t("experts.req.amount")}</dt>
          <dd>{d.request.amountAtStake === null ? "—" : `${d.request.amountAtStake} ${d.request.currency ?? ""}`}</dd>
          <dt>{t("experts.req.whatHappened")}</dt>
          <dd className="prewrap">{d.request.whatHappened}</dd>
          <dt>{t("experts.req.helpWanted")}</dt>
          <dd className="prewrap">{d.request.helpWanted}</dd>
        </dl>
      </section>
      <section>
        <h2>{t("experts.dossier.parties")}</h2>
        <dl className="facts">
          <dt>{t("experts.req.company")}</dt>
          <dd>
            {d.parties.requester.nameZh} {d.parties.requester.nameEn ? `(${d.parties.requester.nameEn})` : ""}
          </dd>
          <dt>{t("experts.req.contact")}</dt>
          <dd>{[d.parties.requester.contactName, d.parties.requester.contactPhone, d.parties.requester.contactEmail].filter(Boolean).join(" · ") || "—"}</dd>
          <dt>{t("experts.req.opposingParty")}</dt>
          <dd>{d.parties.opposingParty ?? "—"}</dd>
          <dt>{t("experts.req.opposingCounsel")}</dt>
          <dd>{d.parties.opposingCounsel ?? "—"}</dd>
          {d.parties.case ? (
            <>
              <dt>{d.parties.case.investigationNumber ?? d.parties.case.title}</dt>
              <dd>{d.parties.case.respondents.join("；")}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <section>
        <h2>{t("experts.dossier.deadlines")}</h2>
        <ul>
          <li>
            {t("guidance.f.servedAt")}：{shanghai(d.deadlines.servedAt)}
          </li>
          <li>
            {t("guidance.f.statedDeadline")}：{shanghai(d.deadlines.statedDeadline)}
          </li>
          <li>
            {t("guidance.computedDeadline")}：{shanghai(d.deadlines.computedDeadline)}
          </li>
          {d.deadlines.deadlineOverride ? (
            <li>
              {t("queue.source.override")}：{shanghai(d.deadlines.deadlineOverride)} ({d.deadlines.deadlineOverrideReason})
            </li>
          ) : null}
        </ul>
      </section>
      <section>
        <h2>{t("experts.dossier.timeline")}</h2>
        <ol>
          {d.timeline.map((e, i) => (
            <li key={i}>
              {shanghai(e.at)} · <span data-from={e.from ?? ""}>{e.from ? state(e.from) : "—"}</span> → <span data-to={e.to}>{state(e.to)}</span>
              {e.actor ? ` · ${e.actor}` : ""}
              {e.note ? ` · ${e.note}` : ""}
            </li>
          ))}
        </ol>
      </section>
      <section>
        <h2>{t("experts.dossier.experts")}</h2>
        <ul>
          {d.experts.map((x, i) => (
            <li key={i}>
              {x.name} {x.organisation ? `· ${x.organisation}` : ""} — {t(`experts.status.${x.status}` as MessageKey)}
              {x.declineReason ? `: ${x.declineReason}` : ""}
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>{t("experts.dossier.advice")}</h2>
        {d.advice.length === 0 ? <p>{t("common.none")}</p> : null}
        {d.advice.map((a, i) => (
          <div key={i}>
            <p>
              {a.expert} — {t(`experts.adviceStatus.${a.status}` as MessageKey)}
            </p>
            <p className="prewrap">{a.assessment}</p>
          </div>
        ))}
      </section>
      <section>
        <h2>{t("experts.dossier.attachments")}</h2>
        {d.attachments.length === 0 ? <p>{t("common.none")}</p> : null}
        <ul>
          {d.attachments.map((a, i) => (
            <li key={i}>
              {a.name} · {a.mimeType} · {a.size} B · sha256 {a.sha256.slice(0, 12)}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}

export const meta = titleMeta("experts.dossier.title");
