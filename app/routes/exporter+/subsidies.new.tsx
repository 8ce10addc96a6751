import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CheckboxField, CsrfInput, ErrorSummary, SelectField, TextAreaField, TextField, useMessage } from "~/components/forms.tsx";
import type { MessageKey } from "~/i18n/i18n.ts";
import { titleMeta } from "~/i18n/meta.ts";
import { useLocale, useT } from "~/i18n/use-t.ts";
import { ApplicationInputSchema, createApplication, prefillFor, SubjectSchema } from "~/models/subsidy-application.server.ts";
import { listPolicies } from "~/models/subsidy-policy.server.ts";
import { requireExporterCompany } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { z } from "zod";
import { badRequest, parseFormWith, parseSearchParams, readForm } from "~/utils/forms.server.ts";

// Built on call: it uses a .server export, which is undefined in the browser bundle, so a
// top-level schema would crash the page's client module.
const subjectQuerySchema = () =>
  z.object({
    subject: z
      .literal("")
      .transform(() => undefined)
      .or(SubjectSchema)
      .optional(),
  });

export async function loader({ request }: LoaderFunctionArgs) {
  const authed = await requireExporterCompany(request);
  const db = await getDb();
  const query = parseSearchParams(request, subjectQuerySchema());
  // A subject that could not be one names nothing.
  if (!query.ok) throw new Response("Not found", { status: 404 });
  const { subject } = query.data;
  // Without a subject the page points to the list of what can be claimed for.
  if (!subject) return json({ prefill: null, isInsurance: false, policies: [] });
  const prefill = await prefillFor(db, authed.companyId, subject);
  if (!prefill) throw new Response("Not found", { status: 404 });
  const wanted = subject.kind === "insurance" ? ["premium"] : ["won-case", "aid-project"];
  const policies = (await listPolicies(db, { activeOnly: true })).filter((p) => wanted.includes(p.kind));
  return json({
    prefill,
    isInsurance: subject.kind === "insurance",
    policies: policies.map((p) => ({ id: p.id, nameZh: p.nameZh, nameEn: p.nameEn, kind: p.kind, isExample: p.isExample })),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const authed = await requireExporterCompany(request);
  const form = await readForm(request, authed);
  const parsed = parseFormWith(form, ApplicationInputSchema);
  if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors, values: parsed.values });
  const result = await createApplication(await getDb(), { companyId: authed.companyId, userId: authed.user.id, data: parsed.data });
  if (!result.ok) return badRequest({ fieldErrors: result.fieldErrors, values: parsed.values });
  return redirect(`/exporter/subsidies/${result.id}?submitted=1`);
}

export default function NewSubsidyApplication() {
  const { prefill, policies, isInsurance } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const msg = useMessage();
  const errors: Record<string, string> = data?.fieldErrors ?? {};
  const values: Record<string, string> = data?.values ?? {};
  if (!prefill) {
    return (
      <>
        <h1>{t("support.apps.newTitle")}</h1>
        <p>
          <Link to="/exporter/subsidies">{t("support.apps.from")}</Link>
        </p>
      </>
    );
  }
  const labels = {
    policyId: t("support.f.policy"),
    subject: t("support.f.subject"),
    caseScope: t("support.f.caseScope"),
    decidedOn: t("support.f.decidedOn"),
    costs: t("support.f.costs"),
    premium: t("support.f.premium"),
    statement: t("support.f.statement"),
  };
  return (
    <>
      <p>
        <Link to="/exporter/subsidies">← {t("support.apps.mine")}</Link>
      </p>
      <h1>{t("support.apps.newTitle")}</h1>
      <p>
        {t("support.f.caseRef")}: {prefill.caseRef}
      </p>
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" noValidate>
        <CsrfInput />
        <input type="hidden" name="subject" value={prefill.subject} />
        <SelectField
          name="policyId"
          label={labels.policyId}
          error={msg(errors.policyId) ?? msg(errors.subject)}
          defaultValue={values.policyId}
          options={policies.map((p) => ({
            value: p.id,
            label: `${locale === "en" ? p.nameEn : p.nameZh}${p.isExample ? ` (${t("support.example")})` : ""}`,
          }))}
        />
        {isInsurance ? (
          <TextField name="premium" label={labels.premium} error={msg(errors.premium)} defaultValue={values.premium ?? prefill.premium} inputMode="decimal" />
        ) : (
          <>
            <SelectField
              name="caseScope"
              label={labels.caseScope}
              error={msg(errors.caseScope)}
              defaultValue={values.caseScope ?? prefill.caseScope}
              options={["overseas", "domestic"].map((s) => ({ value: s, label: t(`support.scope.${s}` as MessageKey) }))}
            />
            <CheckboxField name="won" label={t("support.f.won")} checked={values.won ? values.won === "true" : true} />
            <TextField name="decidedOn" type="date" label={labels.decidedOn} error={msg(errors.decidedOn)} defaultValue={values.decidedOn} />
            <TextField name="costs" label={labels.costs} error={msg(errors.costs)} defaultValue={values.costs} inputMode="decimal" />
          </>
        )}
        <TextAreaField name="statement" label={labels.statement} error={msg(errors.statement)} defaultValue={values.statement} rows={4} />
        <button type="submit">{t("support.apps.submit")}</button>
      </Form>
    </>
  );
}

export const meta = titleMeta("support.apps.newTitle");
