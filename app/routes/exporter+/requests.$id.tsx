import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { AttachmentUploadForm } from "~/components/attachment-upload.tsx";
import { CsrfInput, ErrorSummary, SelectField, TextAreaField, useMessage } from "~/components/forms.tsx";
import { DeadlineWarnings, GuidanceSummary } from "~/components/guidance-summary.tsx";
import { GuidanceFields, requestToValues, useGuidanceLabels } from "~/components/guidance-form.tsx";
import { AttachmentList, GuidanceTimeline, transitionErrorKey } from "~/components/guidance-timeline.tsx";
import { deadlineWarnings, effectiveDeadline } from "~/guidance/deadlines.ts";
import { RequestSupportBox } from "~/components/support-parts.tsx";
import { supportForRequest } from "~/models/country-guide.server.ts";
import { shanghaiDate } from "~/guidance/working-days.ts";
import type { MessageKey } from "~/i18n/i18n.ts";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import {
  exporterRate,
  exporterSubmit,
  getOwnRequest,
  RatingSchema,
  RequestInputSchema,
  requestSummary,
  updateOwnRequest,
} from "~/models/guidance-intake.server.ts";
import { requireOwnRequestId, TransitionError } from "~/models/guidance-request.server.ts";
import { NoticeLinks } from "~/components/guidance-notice.tsx";
import { listNotices } from "~/models/guidance-notice.server.ts";
import { requireExporterCompany } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { getEnv } from "~/utils/env.server.ts";
import { formatLimit } from "~/utils/upload.server.ts";
import { badRequest, parseFormWith, parseIntent, readForm, IdParamsSchema, parseParams } from "~/utils/forms.server.ts";

const day = (d: Date | null) => (d ? shanghaiDate(d) : null);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const authed = await requireExporterCompany(request);
  const r = await getOwnRequest(await getDb(), parseParams(params, IdParamsSchema).id, authed.companyId);
  if (!r) throw new Response("Not found", { status: 404 });
  const editable = r.state === "draft" || r.state === "needs-supplement";
  return json({
    support: await supportForRequest(await getDb(), r, { insurance: false }),
    canApplySubsidy: r.state === "closed" || r.state === "archived",
    id: r.id,
    state: r.state,
    disputeType: r.disputeType,
    supplementNote: r.supplementNote,
    rejectionReason: r.rejectionReason,
    terminationReason: r.terminationReason,
    rating: r.rating,
    deadline: day(effectiveDeadline(r)),
    warnings: deadlineWarnings(r, new Date()),
    editable,
    values: requestToValues({ ...r, ...requestSummary(r), servedAt: day(r.servedAt), statedDeadline: day(r.statedDeadline) }),
    events: r.events.map((e) => ({ id: e.id, toState: e.toState, note: e.note, at: e.at.toISOString() })),
    notices: await listNotices(await getDb(), r.id),
    attachments: r.attachments.map((a) => ({ id: a.id, originalName: a.originalName, mimeType: a.mimeType, size: a.size })),
    // The advice is read from this page; rating stays open after staff close the request.
    // (A request is closed only from delivered, so a closed one has delivered advice.)
    hasAdvice: r.state === "delivered" || r.state === "closed",
    canRate: r.rating === null && (r.state === "delivered" || r.state === "closed"),
    canUpload: ["draft", "submitted", "under-review", "needs-supplement"].includes(r.state),
    limits: { file: formatLimit(getEnv().UPLOAD_MAX_FILE_BYTES), total: formatLimit(getEnv().UPLOAD_MAX_REQUEST_BYTES) },
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const authed = await requireExporterCompany(request);
  const form = await readForm(request, authed);
  const db = await getDb();
  const id = await requireOwnRequestId(db, parseParams(params, IdParamsSchema).id, authed.companyId);
  const intent = parseIntent(form, ["save", "submit", "rate"]);
  try {
    if (intent === "save" || intent === "submit") {
      const parsed = parseFormWith(form, RequestInputSchema);
      if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors, values: parsed.values });
      if (!(await updateOwnRequest(db, id, authed.companyId, parsed.data))) {
        return badRequest({ fieldErrors: {}, values: parsed.values, formError: "guidance.err.notEditable" });
      }
      if (intent === "save") return redirect(`/exporter/requests/${id}?saved=1`);
      const result = await exporterSubmit(db, { requestId: id, companyId: authed.companyId, userId: authed.user.id });
      if (!result.ok) return badRequest({ fieldErrors: result.fieldErrors, values: parsed.values });
      return redirect(`/exporter/requests/${id}?submitted=1`);
    }
    // intent === "rate"
    const parsed = parseFormWith(form, RatingSchema);
    if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors, values: parsed.values });
    await exporterRate(db, { requestId: id, companyId: authed.companyId, userId: authed.user.id, ...parsed.data });
    return redirect(`/exporter/requests/${id}?rated=1`);
  } catch (error) {
    if (error instanceof TransitionError)
      return json(
        { ok: false as const, fieldErrors: {}, values: undefined, formError: transitionErrorKey(error.code) as string, from: error.from ?? "" },
        { status: 409 },
      );
    throw error;
  }
}

