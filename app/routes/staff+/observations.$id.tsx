// Triage of one observation report: a risk item (same pipeline as feeds), a case note, or the file.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { z } from "zod";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, TextAreaField, TextField, useMessage } from "~/components/forms.tsx";
import type { MessageKey } from "~/i18n/i18n.ts";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import { getCompanyLabel } from "~/models/company.server.ts";
import { getObservationForStaff, type TriageDecision, triageObservation } from "~/models/observation.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { badRequest, optionalNoteField, parseFormWith, parseIntent, readForm, IdParamsSchema, parseParams } from "~/utils/forms.server.ts";
import { parseList } from "~/utils/json-list.ts";

// Built on call: it uses a .server export, which is undefined in the browser bundle, so a
// top-level schema would crash the page's client module.
const triageSchema = () =>
  z.object({
    note: optionalNoteField,
    caseId: z.string().trim().max(64, "support.err.tooLong").default(""),
  });

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "manage:support:any");
  const db = await getDb();
  const o = await getObservationForStaff(db, parseParams(params, IdParamsSchema).id);
  if (!o) throw new Response("Not found", { status: 404 });
  const company = await getCompanyLabel(db, o.companyId);
  return json({
    o: {
      id: o.id,
      company: company?.nameZh ?? "",
      title: o.title,
      country: o.country,
      forum: o.forum,
      whatHappened: o.whatHappened,
      parties: parseList(o.parties),
      products: parseList(o.products),
      links: parseList(o.links),
      urgency: o.urgency,
      state: o.state,
      outcomeNote: o.outcomeNote,
      riskItemId: o.riskItemId,
      caseId: o.caseId,
    },
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const authed = await requirePermission(request, "manage:support:any");
  const form = await readForm(request, authed);
  const intent = parseIntent(form, ["item", "case-note", "filed"]);
  const parsed = parseFormWith(form, triageSchema());
  if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors, values: parsed.values });
  const decision: TriageDecision = intent === "case-note" ? { to: intent, caseId: parsed.data.caseId } : { to: intent };
  const result = await triageObservation(await getDb(), {
    id: parseParams(params, IdParamsSchema).id,
    decision,
    note: parsed.data.note,
    actorId: authed.user.id,
  });
  if (!result.ok) {
    if (result.error === "not-found") throw new Response("Not found", { status: 404 });
    return json({ formError: `support.err.${result.error}` }, { status: 409 });
  }
  return redirect(`/staff/observations/${params.id}`);
}

export default function StaffObservation() {
  const { o } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const t = useT();
  const msg = useMessage();
  const fieldErrors: Record<string, string> = data && "fieldErrors" in data ? data.fieldErrors : {};
  return (
    <>
      <p>
        <Link to="/staff/observations">← {t("support.obs.queue")}</Link>
      </p>
      <h1>
        {o.title} · {t(`support.observation.state.${o.state}` as MessageKey)}
      </h1>
      {data?.formError ? (
        <p role="alert" className="form-error">
          {t(data.formError as MessageKey)}
        </p>
      ) : null}
      <p>
        {o.company} · {o.country} {o.forum ? `· ${o.forum}` : ""} · {t(`support.urgency.${o.urgency}` as MessageKey)}
      </p>
      <p style={{ whiteSpace: "pre-wrap" }}>{o.whatHappened}</p>
      {o.parties.length ? <p>{o.parties.join("、")}</p> : null}
      {o.products.length ? <p>{o.products.join("、")}</p> : null}
      <ul>
        {o.links.map((l) => (
          <li key={l}>
            <a href={l} rel="noopener noreferrer nofollow" target="_blank">
              {l}
            </a>
          </li>
        ))}
      </ul>
      {o.riskItemId ? (
        <p>
          <Link to={`/staff/items/${o.riskItemId}`}>{t("support.obs.item")}</Link>
        </p>
      ) : null}
      {o.caseId ? (
        <p>
          <Link to={`/staff/cases/${o.caseId}`}>{t("alerts.caseLink")}</Link>
        </p>
      ) : null}
      {o.state === "submitted" ? (
        <Form method="post" noValidate>
          <CsrfInput />
          <TextAreaField name="note" label={t("support.f.note")} rows={2} error={msg(fieldErrors.note)} />
          <button type="submit" name="intent" value="item">
            {t("support.obs.toItem")}
          </button>{" "}
          <button type="submit" name="intent" value="filed">
            {t("support.obs.file")}
          </button>
          <TextField name="caseId" label={t("support.obs.caseId")} error={msg(fieldErrors.caseId)} />
          <button type="submit" name="intent" value="case-note">
            {t("support.obs.toCaseNote")}
          </button>
        </Form>
      ) : (
        <p>{o.outcomeNote}</p>
      )}
    </>
  );
}

export const meta = titleMeta("support.obs.title");
