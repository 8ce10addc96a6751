import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { CsrfInput, useMessage } from "~/components/forms.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import type { MessageKey } from "~/i18n/messages.ts";
import { useT } from "~/i18n/use-t.ts";
import { ESCALATION_STATUSES } from "~/guidance/advice-escalation.ts";
import { EscalationError, EscalationStatusSchema, listEscalations, nextEscalationStatus, updateEscalationStatus } from "~/models/escalation.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { badRequest, formId, formOk, parseFormWith, readForm } from "~/utils/forms.server.ts";
import { dateTimeFormat } from "~/domain/locale.ts";

const QuerySchema = z.object({
  status: z.enum(ESCALATION_STATUSES).optional().catch(undefined),
});
const shanghai = (d: Date | null) =>
  d
    ? dateTimeFormat("sv-SE", {
        timeZone: "Asia/Shanghai",
        dateStyle: "short",
        timeStyle: "short",
      }).format(d)
    : null;

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "update:guidance-request:any");
  const { status } = QuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const rows = await listEscalations(await getDb(), status);
  return json({
    status: status ?? null,
    created: new URL(request.url).searchParams.has("created"),
    escalations: rows.map((e) => ({
      id: e.id,
      requestId: e.requestId,
      company: e.request.company.nameZh,
      caseNumber: e.request.caseNumber,
      disputeType: e.request.disputeType,
      criteria: e.criteria,
      note: e.note,
      status: e.status,
      next: nextEscalationStatus(e.status),
      subCentreRef: e.subCentreRef,
      sentAt: shanghai(e.sentAt),
      acknowledgedAt: shanghai(e.acknowledgedAt),
      guidanceAt: shanghai(e.guidanceAt),
      closedAt: shanghai(e.closedAt),
    })),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const authed = await requirePermission(request, "update:guidance-request:any");
  const form = await readForm(request, authed);
  const escalationId = formId(form, "escalationId");
  const parsed = parseFormWith(form, EscalationStatusSchema);
  if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors });
  try {
    await updateEscalationStatus(await getDb(), {
      escalationId,
      staffId: authed.user.id,
      ...parsed.data,
    });
  } catch (error) {
    if (error instanceof EscalationError) {
      if (error.code === "not-found") throw new Response("Not found", { status: 404 });
      return badRequest({
        fieldErrors: {},
        formError: `experts.error.${error.code}`,
      });
    }
    throw error;
  }
  return formOk();
}

export default function Escalations() {
  const { escalations, status, created } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const t = useT();
  const m = useMessage();
  return (
    <>
      <h1>{t("experts.esc.title")}</h1>
      {created ? <p role="status">{t("experts.esc.done")}</p> : null}
      {data?.formError ? (
        <p role="alert" className="field__error">
          {m(data.formError)}
        </p>
      ) : null}
      <nav className="filters">
        {status ? <Link to="/staff/escalations">{t("experts.filter.all")}</Link> : <strong>{t("experts.filter.all")}</strong>}
        {ESCALATION_STATUSES.map((s) => (
          <span key={s}>
            {" · "}
            {status === s ? <strong>{t(`experts.escStatus.${s}`)}</strong> : <Link to={`?status=${s}`}>{t(`experts.escStatus.${s}`)}</Link>}
          </span>
        ))}
      </nav>
      {escalations.length === 0 ? <p className="muted">{t("experts.esc.empty")}</p> : null}
      {escalations.map((e) => (
        <section key={e.id} className="card">
          <h2>
            <Link to={`/staff/requests/${e.requestId}`}>{e.caseNumber ?? e.disputeType}</Link> · {e.company} —{" "}
            {t(`experts.escStatus.${e.status}` as MessageKey)}
          </h2>
          <p>{e.criteria.map((c) => t(`experts.crit.${c}` as MessageKey)).join("；")}</p>
          <p className="prewrap">{e.note}</p>
          <p className="muted">
            {t("experts.esc.sentAt")}: {e.sentAt}
            {e.acknowledgedAt ? ` · ${t("experts.escStatus.acknowledged")}: ${e.acknowledgedAt}` : ""}
            {e.guidanceAt ? ` · ${t("experts.escStatus.guidance-received")}: ${e.guidanceAt}` : ""}
            {e.closedAt ? ` · ${t("experts.escStatus.closed")}: ${e.closedAt}` : ""}
            {e.subCentreRef ? ` · ${t("experts.esc.ref")}: ${e.subCentreRef}` : ""}
          </p>
          <p>
            <a href={`/staff/escalations/${e.id}/dossier.json`} download>
              {t("experts.esc.dossierJson")}
            </a>{" "}
            · <Link to={`/staff/escalations/${e.id}/dossier`}>{t("experts.esc.dossierPrint")}</Link>
          </p>
          {e.next ? (
            <Form method="post" className="inline-form">
              <CsrfInput />
              <input type="hidden" name="escalationId" value={e.id} />
              <input type="hidden" name="status" value={e.next} />
              <label>
                {t("experts.esc.ref")} <input name="subCentreRef" defaultValue={e.subCentreRef ?? ""} maxLength={100} />
              </label>
              <button type="submit">
                {t("experts.esc.advance", {
                  status: t(`experts.escStatus.${e.next}`),
                })}
              </button>
            </Form>
          ) : null}
        </section>
      ))}
    </>
  );
}

export const meta = titleMeta("experts.esc.title");
