import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { CsrfInput, useMessage } from "~/components/forms.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import type { MessageKey } from "~/i18n/messages.ts";
import { useT } from "~/i18n/use-t.ts";
import { exclusionText, scorePartText } from "~/matching/explain.ts";
import { AssignmentError, listAssignmentsForRequest, proposeExperts, withdrawAssignment, shortlistForRequest } from "~/models/expert-assignment.server.ts";
import { requireRequestForStaff } from "~/models/guidance-request.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { badRequest, formId, formOk, IdParamsSchema, parseFormWith, parseIntent, parseParams, readForm } from "~/utils/forms.server.ts";

const ProposeSchema = z.object({
  expertIds: z.array(z.string().min(1).max(40)).min(1, "experts.pickOne").max(10),
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "update:guidance-request:any");
  const db = await getDb();
  const list = await shortlistForRequest(db, parseParams(params, IdParamsSchema).id);
  if (!list) throw new Response("Not found", { status: 404 });
  const assignments = await listAssignmentsForRequest(db, list.requestId);
  return json({
    list,
    assignments: assignments.map((a) => ({
      id: a.id,
      status: a.status,
      name: a.expert.displayNameZh,
      declineReason: a.declineReason,
      respondBy: a.respondBy?.toISOString() ?? null,
    })),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const authed = await requirePermission(request, "update:guidance-request:any");
  const form = await readForm(request, authed);
  const db = await getDb();
  const { id: requestId } = await requireRequestForStaff(db, parseParams(params, IdParamsSchema).id);
  // The shortlist form has no intent field (it proposes); each withdraw button sends one.
  if (parseIntent(form, ["propose", "withdraw"], "propose") === "withdraw") {
    try {
      await withdrawAssignment(db, {
        assignmentId: formId(form, "assignmentId"),
        requestId,
        staffId: authed.user.id,
      });
    } catch (error) {
      if (error instanceof AssignmentError && error.code === "not-found") throw new Response("Not found", { status: 404 });
      if (error instanceof AssignmentError) return badRequest({ fieldErrors: {}, formError: `experts.error.${error.code}` });
      throw error;
    }
    return formOk();
  }
  const parsed = parseFormWith(form, ProposeSchema, { expertIds: form.getAll("expertId").map(String) });
  if (!parsed.ok) return badRequest({ fieldErrors: { expertId: "experts.pickOne" } });
  try {
    await proposeExperts(db, {
      requestId,
      expertIds: parsed.data.expertIds,
      staffId: authed.user.id,
    });
  } catch (error) {
    if (error instanceof AssignmentError)
      return badRequest({
        fieldErrors: {},
        formError: `experts.error.${error.code}`,
      });
    throw error;
  }
  return formOk();
}

export default function AssignExperts() {
  const { list, assignments } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const t = useT();
  const m = useMessage();
  const matchable = list.state === "accepted" || list.state === "expert-assigned";
  return (
    <>
      <p>
        <Link to={`/staff/requests/${list.requestId}`}>← {t("experts.esc.request")}</Link>
      </p>
      <h1>{t("experts.match.title")}</h1>
      {data?.formError ? (
        <p role="alert" className="field__error">
          {m(data.formError)}
        </p>
      ) : null}
      {data?.fieldErrors?.expertId ? (
        <p role="alert" className="field__error">
          {m(data.fieldErrors.expertId)}
        </p>
      ) : null}
      {data?.ok ? <p role="status">{t("experts.match.proposed")}</p> : null}
      {assignments.length ? (
        <section className="card">
          <h2>{t("experts.match.assignments")}</h2>
          <ul>
            {assignments.map((a) => (
              <li key={a.id}>
                {a.name} — {t(`experts.status.${a.status}` as MessageKey)}
                {a.declineReason ? `: ${a.declineReason}` : ""}
                {a.status === "proposed" ? (
                  <Form method="post" className="inline-form">
                    <CsrfInput />
                    <input type="hidden" name="intent" value="withdraw" />
                    <input type="hidden" name="assignmentId" value={a.id} />
                    <button type="submit" className="link-button">
                      {t("guide2.withdraw")}
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <h2>{t("experts.match.ranked")}</h2>
      {list.ranked.length === 0 ? <p className="muted">{t("experts.match.noneRanked")}</p> : null}
      <Form method="post">
        <CsrfInput />
        <ol className="shortlist">
          {list.ranked.map((r) => (
            <li key={r.expertId}>
              <label className="checkbox-row">
                {matchable ? <input type="checkbox" name="expertId" value={r.expertId} /> : null} <strong>{r.name}</strong>
                {r.organisation ? ` · ${r.organisation}` : ""} — {t("experts.match.score")} {r.score}
              </label>
              <ul className="breakdown muted">
                {r.breakdown.map((p) => (
                  <li key={p.criterion}>{scorePartText(t, p)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
        {matchable && list.ranked.length ? <button type="submit">{t("experts.match.propose")}</button> : null}
      </Form>
      <h2>{t("experts.match.excluded")}</h2>
      <ul>
        {list.excluded.map((r) => (
          <li key={r.expertId}>
            <strong>{r.name}</strong>
            {r.organisation ? ` · ${r.organisation}` : ""}: {r.excluded.map((x) => exclusionText(t, x)).join("; ")}
          </li>
        ))}
      </ul>
    </>
  );
}

export const meta = titleMeta("experts.match.title");
