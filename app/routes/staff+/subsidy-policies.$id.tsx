// Create ("new") or edit a subsidy policy: the amount rule, caps, conditions and documents.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CheckboxField, CsrfInput, ErrorSummary, SelectField, TextField, useMessage } from "~/components/forms.tsx";
import type { MessageKey } from "~/i18n/i18n.ts";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import { createPolicy, getPolicy, PolicyInputSchema, policyToValues, updatePolicy } from "~/models/subsidy-policy.server.ts";
import { AMOUNT_RULES, SUBSIDY_KINDS } from "~/support/vocabulary.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { badRequest, parseFormWith, readForm, IdParamsSchema, parseParams } from "~/utils/forms.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "manage:support:any");
  if (params.id === "new")
    return json({ isNew: true, isExample: false, values: { caseScope: "any", active: "on", amountRule: "fixed" } as Record<string, string> });
  const policy = await getPolicy(await getDb(), parseParams(params, IdParamsSchema).id);
  if (!policy) throw new Response("Not found", { status: 404 });
  return json({ isNew: false, isExample: policy.isExample, values: policyToValues(policy) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const authed = await requirePermission(request, "manage:support:any");
  const form = await readForm(request, authed);
  const parsed = parseFormWith(form, PolicyInputSchema);
  if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors, values: parsed.values });
  const db = await getDb();
  if (params.id === "new") {
    const row = await createPolicy(db, parsed.data, authed.user.id);
    return redirect(`/staff/subsidy-policies/${row.id}?saved=1`);
  }
  if (!(await updatePolicy(db, parseParams(params, IdParamsSchema).id, parsed.data, authed.user.id))) throw new Response("Not found", { status: 404 });
  return redirect(`/staff/subsidy-policies/${params.id}?saved=1`);
}

export default function PolicyPage() {
  const d = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const [search] = useSearchParams();
  const t = useT();
  const msg = useMessage();
  const errors: Record<string, string> = data?.fieldErrors ?? {};
  const v: Record<string, string> = data?.values ?? d.values;
  const fields = [
    "nameZh",
    "nameEn",
    "issuingBody",
    "fixedAmount",
    "sharePercent",
    "capPerApplication",
    "capPerYear",
    "maxYears",
    "registeredIn",
    "decidedFrom",
    "decidedTo",
    "insuranceKinds",
    "requiredDocuments",
  ] as const;
  const labels = Object.fromEntries(["kind", "amountRule", "caseScope", ...fields].map((f) => [f, t(`support.f.${f}` as MessageKey)]));
  return (
    <>
      <p>
        <Link to="/staff/subsidies">← {t("support.apps.queue")}</Link>
      </p>
      <h1>
        {d.isNew ? t("support.policies.new") : t("support.policies.edit")}
        {d.isExample ? ` (${t("support.example")})` : ""}
      </h1>
      {search.get("saved") ? <p role="status">{t("support.policies.saved")}</p> : null}
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" noValidate>
        <CsrfInput />
        <SelectField
          name="kind"
          label={labels.kind!}
          defaultValue={v.kind}
          error={msg(errors.kind)}
          options={SUBSIDY_KINDS.map((k) => ({ value: k, label: t(`support.kind.${k}` as MessageKey) }))}
        />
        <SelectField
          name="amountRule"
          label={labels.amountRule!}
          defaultValue={v.amountRule}
          error={msg(errors.amountRule)}
          options={AMOUNT_RULES.map((k) => ({ value: k, label: t(`support.rule.${k}` as MessageKey) }))}
        />
        <SelectField
          name="caseScope"
          label={labels.caseScope!}
          defaultValue={v.caseScope}
          error={msg(errors.caseScope)}
          options={["any", "domestic", "overseas"].map((k) => ({ value: k, label: t(`support.scope.${k}` as MessageKey) }))}
        />
        {fields.map((f) => (
          <TextField key={f} name={f} label={labels[f]!} defaultValue={v[f] ?? ""} error={msg(errors[f])} />
        ))}
        <CheckboxField name="wonRequired" label={t("support.f.wonRequired")} checked={v.wonRequired === "on" || v.wonRequired === "true"} />
        <CheckboxField name="active" label={t("support.f.active")} checked={v.active === "on" || v.active === "true"} />
        <button type="submit">{t("form.save")}</button>
      </Form>
    </>
  );
}

export const meta = titleMeta("support.policies.title");
