import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FileField } from "~/components/attachment-upload.tsx";
import { CheckboxField, CsrfInput, ErrorSummary, useMessage } from "~/components/forms.tsx";
import { GuidanceFields, useGuidanceLabels } from "~/components/guidance-form.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import { isLocale } from "~/i18n/i18n.ts";
import { useLocale, useT } from "~/i18n/use-t.ts";
import { addAttachment } from "~/models/guidance-attachment.server.ts";
import { createDraft, prefillFromAlertOrCase, RequestInputSchema } from "~/models/guidance-intake.server.ts";
import { requireExporterCompany } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { getEnv } from "~/utils/env.server.ts";
import { z } from "zod";
import { badRequest, checkboxField, IdParamsSchema, formToObject, parseFormWith, parseSearchParams, readForm } from "~/utils/forms.server.ts";
import { fileOf, readMultipartForm } from "~/utils/multipart.server.ts";
import { cleanFileName, formatLimit, sniffAllowedType } from "~/utils/upload.server.ts";

// Built on call: it uses a .server export, which is undefined in the browser bundle, so a
// top-level schema would crash the page's client module.
function prefillQuerySchema() {
  const optionalId = IdParamsSchema.shape.id.optional().or(z.literal("").transform(() => undefined));
  return z.object({ alert: optionalId, case: optionalId });
}

export async function loader({ request }: LoaderFunctionArgs) {
  const authed = await requireExporterCompany(request);
  // `?alert=` / `?case=` link an alert or a case; a value that could not be an id names nothing.
  const query = parseSearchParams(request, prefillQuerySchema());
  if (!query.ok) throw new Response("Not found", { status: 404 });
  const { alert: alertId, case: caseId } = query.data;
  const limits = { file: formatLimit(getEnv().UPLOAD_MAX_FILE_BYTES), total: formatLimit(getEnv().UPLOAD_MAX_REQUEST_BYTES) };
  if (!alertId && !caseId)
    return json({
      values: { consentToShare: "true" } as Record<string, string>,
      prefilled: false,
      alertId: null,
      caseId: null,
      deadline: null,
      deadlineRule: null,
      limits,
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
    limits,
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const authed = await requireExporterCompany(request);
  const maxFile = getEnv().UPLOAD_MAX_FILE_BYTES;
  // Without a file the browser may send the form urlencoded (and older clients do).
  const multipart = (request.headers.get("content-type") ?? "").startsWith("multipart/form-data");
  const read = multipart ? await readMultipartForm(request, authed, maxFile) : { ok: true as const, form: await readForm(request, authed) };
  if (!read.ok) return badRequest({ fieldErrors: { file: read.error } });
  const form = read.form;
  const parsed = parseFormWith(form, RequestInputSchema);
  // The optional first attachment is checked before the draft exists, so a refused file
  // leaves nothing half-made and its error shows next to the other fields.
  const file = fileOf(form, "file");
  const bytes = file ? new Uint8Array(await file.arrayBuffer()) : null;
  const fileError = file && bytes && !(await sniffAllowedType(bytes, cleanFileName(file.name || "file"))) ? "guidance.upload.wrongType" : null;
  if (!parsed.ok || fileError) {
    const values = parsed.ok ? formToObject(form) : parsed.values;
    return badRequest({ fieldErrors: { ...(parsed.ok ? {} : parsed.fieldErrors), ...(fileError ? { file: fileError } : {}) }, values });
  }
  const db = await getDb();
  // Links are re-checked against the company, never trusted from the form.
  const prefill = await prefillFromAlertOrCase(db, authed.companyId, { alertId: parsed.values.alertId || null, caseId: parsed.values.caseId || null });
  const created = await createDraft(db, authed.companyId, authed.user.id, parsed.data, { alertId: prefill?.alertId ?? null, caseId: prefill?.caseId ?? null });
  if (file && bytes) {
    const added = await addAttachment(db, {
      requestId: created.id,
      companyId: authed.companyId,
      userId: authed.user.id,
      name: file.name || "file",
      bytes,
      shareWithExperts: checkboxField.parse(formToObject(form).shareWithExperts),
    });
    if (added && !added.ok) return redirect(`/exporter/requests/${created.id}?saved=1`);
  }
  return redirect(`/exporter/requests/${created.id}?saved=1${file ? "&uploaded=1" : ""}`);
}

export default function NewGuidanceRequest() {
  const loaded = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  const msg = useMessage();
  const labels = { ...useGuidanceLabels(), file: t("guidance.upload.file") };
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
      <Form method="post" encType="multipart/form-data" noValidate>
        <CsrfInput />
        {loaded.alertId ? <input type="hidden" name="alertId" value={loaded.alertId} /> : null}
        {loaded.caseId ? <input type="hidden" name="caseId" value={loaded.caseId} /> : null}
        <GuidanceFields values={values} errors={errors} />
        <FileField error={msg(errors.file)} limits={loaded.limits} />
        <CheckboxField name="shareWithExperts" label={t("guidance.upload.share")} checked />
        <button type="submit">{t("guidance.saveDraft")}</button>
      </Form>
    </>
  );
}

export const meta = titleMeta("guidance.new");
