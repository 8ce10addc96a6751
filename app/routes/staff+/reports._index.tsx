import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { CsrfInput, useMessage } from "~/components/forms.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import { useLocale, useT } from "~/i18n/use-t.ts";
import type { MessageKey } from "~/i18n/messages.ts";
import { INDUSTRY_LABELS } from "~/domain/taxonomy.ts";
import { REPORT_KINDS } from "~/reports/report-view.ts";
import { shanghaiIso } from "~/reports/period.ts";
import { createReport, listReports, NewReportSchema } from "~/models/report.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { badRequest, parseFormWith, readForm } from "~/utils/forms.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "read:report:any");
  const rows = await listReports(await getDb());
  const today = shanghaiIso(new Date());
  return json({
    reports: rows.map((r) => ({ ...r, period: shanghaiIso(r.periodStart), periodStart: undefined, createdAt: undefined })),
    year: Number(today.slice(0, 4)),
    month: Number(today.slice(5, 7)),
    industries: INDUSTRY_LABELS.map((l) => ({ id: l.id, zh: l.zh, en: l.en })),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const authed = await requirePermission(request, "read:report:any");
  const form = await readForm(request, authed);
  const parsed = parseFormWith(form, NewReportSchema);
  if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors, values: parsed.values });
  const report = await createReport(await getDb(), parsed.data, authed.user.id);
  return redirect(`/staff/reports/${report.id}`);
}

export default function Reports() {
  const d = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const m = useMessage();
  // Generating a year of records takes seconds: say so while the form is being answered.
  const navigation = useNavigation();
  const generating = navigation.state !== "idle" && navigation.formMethod?.toLowerCase() === "post" && !!navigation.formAction?.startsWith("/staff/reports");
  return (
    <>
      <h1>{t("report.list.title")}</h1>
      <section className="card">
        <h2>{t("report.new")}</h2>
        <Form method="post" className="stats-filters" aria-busy={generating || undefined}>
          <CsrfInput />
          <label>
            {t("report.new.kind")}{" "}
            <select name="kind" defaultValue="monthly" aria-invalid={a?.fieldErrors?.kind ? true : undefined}>
              {REPORT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`report.kind.${k}`)}
                </option>
              ))}
            </select>
          </label>
          {a?.fieldErrors?.kind ? <span className="field__error">{m(a.fieldErrors.kind)}</span> : null}
          <label>
            {t("stats.year")} <input name="year" type="number" min={2000} max={2100} defaultValue={d.year} required />
          </label>
          <label>
            {t("stats.n")} <input name="n" type="number" min={1} max={12} defaultValue={d.month} />
          </label>
          <label>
            {t("report.new.industry")}{" "}
            <select name="industry" defaultValue="">
              <option value="">{t("stats.filter.any")}</option>
              {d.industries.map((i) => (
                <option key={i.id} value={i.id}>
                  {i[locale]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("report.new.market")} <input name="market" maxLength={20} placeholder="US" size={6} />
          </label>
          <label>
            {t("report.new.language")}{" "}
            <select name="language" defaultValue={locale}>
              <option value="zh">{t("lang.name.zh")}</option>
              <option value="en">{t("lang.name.en")}</option>
            </select>
          </label>
          <button type="submit" disabled={generating}>
            {t("report.generate")}
          </button>
        </Form>
        {generating ? (
          <p role="status" className="flash">
            <progress aria-label={t("report.generating")} /> {t("report.generating")}
          </p>
        ) : null}
      </section>
      {d.reports.length === 0 ? <p className="muted">{t("report.list.empty")}</p> : null}
      {d.reports.length ? (
        <table className="stats-table">
          <thead>
            <tr>
              <th>{t("report.col.number")}</th>
              <th>{t("report.col.title")}</th>
              <th>{t("report.col.status")}</th>
            </tr>
          </thead>
          <tbody>
            {d.reports.map((r) => (
              <tr key={r.id}>
                <td>{r.number ?? "—"}</td>
                <td>
                  <Link to={`/staff/reports/${r.id}`}>{r.title}</Link>
                </td>
                <td>{t(`report.status.${r.status}` as MessageKey)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

export const meta = titleMeta("report.list.title");
