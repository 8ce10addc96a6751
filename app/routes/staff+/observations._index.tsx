// Observation members (who, term, contact, last report, gone quiet), designation, and the reports to triage.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CsrfInput, ErrorSummary, SelectField, TextField, useMessage } from "~/components/forms.tsx";
import type { MessageKey } from "~/i18n/i18n.ts";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import { listCompanyChoices } from "~/models/company.server.ts";
import { designateMember, endMembership, listMembers, listObservationsForStaff, MemberInputSchema } from "~/models/observation.server.ts";
import { MEMBER_KINDS } from "~/support/vocabulary.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { badRequest, formId, parseFormWith, parseIntent, readForm } from "~/utils/forms.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "manage:support:any");
  const db = await getDb();
  const [members, reports, companies] = await Promise.all([listMembers(db), listObservationsForStaff(db, { state: "submitted" }), listCompanyChoices(db)]);
  return json({
    members: members.map((m) => ({
      id: m.id,
      company: m.company?.nameZh ?? "",
      memberKind: m.memberKind,
      contactName: m.contactName,
      term: `${m.termFrom.toISOString().slice(0, 10)} – ${m.termTo.toISOString().slice(0, 10)}`,
      active: m.active,
      reports: m.reports,
      lastReportAt: m.lastReportAt?.toISOString().slice(0, 10) ?? null,
      quiet: m.quiet,
    })),
    reports: reports.map((o) => ({ id: o.id, title: o.title, urgency: o.urgency, country: o.country, createdAt: o.createdAt.toISOString().slice(0, 10) })),
    companies,
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const authed = await requirePermission(request, "manage:support:any");
  const form = await readForm(request, authed);
  const db = await getDb();
  if (parseIntent(form, ["designate", "end"], "designate") === "end") {
    if (!(await endMembership(db, formId(form, "memberId"), authed.user.id))) throw new Response("Not found", { status: 404 });
    return redirect("/staff/observations");
  }
  const parsed = parseFormWith(form, MemberInputSchema);
  if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors, values: parsed.values });
  if (!(await designateMember(db, parsed.data, authed.user.id))) return badRequest({ fieldErrors: { companyId: "support.err.choice" }, values: parsed.values });
  return redirect("/staff/observations?designated=1");
}

export default function StaffObservations() {
  const d = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const [search] = useSearchParams();
  const t = useT();
  const msg = useMessage();
  const errors: Record<string, string> = data?.fieldErrors ?? {};
  const v: Record<string, string> = data?.values ?? {};
  const fields = ["contactName", "contactEmail", "contactPhone", "termFrom", "termTo"] as const;
  const labels = Object.fromEntries(
    ["company", "memberKind", ...fields].map((f) => [f === "company" ? "companyId" : f, t(`support.obs.f.${f}` as MessageKey)]),
  );
  return (
    <>
      <h1>{t("support.obs.queue")}</h1>
      <ul>
        {d.reports.map((o) => (
          <li key={o.id}>
            <Link to={`/staff/observations/${o.id}`}>{o.title}</Link> · {o.country} · {o.createdAt} · {t(`support.urgency.${o.urgency}` as MessageKey)}
          </li>
        ))}
      </ul>
      <h2>{t("support.obs.members")}</h2>
      {search.get("designated") ? <p role="status">{t("support.obs.designated")}</p> : null}
      <table>
        <thead>
          <tr>
            <th>{t("support.obs.f.company")}</th>
            <th>{t("support.obs.f.memberKind")}</th>
            <th>{t("support.obs.f.contactName")}</th>
            <th>{t("support.obs.f.termFrom")}</th>
            <th>{t("support.obs.reports")}</th>
            <th>{t("support.obs.lastReport")}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {d.members.map((m) => (
            <tr key={m.id} data-quiet={m.quiet ? "yes" : "no"}>
              <td>
                {m.company} {m.quiet ? <strong>({t("support.obs.quiet")})</strong> : null} {m.active ? "" : `(${t("support.inactive")})`}
              </td>
              <td>{t(`support.member.kind.${m.memberKind}` as MessageKey)}</td>
              <td>{m.contactName}</td>
              <td>{m.term}</td>
              <td>{m.reports}</td>
              <td>{m.lastReportAt ?? "—"}</td>
              <td>
                {m.active ? (
                  <Form method="post">
                    <CsrfInput />
                    <input type="hidden" name="memberId" value={m.id} />
                    <button type="submit" name="intent" value="end">
                      {t("support.obs.end")}
                    </button>
                  </Form>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t("support.obs.designate")}</h2>
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" noValidate>
        <CsrfInput />
        <SelectField
          name="companyId"
          label={labels.companyId!}
          defaultValue={v.companyId}
          error={msg(errors.companyId)}
          options={d.companies.map((c) => ({ value: c.id, label: c.nameZh }))}
        />
        <SelectField
          name="memberKind"
          label={labels.memberKind!}
          defaultValue={v.memberKind}
          error={msg(errors.memberKind)}
          options={MEMBER_KINDS.map((k) => ({ value: k, label: t(`support.member.kind.${k}` as MessageKey) }))}
        />
        {fields.map((f) => (
          <TextField key={f} name={f} label={labels[f]!} type={f.startsWith("term") ? "date" : "text"} defaultValue={v[f] ?? ""} error={msg(errors[f])} />
        ))}
        <button type="submit" name="intent" value="designate">
          {t("support.obs.designate")}
        </button>
      </Form>
    </>
  );
}

export const meta = titleMeta("support.obs.members");
