import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CsrfInput, TextAreaField, TextField, useMessage } from "~/components/forms.tsx";
import { titleMeta } from "~/i18n/meta.ts";
import { useT } from "~/i18n/use-t.ts";
import type { MessageKey } from "~/i18n/messages.ts";
import { ADVICE_OPTIONS } from "~/guidance/advice-escalation.ts";
import {
  AdviceError,
  adviceFormToInput,
  AdviceInputSchema,
  getAdviceForExpert,
  presentAdvice,
  requireAdviceWorkspace,
  saveAdvice,
  advicePresence,
  submissionProblems,
} from "~/models/advice.server.ts";
import { requirePermission } from "~/utils/auth.server.ts";
import { getDb } from "~/utils/db.server.ts";
import { badRequest, formToObject, parseFormWith, readForm, IdParamsSchema, parseParams } from "~/utils/forms.server.ts";

const STEP_ROWS = 5;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requirePermission(request, "update:advice:assigned");
  const db = await getDb();
  const { request: r, assignmentId, editable } = await requireAdviceWorkspace(db, parseParams(params, IdParamsSchema).id, user.id);
  const advice = await getAdviceForExpert(db, r.id, user.id);
  return json({
    request: r,
    assignmentId,
    advice: advice ? presentAdvice(advice) : null,
    editable,
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const authed = await requirePermission(request, "update:advice:assigned");
  const form = await readForm(request, authed);
  const db = await getDb();
  await requireAdviceWorkspace(db, parseParams(params, IdParamsSchema).id, authed.user.id);
  const values = formToObject(form);
  const submit = values.intent === "submit";
  const parsed = parseFormWith(form, AdviceInputSchema, adviceFormToInput(values));
  if (!parsed.ok) return badRequest({ fieldErrors: parsed.fieldErrors, values });
  if (submit) {
    const problems = submissionProblems(parsed.data);
    if (Object.keys(problems).length) return badRequest({ fieldErrors: problems, values });
  }
  try {
    await saveAdvice(db, {
      requestId: parseParams(params, IdParamsSchema).id,
      expertUserId: authed.user.id,
      advice: parsed.data,
      submit,
      present: advicePresence(values),
    });
  } catch (error) {
    if (error instanceof AdviceError)
      return badRequest({
        fieldErrors: {},
        formError: `experts.error.${error.code}`,
        values,
      });
    throw error;
  }
  return json({
    ok: true as const,
    fieldErrors: {} as Record<string, string>,
    formError: undefined as string | undefined,
    values: undefined as Record<string, string> | undefined,
    message: submit ? ("experts.advice.submitted" as const) : ("experts.advice.saved" as const),
  });
}

export default function AdviceForm() {
  const { request, assignmentId, advice, editable } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const t = useT();
  const m = useMessage();
  const errors: Record<string, string> = data?.fieldErrors ?? {};
  const v: Record<string, string> = data?.values ?? {};
  const opt = (o: string) => advice?.options.find((x) => x.option === o);
  const canEdit = editable && (!advice || advice.status === "draft" || advice.status === "returned");
  return (
    <>
      <p>
        <Link to={`/expert/assignments/${assignmentId}`} data-dispute-type={request.disputeType}>
          ← {t(`guidance.type.${request.disputeType}` as MessageKey)}
        </Link>
      </p>
      <h1>{t("experts.advice.title")}</h1>
      {data && "message" in data && data.message ? <p role="status">{t(data.message)}</p> : null}
      {data?.formError ? (
        <p role="alert" className="field__error">
          {m(data.formError)}
        </p>
      ) : null}
      {advice?.status === "returned" && advice.reviewComment ? (
        <p className="notice">{t("experts.advice.returnedWith", { comment: advice.reviewComment })}</p>
      ) : null}
      {!canEdit ? <p className="muted">{t("experts.advice.readOnly")}</p> : null}
      <Form method="post" noValidate>
        <CsrfInput />
        <fieldset disabled={!canEdit}>
          <TextAreaField
            name="assessment"
            rows={6}
            label={t("experts.advice.assessment")}
            defaultValue={v.assessment ?? advice?.assessment ?? ""}
            error={m(errors.assessment)}
          />
          <fieldset className={`field${errors.options ? " field--error" : ""}`}>
            <legend>{t("experts.advice.options")}</legend>
            {errors.options ? (
              <p className="field__error" role="alert">
                {m(errors.options)}
              </p>
            ) : null}
            {ADVICE_OPTIONS.map((o) => (
              <div key={o} className="advice-option">
                <label className="checkbox-row">
                  <input type="checkbox" name={`opt.${o}.include`} defaultChecked={!!opt(o)} /> <strong>{t(`experts.opt.${o}`)}</strong> (
                  {t("experts.advice.include")})
                </label>
                <TextAreaField name={`opt.${o}.pros`} rows={2} label={t("experts.advice.pros")} defaultValue={v[`opt.${o}.pros`] ?? opt(o)?.pros ?? ""} />
                <TextAreaField name={`opt.${o}.cons`} rows={2} label={t("experts.advice.cons")} defaultValue={v[`opt.${o}.cons`] ?? opt(o)?.cons ?? ""} />
                <label className="checkbox-row">
                  <input type="checkbox" name={`opt.${o}.recommended`} defaultChecked={!!opt(o)?.recommended} /> {t("experts.advice.recommended")}
                </label>
              </div>
            ))}
          </fieldset>
          <fieldset className="field">
            <legend>{t("experts.advice.steps")}</legend>
            {errors.steps ? (
              <p className="field__error" role="alert">
                {m(errors.steps)}
              </p>
            ) : null}
            {Array.from({ length: STEP_ROWS }, (_, i) => (
              <div key={i} className="step-row">
                <TextField
                  name={`step.${i}.text`}
                  label={`${t("experts.advice.step")} ${i + 1}`}
                  defaultValue={v[`step.${i}.text`] ?? advice?.steps[i]?.step ?? ""}
                />
                <TextField
                  name={`step.${i}.due`}
                  type="date"
                  label={t("experts.advice.due")}
                  defaultValue={v[`step.${i}.due`] ?? advice?.steps[i]?.due ?? ""}
                />
              </div>
            ))}
          </fieldset>
          <fieldset className="field">
            <legend>{t("experts.advice.cost")}</legend>
            <TextField
              name="costMin"
              inputMode="decimal"
              label={t("experts.advice.costMin")}
              defaultValue={v.costMin ?? (advice?.costMin ?? "").toString()}
              error={m(errors.costMin)}
            />
            <TextField
              name="costMax"
              inputMode="decimal"
              label={t("experts.advice.costMax")}
              defaultValue={v.costMax ?? (advice?.costMax ?? "").toString()}
              error={m(errors.costMax)}
            />
            <TextField
              name="currency"
              label={t("experts.advice.currency")}
              defaultValue={v.currency ?? advice?.currency ?? ""}
              error={m(errors.currency)}
              placeholder="USD"
            />
          </fieldset>
          <TextAreaField
            name="references"
            rows={3}
            label={t("experts.advice.references")}
            defaultValue={v.references ?? advice?.references ?? ""}
            error={m(errors.references)}
          />
          <button type="submit" name="intent" value="save" className="button--secondary">
            {t("experts.advice.saveDraft")}
          </button>{" "}
          <button type="submit" name="intent" value="submit">
            {t("experts.advice.submit")}
          </button>
        </fieldset>
      </Form>
    </>
  );
}

export const meta = titleMeta("experts.advice.title");
