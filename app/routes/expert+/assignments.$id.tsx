import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { CsrfInput, TextAreaField, useMessage } from "~/components/forms.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import type { MessageKey } from "~/i18n/messages.ts";
import { useT } from "~/i18n/use-t.ts";
import { useLabel } from "~/components/search-labels.tsx";
import { expertRequestView, getExpertAssignment } from "~/models/advice.server.ts";
import { AssignmentError, respondToAssignment } from "~/models/expert-assignment.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { badRequest, parseFormWith, readForm, IdParamsSchema, parseParams } from "~/utils/forms.server.ts";

const AnswerSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("accept"),
    noConflict: z.literal("on", { message: "experts.noConflictRequired" }),
  }),
  z.object({
    intent: z.literal("decline"),
    reason: z.string().trim().min(1, "experts.declineReasonRequired").max(1000, "form.tooLong|max=1000"),
  }),
]);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requirePermission(request, "read:guidance-request:assigned");
  const db = await getDb();
  const assignment = await getExpertAssignment(db, parseParams(params, IdParamsSchema).id, user.id);
  if (!assignment) throw new Response("Not found", { status: 404 });
  return json({
    assignment: {
      id: assignment.id,
      status: assignment.status,
      respondBy: assignment.respondBy?.toISOString().slice(0, 10) ?? null,
    },
    facts: await expertRequestView(db, assignment.requestId),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const authed = await requirePermission(request, "read:guidance-request:assigned");
  const form = await readForm(request, authed);
  const db = await getDb();
  const assignment = await getExpertAssignment(db, parseParams(params, IdParamsSchema).id, authed.user.id);
  if (!assignment) throw new Response("Not found", { status: 404 });
  const parsed = parseFormWith(form, AnswerSchema);
  if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors });
  try {
    await respondToAssignment(db, {
      assignmentId: assignment.id,
      expertUserId: authed.user.id,
      accept: parsed.data.intent === "accept",
      noConflict: parsed.data.intent === "accept",
      reason: parsed.data.intent === "decline" ? parsed.data.reason : null,
    });
  } catch (error) {
    if (error instanceof AssignmentError)
      return badRequest({
        fieldErrors: {},
        formError: `experts.error.${error.code}`,
      });
    throw error;
  }
  return redirect(parsed.data.intent === "accept" ? `/expert/assignments/${assignment.id}` : "/expert/assignments");
}

export default function AssignmentPage() {
  const { assignment, facts } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const t = useT();
  const label = useLabel();
  const m = useMessage();
  const errors: Record<string, string> = data?.fieldErrors ?? {};
  const row = (label: MessageKey, value: string | number | null | undefined) =>
    value === null || value === undefined || value === "" ? null : (
      <div>
        <dt>{t(label)}</dt>
        <dd>{value}</dd>
      </div>
    );
  return (
    <>
      <p>
        <Link to="/expert/assignments">← {t("experts.portal.title")}</Link>
      </p>
      <h1>
        <span data-dispute-type={facts.disputeType}>{t(`guidance.type.${facts.disputeType}` as MessageKey)}</span> ·{" "}
        {t(`experts.status.${assignment.status}` as MessageKey)}
      </h1>
      {data?.formError ? (
        <p role="alert" className="field__error">
          {m(data.formError)}
        </p>
      ) : null}
      <section className="card">
        <h2>{t("experts.portal.facts")}</h2>
        {facts.consentToShare ? null : <p className="muted">{t("experts.portal.notShared")}</p>}
        <dl className="facts">
          {row("experts.req.forum", [label("jurisdiction", facts.country), facts.forum].filter(Boolean).join(" · "))}
          {row("experts.req.caseNumber", facts.caseNumber)}
          {row("experts.req.opposingParty", facts.opposingParty)}
          {row("experts.req.opposingCounsel", facts.opposingCounsel)}
          {row("experts.req.deadline", facts.deadline?.slice(0, 10))}
          {row("experts.req.products", facts.products.join(", "))}
          {row("experts.req.company", facts.companyName)}
          {row("experts.req.amount", facts.amountAtStake === null ? null : `${facts.amountAtStake} ${facts.currency ?? ""}`)}
          {row("experts.req.contact", [facts.contactName, facts.contactPhone, facts.contactEmail].filter(Boolean).join(" · "))}
          {row("experts.req.whatHappened", facts.whatHappened)}
          {row("experts.req.helpWanted", facts.helpWanted)}
        </dl>
        {facts.attachments.length ? (
          <>
            <h3>{t("experts.req.attachments")}</h3>
            <ul>
              {facts.attachments.map((a) => (
                <li key={a.id}>
                  {assignment.status === "accepted" || assignment.status === "completed" ? (
                    <a href={`/expert/assignments/${assignment.id}/attachments/${a.id}`} download>
                      {a.originalName}
                    </a>
                  ) : (
                    a.originalName
                  )}{" "}
                  ({a.size} B)
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      {assignment.status === "proposed" ? (
        <section className="card">
          {assignment.respondBy ? <p>{t("experts.portal.respondBy", { date: assignment.respondBy })}</p> : null}
          <Form method="post">
            <CsrfInput />
            <input type="hidden" name="intent" value="accept" />
            <label className="checkbox-row">
              <input type="checkbox" name="noConflict" value="on" /> {t("experts.portal.noConflict")}
            </label>
            {errors.noConflict ? (
              <p className="field__error" role="alert">
                {m(errors.noConflict)}
              </p>
            ) : null}
            <button type="submit">{t("experts.portal.accept")}</button>
          </Form>
          <Form method="post">
            <CsrfInput />
            <input type="hidden" name="intent" value="decline" />
            <TextAreaField name="reason" rows={2} label={t("experts.portal.declineReason")} error={m(errors.reason)} />
            <button type="submit" className="button--secondary">
              {t("experts.portal.decline")}
            </button>
          </Form>
        </section>
      ) : (
        <p>
          <Link className="button" to={`/expert/requests/${facts.id}/advice`}>
            {t("experts.portal.writeAdvice")}
          </Link>
        </p>
      )}
    </>
  );
}

export const meta = titleMeta("experts.portal.title");
