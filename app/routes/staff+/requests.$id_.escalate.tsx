import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, TextAreaField, useMessage } from "~/components/forms.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import { canEscalateFrom, type RequestState } from "~/domain/request-states.ts";
import { ESCALATION_CRITERIA } from "~/guidance/advice-escalation.ts";
import { EscalateSchema, escalateRequest, EscalationError, suggestedCriteria } from "~/models/escalation.server.ts";
import { requireRequestForStaff } from "~/models/guidance-request.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { badRequest, IdParamsSchema, parseFormWith, parseParams, readForm } from "~/utils/forms.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "update:guidance-request:any");
  const db = await getDb();
  const { id, state, escalated } = await requireRequestForStaff(db, parseParams(params, IdParamsSchema).id);
  const r = { id, state, escalated };
  return json({
    request: r,
    allowed: canEscalateFrom(r.state as RequestState),
    suggested: await suggestedCriteria(db, r.id),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const authed = await requirePermission(request, "update:guidance-request:any");
  const form = await readForm(request, authed);
  const db = await getDb();
  const { id: requestId } = await requireRequestForStaff(db, parseParams(params, IdParamsSchema).id);
  // Several checkboxes share the name "criteria": the schema gets them as a list.
  const parsed = parseFormWith(form, EscalateSchema, { criteria: form.getAll("criteria").map(String), note: form.get("note") ?? "" });
  if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors, values: { note: parsed.values.note ?? "" } });
  try {
    await escalateRequest(db, {
      requestId,
      staffId: authed.user.id,
      ...parsed.data,
    });
  } catch (error) {
    if (error instanceof EscalationError)
      return badRequest({
        fieldErrors: {},
        formError: error.code === "wrong-state" ? "experts.error.not-matchable" : `experts.error.${error.code}`,
      });
    throw error;
  }
  return redirect("/staff/escalations?created=1");
}

export default function Escalate() {
  const { request, allowed, suggested } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const t = useT();
  const m = useMessage();
  const errors: Record<string, string> = data?.fieldErrors ?? {};
  return (
    <>
      <p>
        <Link to={`/staff/requests/${request.id}`}>← {t("experts.esc.request")}</Link>
      </p>
      <h1>{t("experts.esc.new")}</h1>
      {data?.formError ? (
        <p role="alert" className="field__error">
          {m(data.formError)}
        </p>
      ) : null}
      {!allowed ? (
        <p className="muted">{t("experts.error.not-matchable")}</p>
      ) : (
        <Form method="post" noValidate>
          <CsrfInput />
          <fieldset className={`field${errors.criteria ? " field--error" : ""}`}>
            <legend>{t("experts.esc.criteria")}</legend>
            {errors.criteria ? (
              <p className="field__error" role="alert">
                {m(errors.criteria)}
              </p>
            ) : null}
            {ESCALATION_CRITERIA.map((c) => (
              <label key={c} className="checkbox-row">
                <input type="checkbox" name="criteria" value={c} defaultChecked={suggested.includes(c)} /> {t(`experts.crit.${c}`)}
                {suggested.includes(c) ? <span className="muted"> ({t("experts.esc.suggested")})</span> : null}
              </label>
            ))}
          </fieldset>
          <TextAreaField name="note" rows={4} label={t("experts.esc.note")} defaultValue={data?.values?.note ?? ""} error={m(errors.note)} required />
          <button type="submit">{t("experts.esc.submit")}</button>
        </Form>
      )}
    </>
  );
}

export const meta = titleMeta("experts.esc.new");
