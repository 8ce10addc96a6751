import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { CsrfInput, TextAreaField } from "~/components/forms.tsx";
import { ReportDocument } from "~/components/report-document.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import type { MessageKey } from "~/i18n/messages.ts";
import { useT } from "~/i18n/use-t.ts";
import { freezeReport, getReport, publishReport, regenerateReport, ReportError, SectionsSchema, updateSections } from "~/models/report.server.ts";
import reportStyles from "~/styles/reports.css";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { badRequest, formOk, parseFormWith, readForm, IdParamsSchema, parseParams } from "~/utils/forms.server.ts";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: reportStyles }];

const IntentSchema = z.enum(["save", "regenerate", "freeze", "publish"]);

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "read:report:any");
  const report = await getReport(await getDb(), parseParams(params, IdParamsSchema).id);
  if (!report) throw new Response("Not found", { status: 404 });
  return json({ report });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const authed = await requirePermission(request, "read:report:any");
  const form = await readForm(request, authed);
  const intent = IntentSchema.safeParse(form.get("intent"));
  if (!intent.success) return badRequest({ fieldErrors: {}, formError: "report.err.state" });
  const db = await getDb();
  const id = parseParams(params, IdParamsSchema).id;
  try {
    if (intent.data === "save") {
      const parsed = parseFormWith(form, SectionsSchema);
      if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors, values: parsed.values });
      await updateSections(db, id, parsed.data, authed.user.id);
    } else if (intent.data === "regenerate") await regenerateReport(db, id, authed.user.id);
    else if (intent.data === "freeze") await freezeReport(db, id, authed.user.id);
    else await publishReport(db, id, authed.user.id);
  } catch (error) {
    if (error instanceof ReportError) {
      if (error.code === "not-found") throw new Response("Not found", { status: 404 });
      return badRequest({ fieldErrors: {}, formError: "report.err.state" });
    }
    throw error;
  }
  return json({ ...(await formOk().json()), done: intent.data });
}

export default function ReportPage() {
  const { report } = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  const t = useT();
  const done = a && "done" in a ? a.done : null;
  const doneKey: Record<string, MessageKey> = { save: "report.saved", regenerate: "report.regenerated", publish: "report.published" };
  // Regenerating reads the period's records again (seconds for a year): say so, as generating does.
  const navigation = useNavigation();
  const regenerating = navigation.state !== "idle" && navigation.formMethod?.toLowerCase() === "post" && navigation.formData?.get("intent") === "regenerate";
  return (
    <>
      <div className="noprint">
        <p>
          {t(`report.status.${report.status}` as MessageKey)} · <a href={`/staff/reports/${report.id}/report.docx`}>{t("report.download.docx")}</a> ·{" "}
          <a href={`/staff/reports/${report.id}/report.pdf`}>{t("report.download.pdf")}</a>
        </p>
        {done === "freeze" && report.number ? <p role="status">{t("report.frozen", { number: report.number })}</p> : null}
        {done && done !== "freeze" ? <p role="status">{t(doneKey[done]!)}</p> : null}
        {a?.formError ? (
          <p role="alert" className="field__error">
            {t(a.formError as MessageKey)}
          </p>
        ) : null}
        {report.status === "draft" ? (
          <section className="card">
            <h2>{t("report.edit")}</h2>
            <Form method="post">
              <CsrfInput />
              <TextAreaField name="summary" label={t("report.section.summary")} defaultValue={report.sections.summary} rows={5} />
              <TextAreaField name="commentary" label={t("report.section.commentary")} defaultValue={report.sections.commentary} rows={5} />
              <TextAreaField name="recommendations" label={t("report.section.recommendations")} defaultValue={report.sections.recommendations} rows={5} />
              <TextAreaField name="internal" label={t("report.section.internal")} defaultValue={report.sections.internal} rows={3} />
              <button type="submit" name="intent" value="save">
                {t("report.save")}
              </button>
            </Form>
            <Form method="post" className="inline-form" aria-busy={regenerating || undefined}>
              <CsrfInput />
              <button type="submit" name="intent" value="regenerate" disabled={regenerating}>
                {t("report.regenerate")}
              </button>
            </Form>
            {regenerating ? (
              <p role="status" className="flash">
                <progress aria-label={t("report.generating")} /> {t("report.generating")}
              </p>
            ) : null}
            <Form method="post" className="inline-form">
              <CsrfInput />
              <p className="muted">{t("report.freeze.hint")}</p>
              <button type="submit" name="intent" value="freeze">
                {t("report.freeze")}
              </button>
            </Form>
          </section>
        ) : null}
        {report.status === "frozen" && report.kind === "risk-warning" ? (
          <Form method="post" className="card">
            <CsrfInput />
            <p className="muted">{t("report.publish.hint")}</p>
            <button type="submit" name="intent" value="publish">
              {t("report.publish")}
            </button>
          </Form>
        ) : null}
      </div>
      <ReportDocument report={report} />
    </>
  );
}

export const meta = titleMeta("report.list.title");
