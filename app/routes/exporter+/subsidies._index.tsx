import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { MessageKey } from "~/i18n/i18n.ts";
import { titleMeta } from "~/i18n/meta.ts";
import { useLocale, useT } from "~/i18n/use-t.ts";
import { listOwnApplications, subjectsForCompany } from "~/models/subsidy-application.server.ts";
import { requireExporterCompany } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const authed = await requireExporterCompany(request);
  const db = await getDb();
  const [apps, subjects] = await Promise.all([listOwnApplications(db, authed.companyId), subjectsForCompany(db, authed.companyId)]);
  return json({
    apps: apps.map((a) => ({
      id: a.id,
      state: a.state,
      caseRef: a.caseRef,
      policy: { nameZh: a.policy.nameZh, nameEn: a.policy.nameEn },
      proposedAmount: a.proposedAmount,
      approvedAmount: a.approvedAmount,
      submittedAt: a.submittedAt.toISOString(),
    })),
    requests: subjects.requests.map((r) => ({
      id: r.id,
      label: [r.caseNumber, r.opposingParty].filter(Boolean).join(" · ") || r.disputeType,
      disputeType: r.disputeType,
    })),
    cases: subjects.cases.map((c) => ({ id: c.id, label: [c.investigationNumber ?? c.docketNumber ?? c.otherNumber, c.title].filter(Boolean).join(" · ") })),
    policies: subjects.policies.map((p) => ({ id: p.id, label: `${p.insurer} ${p.policyNumber ?? ""}`.trim(), kind: p.kind })),
  });
}

export default function ExporterSubsidies() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const none = d.requests.length + d.cases.length + d.policies.length === 0;
  return (
    <>
      <h1>{t("support.apps.mine")}</h1>
      {d.apps.length === 0 ? (
        <p>{t("support.apps.none")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t("support.f.policy")}</th>
              <th>{t("support.f.caseRef")}</th>
              <th>{t("guidance.col.state")}</th>
              <th>{t("support.apps.proposed")}</th>
            </tr>
          </thead>
          <tbody>
            {d.apps.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link to={`/exporter/subsidies/${a.id}`}>{locale === "en" ? a.policy.nameEn : a.policy.nameZh}</Link>
                </td>
                <td>{a.caseRef}</td>
                <td>{t(`support.state.${a.state}` as MessageKey)}</td>
                <td>{a.approvedAmount ?? a.proposedAmount ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t("support.apps.from")}</h2>
      {none ? <p>{t("support.apps.noSubjects")}</p> : null}
      {d.requests.length ? (
        <section>
          <h3>{t("support.apps.fromRequest")}</h3>
          <ul>
            {d.requests.map((r) => (
              <li key={r.id}>
                {t(`guidance.type.${r.disputeType}` as MessageKey)} · {r.label} —{" "}
                <Link to={`/exporter/subsidies/new?subject=request:${r.id}`}>{t("support.apps.applyHere")}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {d.cases.length ? (
        <section>
          <h3>{t("support.apps.fromCase")}</h3>
          <ul>
            {d.cases.map((c) => (
              <li key={c.id}>
                {c.label} — <Link to={`/exporter/subsidies/new?subject=case:${c.id}`}>{t("support.apps.applyHere")}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {d.policies.length ? (
        <section>
          <h3>{t("support.apps.fromInsurance")}</h3>
          <ul>
            {d.policies.map((p) => (
              <li key={p.id}>
                {t(`support.insurance.kind.${p.kind}` as MessageKey)} · {p.label} —{" "}
                <Link to={`/exporter/subsidies/new?subject=insurance:${p.id}`}>{t("support.apps.applyHere")}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

export const meta = titleMeta("support.apps.mine");