export default function ExporterRequest() {
  const r = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as
    { fieldErrors?: Record<string, string>; values?: Record<string, string>; formError?: string; from?: string } | undefined;
  const [search] = useSearchParams();
  const t = useT();
  const msg = useMessage();
  const labels = useGuidanceLabels();
  const errors = data?.fieldErrors ?? {};
  const values = data?.values ?? r.values;
  return (
    <>
      <p>
        <Link to="/exporter/requests">← {t("guidance.back")}</Link>
      </p>
      <h1>
        {t(`guidance.type.${r.disputeType}` as MessageKey)} · {t(`guidance.state.${r.state}` as MessageKey)}
      </h1>
      {search.get("saved") ? <p role="status">{t("guidance.draftSaved")}</p> : null}
      {search.get("submitted") ? <p role="status">{t("guidance.submitted")}</p> : null}
      {search.get("uploaded") ? <p role="status">{t("guidance.upload.done")}</p> : null}
      {search.get("rated") ? <p role="status">{t("guidance.rated")}</p> : null}
      {data?.formError ? (
        <p role="alert" className="form-error">
          {t(data.formError as MessageKey, { from: data.from ? t(`guidance.state.${data.from}` as MessageKey) : "" })}
        </p>
      ) : null}
      <p>
        {t("guidance.effectiveDeadline")}: {r.deadline ?? t("guidance.noDeadline")}
      </p>
      <DeadlineWarnings warnings={r.warnings} />
      <RequestSupportBox base="/exporter" support={r.support} />
      {r.canApplySubsidy ? (
        <p>
          <Link to={`/exporter/subsidies/new?subject=request:${r.id}`}>{t("support.apps.applyHere")}</Link>
        </p>
      ) : null}
      {r.state === "needs-supplement" && r.supplementNote ? (
        <section className="notice">
          <h2>{t("guidance.supplementAsked")}</h2>
          <p>{r.supplementNote}</p>
        </section>
      ) : null}
      {r.rejectionReason && r.state === "rejected" ? (
        <p>
          {t("guidance.f.reason")}: {r.rejectionReason}
        </p>
      ) : null}
      {r.terminationReason && r.state === "terminated" ? (
        <p>
          {t("guidance.f.reason")}: {r.terminationReason}
        </p>
      ) : null}
      {r.editable ? (
        <>
          <ErrorSummary errors={errors} labels={labels} />
          <Form method="post" noValidate>
            <CsrfInput />
            <GuidanceFields values={values} errors={errors} />
            <button type="submit" name="intent" value="save">
              {t("guidance.saveDraft")}
            </button>{" "}
            <button type="submit" name="intent" value="submit">
              {r.state === "needs-supplement" ? t("guidance.resubmit") : t("guidance.submit")}
            </button>
          </Form>
        </>
      ) : null}
      {r.hasAdvice ? (
        <p>
          <Link to={`/exporter/requests/${r.id}/advice`}>{t("journeys.readAdvice")}</Link>
        </p>
      ) : null}
      {r.canRate ? (
        <section>
          <h2>{t("guidance.rateTitle")}</h2>
          <p className="muted">{t(r.state === "closed" ? "journeys.rateClosed" : "journeys.readBeforeRating")}</p>
          <Form method="post" noValidate>
            <CsrfInput />
            <SelectField
              name="rating"
              label={t("guidance.f.rating")}
              error={msg(errors.rating)}
              options={["", "5", "4", "3", "2", "1"].map((v) => ({ value: v, label: v || "—" }))}
            />
            <TextAreaField name="feedback" label={t("guidance.f.feedback")} error={msg(errors.feedback)} rows={3} />
            <button type="submit" name="intent" value="rate">
              {t(r.state === "closed" ? "journeys.rateOnly" : "guidance.rate")}
            </button>
          </Form>
        </section>
      ) : null}
      {r.editable ? null : <GuidanceSummary values={r.values} />}
      <NoticeLinks base={`/exporter/requests/${r.id}`} notices={r.notices} />
      <AttachmentList base={`/exporter/requests/${r.id}`} attachments={r.attachments} />
      {r.canUpload ? <AttachmentUploadForm action={`/exporter/requests/${r.id}/attachments`} limits={r.limits} /> : null}
      <GuidanceTimeline events={r.events} />
    </>
  );
}

export const meta = titleMeta("guidance.title");
