import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { AdviceView } from "~/components/advice-view.tsx";
import { CsrfInput, TextAreaField, useMessage } from "~/components/forms.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import type { MessageKey } from "~/i18n/messages.ts";
import { useT } from "~/i18n/use-t.ts";
import { AdviceError, listAdviceForStaff, presentAdvice, reviewAdvice } from "~/models/advice.server.ts";
import { requireRequestForStaff, TransitionError } from "~/models/guidance-request.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { badRequest, parseFormWith, readForm, IdParamsSchema, parseParams } from "~/utils/forms.server.ts";

const ReviewSchema = z.object({
  adviceId: z.string().min(1).max(40),
  decision: z.enum(["return", "approve", "deliver"]),
  comment: z.string().trim().max(4000, "form.tooLong|max=4000").default(""),
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "update:guidance-request:any");
  const db = await getDb();
  const { id, state, disputeType } = await requireRequestForStaff(db, parseParams(params, IdParamsSchema).id);
  const r = { id, state, disputeType };
  // Drafts stay the expert's own until submitted.
  const advice = (await listAdviceForStaff(db, r.id)).filter((a) => a.status !== "draft");
  return json({
    request: r,
    advice: advice.map((a) => ({
      ...presentAdvice(a),
      expertName: a.expert.displayNameZh,
    })),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const authed = await requirePermission(request, "update:guidance-request:any");
  const form = await readForm(request, authed);
  const db = await getDb();
  await requireRequestForStaff(db, parseParams(params, IdParamsSchema).id);
  const parsed = parseFormWith(form, ReviewSchema);
  if (!parsed.ok) return badRequest({ fieldErrors: { decision: "form.required" } });
  if (parsed.data.decision === "return" && !parsed.data.comment) return badRequest({ fieldErrors: { comment: "experts.commentRequired" } });
  try {
    await reviewAdvice(db, {
      ...parsed.data,
      requestId: parseParams(params, IdParamsSchema).id,
      staffId: authed.user.id,
    });
  } catch (error) {
    if (error instanceof AdviceError) {
      if (error.code === "not-found") throw new Response("Not found", { status: 404 });
      return badRequest({
        fieldErrors: {},
        formError: `experts.error.${error.code}`,
      });
    }
    if (error instanceof TransitionError) return badRequest({ fieldErrors: {}, formError: "experts.error.stale" });
    throw error;
  }
  // Say what the decision did, not "saved" (issue 13).
  return json({ ok: true as const, fieldErrors: {} as Record<string, string>, formError: undefined as string | undefined, done: parsed.data.decision });
}

export default function ReviewAdvice() {
  const { request, advice } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const t = useT();
  const m = useMessage();
  return (
    <>
      <p>
        <Link to={`/staff/requests/${request.id}`}>← {t("experts.esc.request")}</Link>
      </p>
      <h1>{t("experts.review.title")}</h1>
      {data?.formError ? (
        <p role="alert" className="field__error">
          {m(data.formError)}
        </p>
      ) : null}
      {data?.ok ? <p role="status">{"done" in data && data.done ? t(`confirm.advice.${data.done}`) : t("form.saved")}</p> : null}
      {advice.length === 0 ? <p className="muted">{t("experts.review.none")}</p> : null}
      {advice.map((a) => (
        <section key={a.id} className="card">
          <h2>{t("experts.advice.by", { name: a.expertName })}</h2>
          <p>
            {t("experts.review.status", {
              status: t(`experts.adviceStatus.${a.status}` as MessageKey),
            })}
          </p>
          {a.reviewComment ? <p className="muted">{a.reviewComment}</p> : null}
          <AdviceView advice={a} />
          {a.status === "submitted" ? (
            <Form method="post">
              <CsrfInput />
              <input type="hidden" name="adviceId" value={a.id} />
              <TextAreaField name="comment" rows={3} label={t("experts.review.comment")} error={m(data?.fieldErrors?.comment)} />
              <button type="submit" name="decision" value="return" className="button--secondary">
                {t("experts.review.return")}
              </button>{" "}
              <button type="submit" name="decision" value="approve">
                {t("experts.review.approve")}
              </button>
            </Form>
          ) : null}
          {a.status === "approved" ? (
            <Form method="post">
              <CsrfInput />
              <input type="hidden" name="adviceId" value={a.id} />
              <button type="submit" name="decision" value="deliver">
                {t("experts.review.deliver")}
              </button>
            </Form>
          ) : null}
        </section>
      ))}
    </>
  );
}

export const meta = titleMeta("experts.review.title");
