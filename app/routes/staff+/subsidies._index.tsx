import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { MessageKey } from "~/i18n/i18n.ts";
import { titleMeta } from "~/i18n/meta.ts";
import { useLocale, useT } from "~/i18n/use-t.ts";
import { companyNamesById } from "~/models/company.server.ts";
import { listApplicationsForStaff, subsidyTotals } from "~/models/subsidy-application.server.ts";
import { listPolicies } from "~/models/subsidy-policy.server.ts";
import { z } from "zod";
import { SUBSIDY_STATES } from "~/support/subsidy-states.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { parseSearchParams } from "~/utils/forms.server.ts";

// The state filter is a link; an unknown state shows every application.
const ListQuerySchema = z.object({ state: z.enum(SUBSIDY_STATES).optional().catch(undefined) });

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "manage:support:any");
  const db = await getDb();
  const query = parseSearchParams(request, ListQuerySchema);
  const state = query.ok ? query.data.state : undefined;
  const year = new Date().getUTCFullYear();
  const [apps, policies, totals] = await Promise.all([
    listApplicationsForStaff(db, { state }),
    listPolicies(db),
    subsidyTotals(db, { from: new Date(`${year}-01-01T00:00:00+08:00`), to: new Date(`${year + 1}-01-01T00:00:00+08:00`) }),
  ]);
  const companies = await companyNamesById(
    db,
    apps.map((a) => a.companyId),
  );
  return json({
    apps: apps.map((a) => ({
      id: a.id,
      state: a.state,
      company: companies.get(a.companyId) ?? "",
      caseRef: a.caseRef,
      policyZh: a.policy.nameZh,
      policyEn: a.policy.nameEn,
      amount: a.paidAmount ?? a.approvedAmount ?? a.proposedAmount,
      submittedAt: a.submittedAt.toISOString().slice(0, 10),
    })),
    policies: policies.map((p) => ({ id: p.id, nameZh: p.nameZh, nameEn: p.nameEn, kind: p.kind, active: p.active, isExample: p.isExample })),
    totals,
  });
}

export default function StaffSubsidies() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const name = (p: { nameZh: string; nameEn: string }) => (locale === "en" ? p.nameEn : p.nameZh);
  return (
    <>
      <h1>{t("support.apps.queue")}</h1>
      <table>
        <thead>
          <tr>
            <th>{t("support.apps.company")}</th>
            <th>{t("support.f.policy")}</th>
            <th>{t("support.f.caseRef")}</th>
            <th>{t("guidance.col.state")}</th>
            <th>{t("support.f.amount")}</th>
          </tr>
        </thead>
        <tbody>
          {d.apps.map((a) => (
            <tr key={a.id}>
              <td>
                <Link to={`/staff/subsidies/${a.id}`}>{a.company}</Link>
              </td>
              <td>{name({ nameZh: a.policyZh, nameEn: a.policyEn })}</td>
              <td>{a.caseRef}</td>
              <td>{t(`support.state.${a.state}` as MessageKey)}</td>
              <td>{a.amount ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t("support.policies.title")}</h2>
      <p>
        <Link to="/staff/subsidy-policies/new">{t("support.policies.new")}</Link>
      </p>
      <ul>
        {d.policies.map((p) => (
          <li key={p.id}>
            <Link to={`/staff/subsidy-policies/${p.id}`}>{name(p)}</Link> · {t(`support.kind.${p.kind}` as MessageKey)}
            {p.isExample ? ` · ${t("support.example")}` : ""}
            {p.active ? "" : ` · ${t("support.inactive")}`}
          </li>
        ))}
      </ul>
      <h2>{t("support.apps.totals")}</h2>
      <table>
        <thead>
          <tr>
            <th>{t("support.f.policy")}</th>
            <th>{t("support.apps.applied")}</th>
            <th>{t("support.apps.approvedTotal")}</th>
            <th>{t("support.apps.paidTotal")}</th>
          </tr>
        </thead>
        <tbody>
          {d.totals.map((r) => (
            <tr key={r.policyId}>
              <td>{name(r)}</td>
              <td>
                {r.applied.count} / {r.applied.amount}
              </td>
              <td>
                {r.approved.count} / {r.approved.amount}
              </td>
              <td>
                {r.paid.count} / {r.paid.amount}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export const meta = titleMeta("support.apps.queue");
