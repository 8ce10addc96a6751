// The company's IP insurance policies: record, list (with days to expiry), delete.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CsrfInput, ErrorSummary, SelectField, TextField, useMessage } from "~/components/forms.tsx";
import type { MessageKey } from "~/i18n/i18n.ts";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import { createInsurancePolicy, deleteOwnInsurance, InsuranceInputSchema, listOwnInsurance } from "~/models/insurance.server.ts";
import { INSURANCE_KINDS } from "~/support/vocabulary.ts";
import { requireExporterCompany } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { badRequest, formId, parseFormWith, parseIntent, readForm } from "~/utils/forms.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const authed = await requireExporterCompany(request);
  const rows = await listOwnInsurance(await getDb(), authed.companyId);
  const now = Date.now();
  return json({
    policies: rows.map((p) => ({
      id: p.id,
      kind: p.kind,
      insurer: p.insurer,
      policyNumber: p.policyNumber,
      cover: p.cover,
      premium: p.premium,
      startsOn: p.startsOn.toISOString().slice(0, 10),
      endsOn: p.endsOn.toISOString().slice(0, 10),
      daysLeft: Math.ceil((p.endsOn.getTime() - now) / 86_400_000),
    })),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const authed = await requireExporterCompany(request);
  const form = await readForm(request, authed);
  const db = await getDb();
  if (parseIntent(form, ["add", "delete"], "add") === "delete") {
    if (!(await deleteOwnInsurance(db, authed.companyId, formId(form, "id"), authed.user.id))) throw new Response("Not found", { status: 404 });
    return redirect("/exporter/insurance?deleted=1");
  }
  const parsed = parseFormWith(form, InsuranceInputSchema);
  if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors, values: parsed.values });
  await createInsurancePolicy(db, authed.companyId, authed.user.id, parsed.data);
  return redirect("/exporter/insurance?added=1");
}

export default function InsurancePage() {
  const { policies } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const [search] = useSearchParams();
  const t = useT();
  const msg = useMessage();
  const errors: Record<string, string> = data?.fieldErrors ?? {};
  const v: Record<string, string> = data?.values ?? {};
  const fields = ["insurer", "policyNumber", "cover", "premium", "startsOn", "endsOn", "territories"] as const;
  const labels = Object.fromEntries(["kind", ...fields].map((f) => [f, t(`support.insurance.f.${f}` as MessageKey)]));
  return (
    <>
      <h1>{t("support.insurance.title")}</h1>
      {search.get("added") ? <p role="status">{t("support.insurance.added")}</p> : null}
      {search.get("deleted") ? <p role="status">{t("support.insurance.deleted")}</p> : null}
      {policies.length === 0 ? (
        <p>{t("support.insurance.none")}</p>
      ) : (
        <ul>
          {policies.map((p) => (
            <li key={p.id}>
              {t(`support.insurance.kind.${p.kind}` as MessageKey)} · {p.insurer} {p.policyNumber ?? ""} · {p.cover} / {p.premium} · {p.startsOn} – {p.endsOn} ·{" "}
              {p.daysLeft < 0 ? t("support.insurance.expired") : t("support.insurance.expiresIn", { days: p.daysLeft })} ·{" "}
              <Link to={`/exporter/subsidies/new?subject=insurance:${p.id}`}>{t("support.apps.applyHere")}</Link>
              <Form method="post" style={{ display: "inline" }}>
                <CsrfInput />
                <input type="hidden" name="id" value={p.id} />
                <button type="submit" name="intent" value="delete">
                  {t("support.insurance.delete")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
      <h2>{t("support.insurance.add")}</h2>
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" noValidate>
        <CsrfInput />
        <SelectField
          name="kind"
          label={labels.kind!}
          defaultValue={v.kind}
          error={msg(errors.kind)}
          options={INSURANCE_KINDS.map((k) => ({ value: k, label: t(`support.insurance.kind.${k}` as MessageKey) }))}
        />
        {fields.map((f) => (
          <TextField
            key={f}
            name={f}
            label={labels[f]!}
            type={f === "startsOn" || f === "endsOn" ? "date" : "text"}
            defaultValue={v[f] ?? ""}
            error={msg(errors[f])}
          />
        ))}
        <button type="submit" name="intent" value="add">
          {t("support.insurance.add")}
        </button>
      </Form>
    </>
  );
}

export const meta = titleMeta("support.insurance.title");
