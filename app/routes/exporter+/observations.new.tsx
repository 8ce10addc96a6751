import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, ErrorSummary, SelectField, TextAreaField, TextField, useMessage } from "~/components/forms.tsx";
import type { MessageKey } from "~/i18n/i18n.ts";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import { activeMembership, ObservationInputSchema, submitObservation } from "~/models/observation.server.ts";
import { URGENCIES } from "~/support/vocabulary.ts";
import { requireExporterCompany } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { badRequest, parseFormWith, readForm } from "~/utils/forms.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const authed = await requireExporterCompany(request);
  return json({ member: !!(await activeMembership(await getDb(), authed.companyId)) });
}

export async function action({ request }: ActionFunctionArgs) {
  const authed = await requireExporterCompany(request);
  const form = await readForm(request, authed);
  const parsed = parseFormWith(form, ObservationInputSchema);
  if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors, values: parsed.values });
  const row = await submitObservation(await getDb(), { companyId: authed.companyId, userId: authed.user.id, data: parsed.data });
  if (!row) return badRequest({ fieldErrors: {}, values: parsed.values, formError: "support.err.notMember" });
  return redirect(`/exporter/observations/${row.id}?submitted=1`);
}

export default function NewObservation() {
  const { member } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as { fieldErrors?: Record<string, string>; values?: Record<string, string>; formError?: string } | undefined;
  const t = useT();
  const msg = useMessage();
  const errors = data?.fieldErrors ?? {};
  const v = data?.values ?? {};
  const fields = ["country", "forum", "title"] as const;
  const areas = ["whatHappened", "parties", "products", "links"] as const;
  const labels = Object.fromEntries([...fields, ...areas, "urgency"].map((f) => [f, t(`support.obs.f.${f}` as MessageKey)]));
  return (
    <>
      <p>
        <Link to="/exporter/observations">← {t("support.obs.mine")}</Link>
      </p>
      <h1>{t("support.obs.new")}</h1>
      {!member || data?.formError ? <p role="alert">{t("support.err.notMember")}</p> : null}
      <ErrorSummary errors={errors} labels={labels} />
      {member ? (
        <Form method="post" noValidate>
          <CsrfInput />
          {fields.map((f) => (
            <TextField key={f} name={f} label={labels[f]!} defaultValue={v[f] ?? ""} error={msg(errors[f])} />
          ))}
          {areas.map((f) => (
            <TextAreaField key={f} name={f} label={labels[f]!} defaultValue={v[f] ?? ""} error={msg(errors[f])} rows={f === "whatHappened" ? 6 : 3} />
          ))}
          <SelectField
            name="urgency"
            label={labels.urgency!}
            defaultValue={v.urgency ?? "medium"}
            error={msg(errors.urgency)}
            options={URGENCIES.map((u) => ({ value: u, label: t(`support.urgency.${u}` as MessageKey) }))}
          />
          <button type="submit">{t("support.obs.new")}</button>
        </Form>
      ) : null}
    </>
  );
}

export const meta = titleMeta("support.obs.new");
