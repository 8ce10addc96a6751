import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { CsrfInput, TextAreaField, TextField } from "~/components/forms.tsx";
import { EligibilityExplanation, SubsidyTimeline, SupportAttachments } from "~/components/support-parts.tsx";
import type { MessageKey } from "~/i18n/i18n.ts";
import { titleMeta } from "~/i18n/meta.ts";
import { useLocale, useT } from "~/i18n/use-t.ts";
import { getCompanyLabel } from "~/models/company.server.ts";
import { activeInsuranceFor } from "~/models/insurance.server.ts";
import { getApplicationForStaff, presentApplication, SubsidyTransitionError, transitionApplication } from "~/models/subsidy-application.server.ts";
import { listSupportAttachments } from "~/models/support-attachment.server.ts";
import { nextSubsidyStates, SUBSIDY_STATES } from "~/support/subsidy-states.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { badRequest, parseFormWith, readForm, IdParamsSchema, parseParams } from "~/utils/forms.server.ts";

const StepSchema = z.object({
  to: z.enum(SUBSIDY_STATES, { message: "support.err.choice" }),
  note: z.string().trim().max(2000, "support.err.tooLong").optional(),
  amount: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || (Number.isFinite(Number(v)) && Number(v) > 0), "support.err.number")
    .transform((v) => (v ? Number(v) : null)),
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "manage:support:any");
  const db = await getDb();
  const app = await getApplicationForStaff(db, parseParams(params, IdParamsSchema).id);
  if (!app) throw new Response("Not found", { status: 404 });
  const company = await getCompanyLabel(db, app.companyId);
  const insurance = await activeInsuranceFor(db, app.companyId);
  return json({
    app: presentApplication(app),
    company,
    next: nextSubsidyStates(app.state as (typeof SUBSIDY_STATES)[number], "staff"),
    attachments: await listSupportAttachments(db, "subsidy-application", app.id),
    insurance: insurance.map((p) => ({ id: p.id, kind: p.kind, insurer: p.insurer, cover: p.cover, endsOn: p.endsOn.toISOString().slice(0, 10) })),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const authed = await requirePermission(request, "manage:support:any");
  const form = await readForm(request, authed);
  const parsed = parseFormWith(form, StepSchema);
  if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors, values: parsed.values });
  try {
    await transitionApplication(await getDb(), {
      applicationId: parseParams(params, IdParamsSchema).id,
      to: parsed.data.to,
      actor: { id: authed.user.id, kind: "staff" },
      note: parsed.data.note ?? null,
      amount: parsed.data.amount,
    });
  } catch (error) {
    if (error instanceof SubsidyTransitionError) {
      if (error.code === "not-found") throw new Response("Not found", { status: 404 });
      return json({ ok: false as const, fieldErrors: {}, values: parsed.values, formError: `support.err.${error.code}` }, { status: 409 });
    }
    throw error;
  }
  return redirect(`/staff/subsidies/${params.id}`);
}

const BUTTON: Record<string, MessageKey> = {
  "under-review": "support.apps.startReview",
  "needs-supplement": "support.apps.askSupplement",
  approved: "support.apps.approve",
  rejected: "support.apps.reject",
  paid: "support.apps.markPaid",
};

export default function StaffSubsidy() {
  const { app, company, next, attachments, insurance } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as { formError?: string; fieldErrors?: Record<string, string> } | undefined;
  const t = useT();
  const locale = useLocale();
  const needsAmount = next.includes("approved") || next.includes("paid");
  const needsNote = next.includes("rejected") || next.includes("needs-supplement");
  return (
    <>
      <p>
        <Link to="/staff/subsidies">← {t("support.apps.queue")}</Link>
      </p>
      <h1>
        {company?.nameZh} · {locale === "en" ? app.policy.nameEn : app.policy.nameZh} · {t(`support.state.${app.state}` as MessageKey)}
      </h1>
      {data?.formError ? (
        <p role="alert" className="form-error">
          {t(data.formError as MessageKey)}
        </p>
      ) : null}
      <dl>
        <dt>{t("support.f.caseRef")}</dt>
        <dd>
          {app.caseRef}
          {app.guidanceRequestId ? (
            <>
              {" "}
              · <Link to={`/staff/requests/${app.guidanceRequestId}`}>{t("nav.requests")}</Link>
            </>
          ) : null}
          {app.caseId ? (
            <>
              {" "}
              · <Link to={`/staff/cases/${app.caseId}`}>{t("alerts.caseLink")}</Link>
            </>
          ) : null}
        </dd>
        <dt>{t("support.f.caseScope")}</dt>
        <dd>{app.caseScope ? t(`support.scope.${app.caseScope}` as MessageKey) : "—"}</dd>
        <dt>{t("support.f.won")}</dt>
        <dd>{app.won ? "✓" : "✗"}</dd>
        <dt>{t("support.f.decidedOn")}</dt>
        <dd>{app.decidedOn ?? "—"}</dd>
        <dt>{t("support.f.costs")}</dt>
        <dd>{app.costs ?? "—"}</dd>
        <dt>{t("support.f.premium")}</dt>
        <dd>{app.premium ?? "—"}</dd>
        <dt>{t("support.apps.proposed")}</dt>
        <dd>{app.proposedAmount ?? "—"}</dd>
        <dt>{t("support.apps.approvedAmount")}</dt>
        <dd>{app.approvedAmount ?? "—"}</dd>
        <dt>{t("support.apps.paidAmount")}</dt>
        <dd>{app.paidAmount ?? "—"}</dd>
      </dl>
      {app.statement ? <p>{app.statement}</p> : null}
      {app.hasNotice ? (
        <p>
          <Link to={`/staff/subsidies/${app.id}/notice`}>{t("support.apps.notice")}</Link>
        </p>
      ) : null}
      <EligibilityExplanation result={app.eligibility} />
      <SupportAttachments base={`/staff/subsidies/${app.id}`} attachments={attachments} />
      {insurance.length ? (
        <section>
          <h2>{t("support.apps.insuredPolicies")}</h2>
          <ul>
            {insurance.map((p) => (
              <li key={p.id}>
                {t(`support.insurance.kind.${p.kind}` as MessageKey)} · {p.insurer} · {p.cover} · {p.endsOn}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {next.length ? (
        <Form method="post" noValidate>
          <CsrfInput />
          {needsAmount ? (
            <TextField
              name="amount"
              label={t("support.f.amount")}
              inputMode="decimal"
              defaultValue={String(app.state === "approved" ? (app.approvedAmount ?? "") : (app.proposedAmount ?? ""))}
            />
          ) : null}
          {needsNote ? <TextAreaField name="note" label={t("support.f.note")} rows={3} /> : null}
          {next.map((to) => (
            <button key={to} type="submit" name="to" value={to}>
              {t(BUTTON[to]!)}
            </button>
          ))}
        </Form>
      ) : null}
      <SubsidyTimeline events={app.events} />
    </>
  );
}

export const meta = titleMeta("support.apps.queue");
