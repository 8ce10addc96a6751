import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CsrfInput, SelectField } from "~/components/forms.tsx";
import { EligibilityExplanation, SubsidyTimeline, SupportAttachments } from "~/components/support-parts.tsx";
import type { MessageKey } from "~/i18n/i18n.ts";
import { titleMeta } from "~/i18n/meta.ts";
import { useLocale, useT } from "~/i18n/use-t.ts";
import { getOwnApplication, presentApplication, SubsidyTransitionError, transitionApplication } from "~/models/subsidy-application.server.ts";
import { listSupportAttachments } from "~/models/support-attachment.server.ts";
import { DOCUMENT_KINDS } from "~/support/vocabulary.ts";
import { requireExporterCompany } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { parseIntent, readForm, IdParamsSchema, parseParams } from "~/utils/forms.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const authed = await requireExporterCompany(request);
  const db = await getDb();
  const app = await getOwnApplication(db, parseParams(params, IdParamsSchema).id, authed.companyId);
  if (!app) throw new Response("Not found", { status: 404 });
  return json({ app: presentApplication(app), attachments: await listSupportAttachments(db, "subsidy-application", app.id) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const authed = await requireExporterCompany(request);
  const form = await readForm(request, authed);
  parseIntent(form, ["resubmit"]);
  try {
    await transitionApplication(await getDb(), {
      applicationId: parseParams(params, IdParamsSchema).id,
      to: "under-review",
      actor: { id: authed.user.id, kind: "exporter" },
      companyId: authed.companyId,
    });
  } catch (error) {
    if (error instanceof SubsidyTransitionError) {
      if (error.code === "not-found") throw new Response("Not found", { status: 404 });
      return json({ ok: false as const, fieldErrors: {}, formError: `support.err.${error.code}` }, { status: 409 });
    }
    throw error;
  }
  return redirect(`/exporter/subsidies/${params.id}?resubmitted=1`);
}

export default function ExporterSubsidy() {
  const { app, attachments } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as { formError?: string } | undefined;
  const [search] = useSearchParams();
  const t = useT();
  const locale = useLocale();
  const canUpload = ["submitted", "under-review", "needs-supplement"].includes(app.state);
  return (
    <>
      <p>
        <Link to="/exporter/subsidies">← {t("support.apps.mine")}</Link>
      </p>
      <h1>
        {locale === "en" ? app.policy.nameEn : app.policy.nameZh} · {t(`support.state.${app.state}` as MessageKey)}
      </h1>
      {search.get("submitted") ? <p role="status">{t("support.apps.submitted")}</p> : null}
      {search.get("uploaded") ? <p role="status">{t("support.apps.uploaded")}</p> : null}
      {data?.formError ? (
        <p role="alert" className="form-error">
          {t(data.formError as MessageKey)}
        </p>
      ) : null}
      <dl>
        <dt>{t("support.f.caseRef")}</dt>
        <dd>{app.caseRef}</dd>
        {app.decidedOn ? (
          <>
            <dt>{t("support.f.decidedOn")}</dt>
            <dd>{app.decidedOn}</dd>
          </>
        ) : null}
        {app.approvedAmount !== null ? (
          <>
            <dt>{t("support.apps.approvedAmount")}</dt>
            <dd>{app.approvedAmount}</dd>
          </>
        ) : null}
        {app.paidAmount !== null ? (
          <>
            <dt>{t("support.apps.paidAmount")}</dt>
            <dd>{app.paidAmount}</dd>
          </>
        ) : null}
        {app.rejectionReason ? (
          <>
            <dt>{t("guidance.f.reason")}</dt>
            <dd>{app.rejectionReason}</dd>
          </>
        ) : null}
      </dl>
      {app.hasNotice ? (
        <p>
          <Link to={`/exporter/subsidies/${app.id}/notice`}>{t("support.apps.notice")}</Link>
        </p>
      ) : null}
      {app.state === "needs-supplement" ? (
        <section className="notice">
          <h2>{t("support.apps.supplementAsked")}</h2>
          <p>{app.supplementNote}</p>
          <Form method="post">
            <CsrfInput />
            <button type="submit" name="intent" value="resubmit">
              {t("support.apps.resubmit")}
            </button>
          </Form>
        </section>
      ) : null}
      <EligibilityExplanation result={app.eligibility} />
      <p>
        {t("support.apps.requiredDocs")}: {app.requiredDocuments.map((d) => t(`support.doc.${d}` as MessageKey)).join("、") || "—"}
      </p>
      <SupportAttachments base={`/exporter/subsidies/${app.id}`} attachments={attachments} />
      {canUpload ? (
        <Form method="post" action={`/exporter/subsidies/${app.id}/attachments`} encType="multipart/form-data" noValidate>
          <CsrfInput />
          <SelectField
            name="docKind"
            label={t("support.f.docKind")}
            options={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`support.doc.${k}` as MessageKey) }))}
          />
          <div className="field">
            <label htmlFor="f-file">{t("guidance.upload.file")}</label>
            <input id="f-file" type="file" name="file" accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,.pptx,.txt" />
          </div>
          <button type="submit">{t("support.apps.upload")}</button>
        </Form>
      ) : null}
      <SubsidyTimeline events={app.events} />
    </>
  );
}

export const meta = titleMeta("support.apps.title");
