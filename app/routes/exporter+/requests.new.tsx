import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, ErrorSummary } from "~/components/forms.tsx";
import { GuidanceFields, useGuidanceLabels } from "~/components/guidance-form.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import { isLocale } from "~/i18n/i18n.ts";
import { useLocale, useT } from "~/i18n/use-t.ts";
import { createDraft, prefillFromAlertOrCase, RequestInputSchema } from "~/models/guidance-intake.server.ts";
import { requireExporterCompany } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { badRequest, parseFormWith, readForm } from "~/utils/forms.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const authed = await requireExporterCompany(request);
  const url = new URL(request.url);
  const alertId = url.searchParams.get("alert");
  const caseId = url.searchParams.get("case");
  if (!alertId && !caseId)
    return json({
      values: { consentToShare: "true" } as Record<string, string>,
      prefilled: false,
      alertId: null,
      caseId: null,
      deadline: null,
      deadlineRule: null,
    });
  // An alert of another company answers 404, like any other tenant's id.
  const prefill = await prefillFromAlertOrCase(await getDb(), authed.companyId, {
    alertId,
    caseId,
    locale: isLocale(authed.user.locale) ? authed.user.locale : undefined,
  });
  if (!prefill) throw new Response("Not found", { status: 404 });
  return json({
    values: { ...prefill.values, consentToShare: "true" },
    prefilled: true,
    alertId: prefill.alertId,
    caseId: prefill.caseId,
    deadline: prefill.deadline,
    deadlineRule: prefill.deadlineRule,
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const authed = await requireExporterCompany(request);
  const form = await readForm(request, authed);
  const parsed = parseFormWith(form, RequestInputSchema);
  if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors, values: parsed.values });
  const db = await getDb();
  // Links are re-checked against the company, never trusted from the form.
  const prefill = await prefillFromAlertOrCase(db, authed.companyId, { alertId: parsed.values.alertId || null, caseId: parsed.values.caseId || null });
  const created = await createDraft(db, authed.companyId, authed.user.id, parsed.data, { alertId: prefill?.alertId ?? null, caseId: prefill?.caseId ?? null });
  return redirect(`/exporter/requests/${created.id}?saved=1`);
}

export default function NewGuidanceRequest() {
  const loaded = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const labels = useGuidanceLabels();
  const errors: Record<string, string> = data?.fieldErrors ?? {};
  const values: Record<string, string> = data?.values ?? loaded.values;
  return (
    <>
      <p>
        <Link to="/exporter/requests">← {t("guidance.back")}</Link>
      </p>
      <h1>{t("guidance.new")}</h1>
      {loaded.prefilled ? <p className="notice">{t("guidance.prefilled")}</p> : null}
      {loaded.deadline ? (
        <p className="notice" data-testid="prefill-deadline">
          {t("guidance.prefillDeadline", {
            date: loaded.deadline,
            rule: (locale === "en" ? loaded.deadlineRule?.labelEn : loaded.deadlineRule?.labelZh) ?? "",
          })}
        </p>
      ) : null}
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" noValidate>
        <CsrfInput />
        {loaded.alertId ? <input type="hidden" name="alertId" value={loaded.alertId} /> : null}
        {loaded.caseId ? <input type="hidden" name="caseId" value={loaded.caseId} /> : null}
        <GuidanceFields values={values} errors={errors} />
        <button type="submit">{t("guidance.saveDraft")}</button>
      </Form>
    </>
  );
}

export const meta = titleMeta("guidance.new");
